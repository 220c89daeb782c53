g = (x * 2 for x in range(5))
print(type(g).__name__)
print(next(g), next(g), list(g), list(g))
print(sum(x * x for x in range(10)))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc1"))
print(list(x for x in "hello" if x != "l"))
print(", ".join(str(i) for i in range(5)))
print(tuple(n for n in range(3)), set(c for c in "aab") == {"a", "b"}, dict((k, len(k)) for k in ["ab", "c"]))
def evaluated():
    print("iterable evaluated")
    return [1, 2, 3]
gen = (v for v in evaluated())
print("generator created")
print(list(gen))
try:
    gen2 = (1 / v for v in [1, 0])
    print(next(gen2))
    print(next(gen2))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
nested = ((i, j) for i in range(2) for j in "ab")
print(list(nested))
print(max((len(w), w) for w in "a bb ccc dd".split()))
print(sorted(x % 3 for x in range(7)))
