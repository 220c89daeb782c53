d = {}
for k in ["zebra", "apple", "mango", "banana"]:
    d[k] = len(k)
print(list(d), list(d.values()))
d["apple"] = 99
print(list(d.items()))
del d["zebra"]; d["zebra"] = 0
print(list(d))
keys = d.keys()
items = d.items()
d["new"] = 1
print(keys, len(keys), "new" in keys, ("new", 1) in items)
print(keys & {"apple", "x"}, sorted(keys | {"x"}), sorted(keys - {"apple"}), sorted(keys ^ {"apple", "q"}))
print(sorted(items)[:2], d.values().__class__.__name__, keys.__class__.__name__)
try:
    for k in d:
        d["other"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(reversed(d.keys())), list(reversed(d.items()))[:2])
print({"b": 1, "a": 2} == {"a": 2, "b": 1}, list({"b": 1, "a": 2}) == list({"a": 2, "b": 1}))
print(d.values() == d.values(), isinstance(d.keys(), type({}.keys())))
