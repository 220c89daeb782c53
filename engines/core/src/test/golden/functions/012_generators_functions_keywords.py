def f(a, b, c=3, *, d=4):
    return f"{a}{b}{c}{d}"
print(f(1, 2), f(1, b=2), f(c=0, b=1, a=2), f(1, 2, 3, d=0))
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
def star_kw(a, **kw):
    return a, kw
print(star_kw(a=1, b=2), star_kw(1, **{"a-b": 3}))
def defaults_are_shared(x, memo={}):
    memo[x] = memo.get(x, 0) + 1
    return dict(memo)
print(defaults_are_shared("a"), defaults_are_shared("a"), defaults_are_shared("b"))
def f2(x, y):
    return x - y
print(f2(y=1, x=10), f2(*(5,), y=2), f2(**dict(x=3, y=4)))
def varargs_empty(*a, **k):
    return a == () and k == {}
print(varargs_empty())
