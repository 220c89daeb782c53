# Sorting, min and max: the orders they use must be Python's, including the cases a fast path
# could get wrong (code point order of str, tuple keys, NaN, identity, stability, reverse).

# str order is by code point: U+FFFF sorts before U+10000 (UTF-16 would say otherwise).
words = ["\uffff", "\U00010000", "a", "\ue000", "\U0001F600", "z"]
print(ascii(sorted(words)))
print(ascii(max(["\U00010000", "\uffff"])), ascii(min(["\uffff", "\U00010000"])))
print(ascii(sorted([("\uffff", 1), ("\U00010000", 0)])))

# Tuple keys: the first unequal items decide; then length.
rows = [(3, "b"), (1, "z"), (3, "a"), (1,), (2, "m", 0), (2, "m"), (-5, "q")]
print(sorted(rows))
print(sorted(rows, reverse=True))
print(sorted(rows, key=lambda r: (-r[0], r[1:])))

# Mixed int/float/bool items compare by value; big ints too.
mixed = [(1, 2.5), (1.0, 2), (True, 3), (10 ** 30, 0), (-(10 ** 30), 1), (2 ** 63, -1), (2 ** 63 - 1, 0)]
print(sorted(mixed))

# NaN: never less, never equal, except to itself by identity.
nan = float("nan")
print(sorted([(1, nan), (1, 0.5), (0, nan)], key=lambda t: t[0]))
print(sorted([(nan, 1), (nan, 0)]))
same = (nan, 2)
print(sorted([same, (nan, 1), same]) == [same, (nan, 1), same])

# Stability: equal keys keep their order, with and without reverse.
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dan", 25), ("eve", 35)] * 9
print(sorted(people, key=lambda p: p[1])[:8])
print(sorted(people, key=lambda p: p[1], reverse=True)[:8])

# Long inputs exercise the merges (runs in order, runs reversed, random).
n = 1000
ascending = list(range(n))
descending = ascending[::-1]
zigzag = [(i * 7919) % n for i in range(n)]
for data in (ascending, descending, zigzag, ascending[: n // 2] + descending[: n // 2]):
    out = sorted(data)
    print(out[:5], out[-3:], all(out[i] <= out[i + 1] for i in range(len(out) - 1)))
keyed = sorted(zigzag, key=lambda v: (v % 10, -v))
print(keyed[:6], keyed[-3:])
pairs = [(v % 17, str(v)) for v in zigzag]
pairs.sort()
print(pairs[:4], pairs[-2:])

# A user class that defines only __lt__ sorts; comparing unrelated types fails as in CPython.
class Box:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f"Box({self.v})"

print(sorted([Box(3), Box(1), Box(2)]))
print(sorted([(1, Box(2)), (1, Box(1)), (0, Box(9))]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, "x"])
except TypeError as e:
    print("TypeError:", e)

# Subclasses of int and str may define their own order; sort, min and max must use it.
class Backwards(int):
    def __lt__(self, other):
        return int(self) > int(other)

class ByLength(str):
    def __lt__(self, other):
        return len(self) > len(other)

print(sorted([Backwards(1), Backwards(3), Backwards(2)]), min([Backwards(1), Backwards(3)]))
print(sorted([ByLength("a"), ByLength("ccc"), ByLength("bb")]), min([ByLength("a"), ByLength("ccc")]))
print(sorted([(1, Backwards(1)), (1, Backwards(5))]))

# Keys of every size: negative, bool, past 32 bits, big; equal keys stay in order.
values = [(-7, "a"), (True, "b"), (2 ** 40, "c"), (0, "d"), (-(2 ** 31), "e"), (2 ** 31 - 1, "f"),
          (False, "g"), (1, "h"), (-7, "i"), (10 ** 20, "j"), (2 ** 31, "k"), (-(2 ** 31) - 1, "l")]
print(sorted(values, key=lambda p: p[0]))
print(sorted(values[:9], key=lambda p: p[0], reverse=True))
print(sorted([v for v, _ in values[:9]] * 5)[:12])
