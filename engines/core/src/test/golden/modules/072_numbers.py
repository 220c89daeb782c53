# numbers: the numeric tower, registrations and the mixin methods.
import numbers
from decimal import Decimal
from fractions import Fraction

samples = [True, 3, 2.5, 1j, Fraction(1, 3), Decimal("1.5"), "3", None, [1]]
for abc in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(abc.__name__, [type(x).__name__ for x in samples if isinstance(x, abc)])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational), numbers.Number.__hash__)
print(numbers.Integral.__mro__)
print(sorted(numbers.Integral.__abstractmethods__))


class Meters(numbers.Real):
    def __init__(self, v): self.v = float(v)
    def __float__(self): return self.v
    def __trunc__(self): return int(self.v)
    def __floor__(self): return int(self.v // 1)
    def __ceil__(self): return -int(-self.v // 1)
    def __round__(self, n=None): return round(self.v, n)
    def __floordiv__(self, o): return Meters(self.v // float(o))
    def __rfloordiv__(self, o): return Meters(float(o) // self.v)
    def __mod__(self, o): return Meters(self.v % float(o))
    def __rmod__(self, o): return Meters(float(o) % self.v)
    def __lt__(self, o): return self.v < float(o)
    def __le__(self, o): return self.v <= float(o)
    def __add__(self, o): return Meters(self.v + float(o))
    def __radd__(self, o): return Meters(float(o) + self.v)
    def __neg__(self): return Meters(-self.v)
    def __pos__(self): return Meters(self.v)
    def __mul__(self, o): return Meters(self.v * float(o))
    def __rmul__(self, o): return Meters(float(o) * self.v)
    def __truediv__(self, o): return Meters(self.v / float(o))
    def __rtruediv__(self, o): return Meters(float(o) / self.v)
    def __pow__(self, o): return Meters(self.v ** float(o))
    def __rpow__(self, o): return Meters(float(o) ** self.v)
    def __abs__(self): return Meters(abs(self.v))
    def __eq__(self, o): return self.v == float(o)
    def __repr__(self): return f"Meters({self.v})"


m = Meters(7.5)
print(m - 2, 10 - m, divmod(m, 2), complex(m), m.real, m.imag, m.conjugate(), bool(Meters(0)), isinstance(m, numbers.Complex))
try:
    numbers.Real()
except TypeError as e:
    print(e)


class Half(numbers.Rational):
    numerator = 1
    denominator = 2
    for _name in sorted(numbers.Rational.__abstractmethods__ - {"numerator", "denominator"}):
        locals()[_name] = lambda self, *a: NotImplemented


print(float(Half()), Half().numerator)
