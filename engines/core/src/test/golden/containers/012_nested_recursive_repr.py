a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"k": 1}
d["self"] = d
print(d)
b = [a, d]
print(b)
x = [[1, 2], [3, [4, [5, []]]]]
print(x, x[1][1][1])
t = ([],)
t[0].append(t)
print(t)
s = {"a": [1, (2, 3)], "b": {"c": {"d": None}}}
print(s, repr(s) == str(s))
print([[]] * 3, [{}], [set(), frozenset()], ["a", 'b"c', "d'e"])
m = [1]
m2 = [m, m]
print(m2)
l1 = []
l2 = [l1]
l1.append(l2)
print(l1, l2)
print(repr([1.0, -0.0, 1e20, 2j, True, None, b"x", "s"]))
