r = range(10)
print(r, len(r), list(r), r[3], r[-1], 5 in r, 10 in r)
print(range(2, 20, 3), list(range(2, 20, 3)), len(range(2, 20, 3)))
print(list(range(10, 0, -2)), list(range(0)), list(range(5, 1)), list(range(-5, -1)))
print(r[2:5], r[::-1], r[::2], list(r[8:2:-3]), range(1, 10, 2)[1:])
print(list(reversed(range(1, 8, 3))), reversed(range(3)).__class__.__name__)
print(range(0, 20, 5).index(15), range(0, 10).count(3), range(0, 10, 2).count(3))
print(range(3) == range(0, 3, 1), range(0) == range(5, 2), range(0, 3, 2) == range(0, 4, 2))
big = range(0, 10 ** 20, 7)
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(big[-1], 10 ** 19 in big, 7 * 10 ** 18 in big)
try:
    range(0, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(3)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(5).index(9)
except ValueError as e:
    print(type(e).__name__, e)
print(range(-3, 3)[-2], 3.0 in range(5), range(5).start, range(5).stop, range(5).step, sum(range(101)))
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)))
