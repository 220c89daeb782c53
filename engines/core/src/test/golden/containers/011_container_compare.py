print([1, 2, 3] == [1, 2, 3], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print((1, "a") < (1, "b"), (1, 2) <= (1, 2), [[1, 2], [0]] > [[1, 1, 9]])
print({1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {"a"} < {"a", "b"}, {1, 2} > {3})
print([1, 2] == (1, 2), "ab" == ["a", "b"], [None] == [None])
for f in [lambda: {1: 2} < {1: 3}, lambda: [1] < (1,), lambda: [1, "a"] < [1, 2], lambda: {"a": 1} < {"b": 1}]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
nan = float("nan")
l = [nan]
print(l == l, [nan] == [nan], l[0] == l[0], nan in l, [float("nan")] == [float("nan")])
print(max([[1, 2], [1, 3], [0, 9]]), sorted([(2, "x"), (1, "z"), (2, "a")]))
print([1, [2, [3]]] == [1, [2, [3]]], {"k": [1, {2: 3}]} == {"k": [1, {2: 3}]})
print(bool([]), bool([0]), bool({}), bool(()), bool(set()), bool(""), bool(" "))
