from decimal import Decimal, getcontext, ROUND_HALF_UP, InvalidOperation, DivisionByZero
print(Decimal("0.1") + Decimal("0.2"), Decimal("1.10") * 3, Decimal(1) / Decimal(7), Decimal("10") / 4)
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(repr(Decimal("1.50")), Decimal("1.50").normalize(), Decimal(0.1) == Decimal("0.1"), Decimal("-0"), Decimal("1e3") + 0, Decimal(0.1))
print(repr(Decimal(1)/Decimal(7)), Decimal('1.00')/2, Decimal(1)/Decimal(4), Decimal('5.0')//2, Decimal(-7)%3, Decimal('-7.5')%2, Decimal('0.00').normalize(), Decimal('1E+3'), -Decimal('0'), Decimal('1.1')-Decimal('1.10'))
try: Decimal(1)/0
except ArithmeticError as e: print(type(e).__name__, e)
try: Decimal('abc')
except InvalidOperation as e: print(type(e).__name__, e)
try: Decimal(1)+1.5
except TypeError as e: print(type(e).__name__, e)
print(Decimal(1)==1.0, hash(Decimal('0.5'))==hash(0.5), hash(Decimal(7)) == 7, Decimal('1.23456789e-10'), Decimal(10)**2, Decimal(2)**Decimal('0.5'), Decimal('3.14') > 3, Decimal(5) // 2, Decimal(-7) % 3)
print(Decimal(" 1_000.5 "), Decimal("-1.5").__round__(), Decimal("9.99").__int__(), Decimal("0.5").__float__(), Decimal("-2.5").as_tuple(), 1 + Decimal("0.5"), 3 - Decimal(1), 2 * Decimal("1.5"))
getcontext().prec = 6
print(Decimal(1) / Decimal(3), Decimal("123.456789") + 0, Decimal(2).sqrt(), getcontext().prec, Decimal("1.00").sqrt(), Decimal(4).sqrt())
