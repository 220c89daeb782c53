# dir() names __class__ for every object but a module, and the operator dunders builtin types
# implement (as CPython does); user attributes and class attributes are listed, sorted.
import collections
import fractions
import math


class Base:
    kind = "base"

    def method(self):
        return 1


class Child(Base):
    def __init__(self):
        self.field = 2


objects = [1, 2.5, 1j, True, "s", b"b", bytearray(b"x"), [1], (1,), {1: 2}, {1}, frozenset(), range(2), None,
           object(), int, Child, Child(), len, collections.deque(), fractions.Fraction(1, 2)]
for o in objects:
    names = dir(o)
    print(type(o).__name__, "__class__" in names, names == sorted(names),
          [n for n in ("__add__", "__radd__", "__iadd__", "__neg__", "__bool__", "__len__", "__getitem__") if n in names])
print("__class__" in dir(math), "sqrt" in dir(math))
print([n for n in dir(Child()) if not n.startswith("__")], [n for n in dir(Child) if not n.startswith("__")])
