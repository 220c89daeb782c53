class Box:
    def __init__(self):
        self.v = 1
        self.items = [1]
b = Box()
b.v += 10
b.v *= 2
b.v -= 1
b.v //= 4
b.v **= 2
b.v %= 7
print(b.v)
b.items += [2]
b.items *= 2
print(b.items)
d = {"k": 1, "s": "a"}
d["k"] += 5
d["s"] *= 3
d["k"] <<= 2
d["k"] |= 1
print(d)
lst = [1, 2, 3]
lst[0] += 100
lst[-1] ^= 1
lst[1:2] += [9]
print(lst)
calls = []
def key():
    calls.append("key")
    return "k"
def obj():
    calls.append("obj")
    return d
obj()[key()] += 1
print(calls, d["k"])
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
s = "x"
s += "y"
s *= 2
print(s)
f = 1.5
f /= 2
f **= 2
print(f)
n = 7
n >>= 1
n &= 2
print(n)
m = {1}
m |= {2}
m -= {1}
print(m)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
