print(1 < 2.5, 2.5 < 3, 10 ** 20 < 1e21, 10 ** 400 > 1e308, -10 ** 400 < -1e308)
print(float("inf") > 10 ** 1000, float("nan") < 1, float("nan") > 1, float("nan") == 0)
print(True > False, True == 1, False < 0.5)
print(max(1, 2.0, True), min(3, -1.5, 0), max(2, 2.0), max(2.0, 2))
print(sorted([3, 1.5, True, -2, 0.0, False]))
print(1 < 2 < 3 < 4, 1 < 3 < 2, 5 > 3 == 3)
try:
    1 < "2"
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j < 2j
except TypeError as e:
    print(type(e).__name__, e)
try:
    None > 0
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [2] > [1, 9])
print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-9)
