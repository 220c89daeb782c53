# Methods of fractions, decimal, array, memoryview and generator objects that take no
# arguments refuse extra ones with a TypeError instead of ignoring them.
import array, re
from decimal import Decimal
from fractions import Fraction

calls = {
    "Fraction": (Fraction(-1, 3), "as_integer_ratio __float__ __int__ __trunc__ __floor__ __ceil__ __abs__"),
    "Decimal": (Decimal("-1.5"), "__floor__ __ceil__ is_zero is_signed as_tuple as_integer_ratio __int__ __float__ __abs__"),
    "array": (array.array("i", [1, 2]), "tolist buffer_info __copy__ reverse"),
    "memoryview": (memoryview(b"ab"), "__enter__"),
    "generator": ((x for x in "ab"), "__iter__"),
}
for label, (obj, names) in calls.items():
    refused = []
    for name in names.split():
        try:
            getattr(obj, name)(1, 2)
        except TypeError:
            refused.append(name)
    print(label, refused == names.split())
print(abs(Fraction(-1, 3)), float(Fraction(1, 4)), int(Decimal("2.5")), abs(Decimal("-1.5")),
      Decimal("1.5").as_tuple(), array.array("i", [1, 2]).tolist(), bool(re.match("a", "a")),
      round(Fraction(7, 3)), round(Decimal("2.567"), 2))
with memoryview(b"ab") as m:
    print(m.tolist())
