print(7 + 3, 7 - 3, 7 * 3, 7 / 3, 7 // 3, 7 % 3, 7 ** 3)
print(-7 + 3, -7 * -3, 6 / 3, type(6 / 3).__name__)
print(0 * -1, -0, abs(-5), abs(5))
print(2 ** 0, 0 ** 0, 2 ** -2, (-2) ** 3, (-8) ** (1/3) == (-8) ** (1/3))
print(10 / 4, 10 / 5, 1 / 3)
print(int.__add__(2, 3), (5).__mul__(6))
print(True + True, True * 10, False - 1)
print(1 + 2 * 3 - 4 // 2 % 3)
print(-3 ** 2, (-3) ** 2)
for bad in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 0 ** -1, lambda: 1.0 / 0, lambda: 5.0 // 0.0, lambda: divmod(1, 0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    1 + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    -"a"
except TypeError as e:
    print(type(e).__name__, e)
