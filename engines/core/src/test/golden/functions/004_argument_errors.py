def f(x):
    return x
def g(a, b):
    return a + b
def h(a, *, k):
    return a
def m(a, b=1, *args, c, d=2, **kw):
    return a
class C:
    def method(self, x):
        return x
calls = [
    lambda: f(),
    lambda: g(1),
    lambda: g(),
    lambda: f(1, 2),
    lambda: g(1, 2, 3),
    lambda: f(y=1),
    lambda: f(1, x=2),
    lambda: h(1),
    lambda: h(1, 2),
    lambda: h(1, k=2, j=3),
    lambda: m(),
    lambda: m(1),
    lambda: C().method(),
    lambda: C().method(1, 2),
    lambda: C.method(1),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, b, c: 0)(1),
    lambda: f(**{"x": 1, "y": 2}),
    lambda: f(*[1], **{"x": 2}),
    lambda: f(**{1: 2}),
    lambda: f(*1),
    lambda: f(**[1]),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
