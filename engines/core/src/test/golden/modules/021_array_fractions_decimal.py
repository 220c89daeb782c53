import array
from fractions import Fraction
from decimal import Decimal, getcontext, ROUND_HALF_UP, InvalidOperation
a = array.array("i", [1, 2, 3])
a.append(4); a.extend([5, 6])
print(a, a[1], a[-1], len(a), a.tolist(), a.typecode, a.itemsize, sum(a))
print(array.array("d", [1.5, 2.5]), array.array("b", b"ab"), array.array("u", "hi"))
try:
    a.append(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    array.array("b", [200])
except OverflowError as e:
    print(type(e).__name__, e)
print(Fraction(1, 3) + Fraction(1, 6), Fraction(3, 4) * 2, Fraction("2/4"), Fraction(0.5), Fraction("1.25"), Fraction(10, -4))
f = Fraction(22, 7)
print(f.numerator, f.denominator, float(f), int(f), round(f, 2), f < 4, f == Fraction(44, 14), repr(f))
print(Fraction(1, 3) ** 2, Fraction(1, 2) + 0.5, Fraction(1, 10).limit_denominator(5), Fraction(355, 113).limit_denominator(10))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(Decimal("0.1") + Decimal("0.2"), Decimal("1.10") * 3, Decimal(1) / Decimal(7), Decimal("10") / 4)
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(repr(Decimal("1.50")), Decimal("1.50").normalize(), Decimal(0.1) == Decimal("0.1"), Decimal("-0"), Decimal("1e3") + 0)
getcontext().prec = 6
print(Decimal(1) / Decimal(3), Decimal("123.456789") + 0, Decimal(2).sqrt())
try:
    Decimal("abc")
except InvalidOperation as e:
    print(type(e).__name__)
print(Decimal("3.14") > 3, Decimal(5) // 2, Decimal(-7) % 3, int(Decimal("9.99")), float(Decimal("0.5")))
