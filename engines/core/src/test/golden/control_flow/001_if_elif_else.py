def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in [-5, 0, 3, 10, 100]:
    print(n, classify(n))
for v in [0, 1, "", "x", [], [0], None, 0.0, -0.0, 0j, {}, set(), (), range(0)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x > 3: print("one-line if")
if x > 10: print("no")
else: print("one-line else")
if not x: pass
elif x: print("elif only")
print(1 and 2, 0 and 2, 1 or 2, 0 or "", None or 0 or "last", [] and 1)
def side(name, val):
    print("eval", name)
    return val
print(side("a", 0) and side("b", 1))
print(side("c", 1) or side("d", 1))
print(side("e", 1) and side("f", 2) and side("g", 0) and side("h", 3))
