sq = lambda x: x * x
print(sq(5), sq.__name__, (lambda: None)(), (lambda *a, **k: (a, k))(1, z=2))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), list(map(lambda p: p[0], pairs)))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3))
print((lambda x: (lambda y: x + y))(1)(2))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print(list(filter(lambda s: s.startswith("a"), ["apple", "bob", "avocado"])))
print(repr(sq).startswith("<function <lambda>"), sq.__qualname__)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
