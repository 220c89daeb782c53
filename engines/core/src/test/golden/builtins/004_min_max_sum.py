print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"))
print(max([], default="empty"), min([], default=None), max([1], default=0))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([(1, "b"), (1, "a")]), max([1, 3, 3.0], key=lambda x: x), max(3.0, 3), min(0, -0.0, 0.0))
print(max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get), min(range(10), key=lambda x: (x - 4) ** 2))
for f in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, "a"])]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(101)), sum([], 5))
print(sum([True, True, False]), sum((1.5, 2.5)), sum([1, 2], start=100), sum([1j, 2]))
for f in [lambda: sum(["a", "b"], ""), lambda: sum(["a"]), lambda: sum([[1]])]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
