x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
def modify():
    global x
    x = "modified"
print(read(), shadow(), x)
modify()
print(x)
def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 1
unbound()
if True:
    block_var = "visible after block"
print(block_var)
try:
    print(never_defined)
except NameError as e:
    print(type(e).__name__, e)
def outer():
    v = 1
    def inner():
        return v + 1
    v = 10
    return inner()
print(outer())
class K:
    attr = "class attr"
    def m(self):
        try:
            return attr
        except NameError as e:
            return type(e).__name__ + ": " + str(e)
print(K().m())
print([locals_test for locals_test in range(2)])
try:
    locals_test
except NameError as e:
    print(type(e).__name__, e)
