a = {"apple", "banana", "cherry"}
b = {"cherry", "date", "apple", "fig"}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, ["x"])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a <= b, {"apple"} <= a, {"apple"} < a, a < a, a >= {"banana"}, a > a, a.issubset(a | b), a.issuperset({"apple"}))
print(a.isdisjoint({"x"}), a.isdisjoint(b), a == {"cherry", "banana", "apple"})
c = set(a)
c.add("kiwi"); c.discard("nope"); c.remove("banana")
print(sorted(c), len(c), "kiwi" in c)
try:
    c.remove("nope")
except KeyError as e:
    print(type(e).__name__, e)
c.update(["p", "q"], "rs"); print(sorted(c))
c.intersection_update({"p", "q", "r", "z"}); print(sorted(c))
c.difference_update({"p"}); print(sorted(c))
c.symmetric_difference_update({"q", "t"}); print(sorted(c))
c |= {"m"}; c &= {"m", "r", "t"}; c -= {"t"}; c ^= {"n"}
print(sorted(c))
p = c.pop(); print(len(c))
c.clear(); print(c, set(), len(set()))
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
print(sorted({x % 3 for x in range(10)}), set("aab") == {"a", "b"}, {1, 2} == frozenset([1, 2]))
print({3, 1, 2}, {1, 2, 3} - {2}, set([5, 5, 5]), {1, 2}.copy())
