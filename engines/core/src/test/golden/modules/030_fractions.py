from fractions import Fraction
print(Fraction(1, 3) + Fraction(1, 6), Fraction(3, 4) * 2, Fraction("2/4"), Fraction(0.5), Fraction("1.25"), Fraction(10, -4))
f = Fraction(22, 7)
print(f.numerator, f.denominator, f < 4, f == Fraction(44, 14), repr(f))
print(Fraction(1, 3) ** 2, Fraction(1, 2) + 0.5, Fraction(1, 10).limit_denominator(5), Fraction(355, 113).limit_denominator(10))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(Fraction(7, 2) // 2, Fraction(7, 2) % 2, 1 - Fraction(1, 3), 2 / Fraction(4), Fraction(1, 2) ** -2, -Fraction(1, 2), Fraction(" -3e-2 "), Fraction(1,3) == 1/3, Fraction(1, 2) == 0.5)
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(6, 3)) == hash(2), hash(Fraction(1, 3)), Fraction(3.14159).limit_denominator(100), Fraction(1,2) < 0.6, 3 > Fraction(5, 2))
for bad in ["abc", "1/0x"]:
    try:
        Fraction(bad)
    except ValueError as e:
        print(e)
print(Fraction(1, 3).__round__(2), Fraction(5, 2).__round__(), Fraction(-7, 2).__floor__(), Fraction(-7,2).__int__(), Fraction(1,3).__float__())
