def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(str.upper, "abc"), apply(lambda: "no args"))
def make_multiplier(n):
    def mul(x):
        return x * n
    mul.__name__ = f"times{n}"
    return mul
fns = [make_multiplier(i) for i in range(1, 4)]
print([f.__name__ for f in fns], [f(10) for f in fns])
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha():
    return "A"
@register
def beta():
    return "B"
print(sorted(registry), [registry[k]() for k in sorted(registry)])
def pipeline(*funcs):
    def run(x):
        for f in funcs:
            x = f(x)
        return x
    return run
p = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(p("  Hello World  "))
print(list(map(len, ["a", "bb"])), list(map(pow, [2, 3], [3, 2])), list(map(str, range(3))))
print(sorted(["b", "A", "c"], key=str.casefold), max(["x", "yyy", "zz"], key=len))
import operator
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
def returns_multiple():
    return 1, "two", [3]
a, b, c = returns_multiple()
print(a, b, c, returns_multiple())
def no_return():
    pass
print(no_return())
