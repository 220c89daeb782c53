print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print({x % 4 for x in range(10)})
print({x: x ** 2 for x in range(4)})
print([c.upper() for c in "abc" if c != "b"])
x = "outer"
print([x for x in range(3)], x)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * factor for v in vals for factor in [1]]
    except NameError as e:
        err = str(e)
print(C.doubled, C.bad)
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]])
print([(i, j) for i in range(3) for j in range(3) if i != j and (i + j) % 2])
print([n for row in [[1, 2], [3], []] for n in row])
print(sum(x for x in range(101)), max(len(w) for w in words), sorted((w for w in words), key=len))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
