print(len("abc"), len([1, 2]), len({}), len(range(10)), len(b"xy"), len({1, 2, 3}), len((1,)))
print(list(enumerate("abc")), list(enumerate("abc", start=1)), list(enumerate([], 5)), list(enumerate("ab", -2)))
print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", [1, 2, 3], (True, False))))
print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b")])))
e = enumerate("xy")
print(next(e), next(e), next(e, None))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
print(list(range(3)), list(range(1, 4)), list(range(0, 10, 3)), list(range(5, 0, -1)))
try:
    len(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
