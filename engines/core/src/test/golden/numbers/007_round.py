for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999, 2.6]:
    print(v, round(v), type(round(v)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(3.14159, 0), round(3.14159, 3), round(3.0, 1))
print(round(5), round(-5, 1), round(15, -1), round(25, -1))
print(round(float("inf"), 2), round(float("nan"), 1))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    round("1")
except TypeError as e:
    print(type(e).__name__, e)
print(round(1e300, 2), round(123.456, 10))
print(round(-0.4), round(-0.0, 1))
