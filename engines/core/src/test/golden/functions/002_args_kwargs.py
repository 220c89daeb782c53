def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, b=2, c=3))
def g(a, b=0, *rest, key="k", **extra):
    return f"a={a} b={b} rest={rest} key={key} extra={extra}"
print(g(1))
print(g(1, 2, 3, 4, key="K", z=26))
print(g(*[1, 2, 3], **{"key": "x", "y": 1}))
args = (1, 2)
kwargs = {"c": 3}
def h(a, b, c):
    return a + b + c
print(h(*args, **kwargs), h(1, *[2], c=3), h(*"abc"))
print(f(*[1], *[2, 3], **{"x": 1}, **{"y": 2}))
def count(*items):
    return len(items)
print(count(*range(10)), count(*"hello", *[1]))
def kwonly(*, a, b=2):
    return a * b
print(kwonly(a=5), kwonly(b=3, a=3))
print(type(f(1)[0]).__name__, type(f(a=1)[1]).__name__)
