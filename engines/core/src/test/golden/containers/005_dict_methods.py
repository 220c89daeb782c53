d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(d.keys(), d.values(), d.items())
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("d"), d.pop("zz", "default"), d)
print(d.popitem(), d)
d.update({"x": 10}, y=20); d.update([("z", 30)]); print(d)
e = d.copy(); e.clear(); print(d, e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print(dict(a=1, b=2), dict([("k", "v")]), dict({"m": 1}, n=2), dict(zip("ab", [1, 2])))
for f in [lambda: d["missing"], lambda: d.pop("missing"), lambda: {}.popitem(), lambda: dict([1, 2]), lambda: {[1]: 2}, lambda: dict([("a", 1, 2)])]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
del d["x"]; print(d)
try:
    del d["x"]
except KeyError as e:
    print(type(e).__name__, e)
print(d == {"y": 20, "z": 30, "a": 1, "b": 2}, list(reversed(d)), list(d))
print({1: "a", True: "b"}, {(1, 2): "tuple key"}[(1, 2)])
