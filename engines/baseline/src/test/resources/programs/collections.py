l = [1, 2, 3]
t = (4, 5, 6)
print(l, t, l[0], t[-1], len(l), len(t), [], (), (1,))
l.append(4)
l[0] = 10
print(l, l[1:3], l[::-1], 3 in l, 99 in l)
print(l + [5], l * 2, t + (7,), t * 2)
print(l.pop(), l, l.index(3), [3, 1, 2].count(1))
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], nested)
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, d["b"], len(d), "a" in d, d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
for k in d:
    print(k, d[k])
del d["a"]
print(d)
a, b, c = [1, 2, 3]
(x, y), z = (1, 2), 3
print(a, b, c, x, y, z)
print(list(range(5)), tuple("abc"), list((1, 2)), sorted([3, 1, 2]), sorted("cba"))
print(sum([1, 2, 3]), min([5, 2, 8]), max((1, 9, 3)), max("abc"))
print([1, 2] == [1, 2], (1, 2) < (1, 3), [1, 2] < [1, 2, 0], {1: 2} == {1: 2})
print(list(enumerate("ab")), list(zip([1, 2], "xy")), list(reversed([1, 2, 3])))
e = []
e += [1]
e += (2, 3)
print(e, 1 == 1.0, {1: "int", 1.0: "float"})
r = range(10)
print(r, len(r), r[3], 5 in r, list(range(0, 10, 3)))
