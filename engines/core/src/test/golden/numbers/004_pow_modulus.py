print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13))
print(pow(2, -1), pow(-2, 3), pow(2.0, 3))
print(pow(3, -1, 7), pow(5, -2, 13))
print(pow(10 ** 20, 10 ** 20, 97))
print(pow(-3, 3, 5), pow(3, 3, -5))
print(pow(0, 0), pow(0, 0, 1), pow(7, 0, 1))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print((-8) ** 0.5)
print(10 ** -3, 10.0 ** 3)
print(pow(2, 100, 10 ** 9 + 7))
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__)
