squares = {n: n * n for n in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({c: i for i, c in enumerate("hello")})
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a)
a |= b
print(a)
print({**b, "w": 0, **{"x": -1}})
print(dict(a, **{"q": 5}))
try:
    a | [("k", 1)]
except TypeError as e:
    print(type(e).__name__, e)
a |= [("k", 1)]
print(a)
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
