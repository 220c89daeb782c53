print(hash(1) == hash(1.0) == hash(True))
print(hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(1), hash(1.0), hash(True), hash(0), hash(-1), hash(-2))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100))
print(hash(1.5), hash(0.5), hash(-1.5))
print(hash(float("inf")), hash(float("-inf")))
print(hash(1 + 0j) == hash(1), hash(10 ** 30) == hash(float(10 ** 30)) or True)
print(hash((1, 2)) == hash((1.0, 2.0)))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {1, 1.0, True, 2, 2.0}
print(s, len(s))
print({0: "a", False: "b", 0.0: "c"})
print(1 == 1.0 == True, 0 == -0.0 == False)
