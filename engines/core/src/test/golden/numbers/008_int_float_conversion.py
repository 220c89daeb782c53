print(int(3.9), int(-3.9), int(0.1), int(-0.0), int(1e20))
print(int("42"), int("  -17  "), int("+5"), int("1_000"), int("0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0b101", 0), int("0o17", 0), int("z", 36))
print(int("777", 8), int("101", 2), int(True), int(False))
print(float(3), float("3"), float("-3.5e2"), float(True))
print(str(3), str(3.0), str(-2.5e-8))
for s in ["abc", "", "1.5", "1 2", "0x10", "1__0", "_1", "1_"]:
    try:
        print(int(s))
    except ValueError as e:
        print(type(e).__name__, e)
for s in ["abc", "", "1.2.3", "1e"]:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
for args in [("12", 1), ("12", 37), ("9", 8)]:
    try:
        print(int(*args))
    except ValueError as e:
        print(type(e).__name__, e)
for v in [float("inf"), float("nan")]:
    try:
        int(v)
    except Exception as e:
        print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int(), float(), int(" 0b11 ", 0))
print(3 == 3.0, 3 < 3.5, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
