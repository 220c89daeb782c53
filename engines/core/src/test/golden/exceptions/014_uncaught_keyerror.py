d = {"x": 1}
print(d["x"])
print(d["missing"])
