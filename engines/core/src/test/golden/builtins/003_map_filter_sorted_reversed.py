print(list(map(str.upper, ["a", "b"])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])))
print(list(map(int, "123")), list(filter(str.isdigit, "a1b2c3")), list(filter(None, [0, 1, "", "x", None, []])))
print(list(filter(lambda x: x > 2, range(6))))
print(sorted([3, 1, 2]), sorted("cba"), sorted({"b": 1, "a": 2}), sorted([3, 1, 2], reverse=True))
print(sorted(["bb", "a", "ccc"], key=len), sorted([-3, 2, -1], key=abs, reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(None, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print(type(e).__name__, e)
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m))
print(type(filter(None, [])).__name__, type(reversed([])).__name__, type(zip()).__name__)
