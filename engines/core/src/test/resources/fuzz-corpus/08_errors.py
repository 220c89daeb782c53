def f(:
    pass
x = = 1
class
    return
f(**x, *y)
print "hello"
