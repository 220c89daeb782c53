vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 9999999999999998.0, 1e-5, 1e-4, 0.0001234,
        123456789.123456789, 1e100, 1.5, 100.0, -0.0, 0.0, 1e22, 1e23, 5e-324, 2 ** 0.5,
        float("inf"), float("-inf"), float("nan"), 1.7976931348623157e308, 4.35, 0.3, 2.675]
for v in vals:
    print(repr(v), str(v))
print(float("1e500"), float("-1e500"))
print(float(" 12.5 "), float("1_0.5"), float("-.5"), float("+1E2"), float("InFiNiTy"), float("-nan"))
print(1e16 + 1, 2.0 ** 53 + 1)
print(0.1 * 3, 0.3 == 0.1 * 3)
print(-0.0 == 0.0, str(-0.0), repr(-0.0 + 0.0), -0.0 * 1)
print(float("nan") == float("nan"), float("inf") == float("inf"))
x = float("nan")
print(x != x, [x] == [x])
print(1.0.hex(), (0.1).hex(), float.fromhex("0x1.8p1"))
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer())
print(float.__repr__(10.0), 1e-7, 1.5e-7, 12345678912345678.0)
