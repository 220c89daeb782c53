class Missing(dict):
    def __missing__(self, key):
        return key.upper()
m = Missing(a="x")
print(m["a"], m["zz"], m.get("zz"), "zz" in m, m)
inv = {}
for name, team in [("ann", "red"), ("bob", "blue"), ("cid", "red")]:
    inv.setdefault(team, []).append(name)
print(inv)
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("a", {}).get("x", "none"))
d = dict.fromkeys(["a", "b"], [])
d["a"].append(1)
print(d)
keys = ["x", "y", "z"]
vals = [1, 2]
print(dict(zip(keys, vals)))
d2 = {i: str(i) for i in range(5)}
for k in list(d2):
    if k % 2:
        del d2[k]
print(d2)
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: kv[1]), max({"b": 2, "a": 3}, key={"b": 2, "a": 3}.get))
print({k: v for k, v in sorted({"z": 1, "a": 2}.items())})
print(list({"one": 1, "two": 2}.items())[0], dict(sorted({"b": 1, "a": 2}.items())))
