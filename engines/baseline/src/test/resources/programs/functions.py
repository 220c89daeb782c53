def add(a, b=10):
    return a + b
print(add(1), add(1, 2), add(b=3, a=4))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def noreturn():
    pass
print(noreturn())
def varargs(*args, **kwargs):
    return args, kwargs
print(varargs(), varargs(1, 2, x=3))
def kwonly(a, *, b, c=3):
    return a, b, c
print(kwonly(1, b=2), kwonly(1, b=2, c=4))
def make_adder(n):
    def adder(x):
        return x + n
    return adder
add5 = make_adder(5)
print(add5(10), make_adder(-1)(1))
def counter_factory():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter_factory()
c(); c()
print(c())
square = lambda x: x * x
print(square(7), (lambda: "const")())
def early(x):
    for i in range(10):
        if i == x:
            return i * 100
    return -1
print(early(3), early(20))
print(repr(add).startswith("<function add at 0x"), square.__name__, type(add))
args = (1, 2)
print(add(*args), add(**{"a": 5}))
def deco(f):
    def wrapper(*a):
        return "wrapped " + str(f(*a))
    return wrapper
@deco
def hello(name):
    return "hi " + name
print(hello("bob"))
