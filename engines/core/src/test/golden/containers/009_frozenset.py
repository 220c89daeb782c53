f = frozenset(["b", "a", "c"])
print(sorted(f), len(f), "a" in f, type(f).__name__)
g = frozenset("cdx")
print(sorted(f | g), sorted(f & g), sorted(f - g), sorted(f ^ g), type(f | g).__name__, type({"z"} | f).__name__)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
d = {frozenset([1, 2]): "pair"}
print(d[frozenset([2, 1])])
s = {frozenset([1]), frozenset([1]), frozenset()}
print(len(s))
try:
    f.add("z")
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset(), frozenset([3, 1, 2]), repr(frozenset([1])))
print(f.issubset("abcd"), f.union("q") >= f, f.copy() == f)
print(frozenset([1, 2]) == {1, 2}, {frozenset(): 0})
