import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"calling {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"{fn.__name__} returned {result}")
        return result
    return wrapper
@trace
def add(a, b):
    "Add two numbers."
    return a + b
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"), hello.__name__)
def tag(label):
    def deco(fn):
        fn.label = label
        return fn
    return deco
@tag("first")
@tag("second")
def f():
    pass
print(f.label)
order = []
def d1(fn):
    order.append("d1")
    return lambda: "d1(" + fn() + ")"
def d2(fn):
    order.append("d2")
    return lambda: "d2(" + fn() + ")"
@d1
@d2
def base():
    return "base"
print(base(), order)
def counted(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@counted
def noop(x):
    return x
noop(1); noop(2)
print(noop.calls)
def deco_factory_returns_deco(prefix="<"):
    return lambda fn: lambda *a: prefix + fn(*a)
@deco_factory_returns_deco()
def s(x):
    return x
print(s("y"))
