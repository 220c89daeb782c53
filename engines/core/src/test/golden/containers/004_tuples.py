t = (1, "two", 3.0, [4])
print(t, len(t), t[1], t[-1], t[1:3], t[::-1])
print((), (1,), (1), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)))
print(t.count(1), t.index("two"), (1, 2, 1).count(1))
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
t[3].append(5); print(t)
try:
    hash(t)
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), (1, 2) + (3,), (0,) * 3, 2 in (1, 2))
a, b, c = (1, 2, 3); print(a, b, c)
print((1, 2) < (1, 2, 3), (2,) > (1, 99), (1, 2) == (1, 2), (1, 2) == [1, 2])
print(max((1, 5), (1, 7), (0, 99)), min([(2, "b"), (2, "a")]))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, 2)[5]
except IndexError as e:
    print(type(e).__name__, e)
