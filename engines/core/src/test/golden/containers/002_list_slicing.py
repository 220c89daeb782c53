a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[7:2:-2], a[100:], a[:-100])
b = a[:]
b[2:5] = ["x"]; print(b)
b[1:1] = [10, 20, 30]; print(b)
b[:] = [1, 2, 3]; print(b)
b[len(b):] = [4, 5]; print(b)
b[::2] = ["a", "b", "c"]; print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
c = list(range(10))
del c[::3]; print(c)
del c[1:3]; print(c)
del c[-1]; print(c)
del c[:]; print(c)
d = list(range(5))
d[1:4] = range(3); print(d)
d[-1:] = "xyz"; print(d)
d[::-1] = d[:]; print(d)
e = [1, 2, 3]
e[5:10] = [9]; print(e)
e[-10:1] = [0]; print(e)
try:
    e[1:2] = 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    a[20] = 1
except IndexError as err:
    print(type(err).__name__, err)
try:
    del a[20]
except IndexError as err:
    print(type(err).__name__, err)
