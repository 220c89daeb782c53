print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 < 2 > 0)
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 != 6)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" and "x", [] or [0])
print(not None, not [], not [0])
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c, None is None, 1 in a, 2 not in a)
print(1 == 1.0, 1 != 1.0, "a" != "b", (1, 2) == (1, 2), [1] != [1])
print(2 ** 64 > 2 ** 63, -(2 ** 70) < 0, 10 ** 20 == 10.0 ** 20, float('nan') == float('nan'))
print(True == 1, False == 0, True is True, None == 0)
def side(v):
    print("eval", v)
    return v
print(side(1) < side(2) < side(0) < side(9))
print(side(0) and side(1), side(2) or side(3))
