# The operator dunders of builtin types as methods: called directly, through the type, from a
# subclass with super() or the base class explicitly (which must reach the base operation, not
# the subclass's override again), and CPython's errors for a wrong receiver or argument count.
import collections, fractions, decimal
F = fractions.Fraction; D = decimal.Decimal
print(1j.__add__(2), 1j.__radd__(2), (3+4j).__truediv__(2), (2j).__rpow__(2), (1j).__neg__(), (0j).__bool__(), 1j.__add__("x"))
print(bytearray(b"a").__add__(b"b"), bytearray(b"ab").__mul__(2), bytearray(b"a").__rmul__(3), bytearray(b"%d").__mod__(5))
b = bytearray(b"x"); print(b.__iadd__(b"y"), b.__imul__(2), b)
print(None.__bool__(), type(None).__bool__(None))
d = collections.deque([1]); print(d.__add__(collections.deque([2])), d.__mul__(2), d.__rmul__(2))
print(F(1, 2).__add__(F(1, 3)), F(1, 2).__radd__(1), F(1, 2).__pow__(2), F(1, 2).__neg__(), F(0).__bool__(), F(1, 2).__add__("x"))
print(D("1.5").__add__(D(1)), D("1.5").__rsub__(1), D(3).__floordiv__(2), D("-2").__neg__(), D(0).__bool__())
print(repr(complex.__add__), repr(bytearray.__iadd__), repr(type(None).__bool__))
for f in [lambda: 1j.__add__(), lambda: 1j.__neg__(1), lambda: bytearray().__iadd__(1, 2), lambda: complex.__add__(1, 2)]:
    try: f()
    except TypeError as e: print("TypeError:", e)
for name, o in [("complex", 1j), ("bytearray", bytearray()), ("None", None), ("deque", collections.deque()), ("Fraction", F(1)), ("Decimal", D(1))]:
    want = {"__add__", "__radd__", "__mul__", "__rmul__", "__iadd__", "__neg__", "__bool__", "__pow__", "__rpow__"}
    print(name, sorted(n for n in want if hasattr(o, n)))


class I(int):
    def __add__(self, other):
        return ("I", super().__add__(other), int.__add__(self, other))

    def __neg__(self):
        return ("neg", super().__neg__())

    def __lt__(self, other):
        return ("lt", int.__lt__(self, other))


class R(float):
    def __mul__(self, other):
        return ("R", super().__mul__(other), float.__rmul__(self, other))


print(I(2) + 3, -I(4), I(1) < 2, 3 + I(2))
print(R(1.5) * 2)
print(int.__add__(True, 2), bool.__add__(True, True), float.__truediv__(1.0, 4))
for name, call in [("int.__add__ on float", lambda: int.__add__(1.0, 2)),
                   ("int.__add__ no receiver", lambda: int.__add__()),
                   ("int.__neg__ extra", lambda: (5).__neg__(1)),
                   ("float.__add__ none", lambda: (2.5).__add__()),
                   ("float.__repr__ on int", lambda: float.__repr__(1))]:
    try:
        print(name, "->", call())
    except TypeError as e:
        print(name, "->", "TypeError:", e)


class J(int):
    def __bool__(self):
        return super().__bool__()

    def __invert__(self):
        return ("inv", super().__invert__())


print(bool(J(0)), bool(J(3)), ~J(1), True.__neg__(), True.__invert__())
q = collections.deque([1])
print(q.__iadd__([2]), q.__imul__(2), q)

# A sequence's __add__ and __mul__ raise rather than return NotImplemented when called directly.
for name, call in [("str + int", lambda: "a".__add__(1)), ("str * str", lambda: "a".__mul__("x")),
                   ("list + int", lambda: [1].__add__(1)), ("list * str", lambda: [1].__mul__("x")),
                   ("tuple + int", lambda: (1,).__add__(1)), ("tuple * float", lambda: (1,).__mul__(1.5)),
                   ("deque + int", lambda: collections.deque().__add__(1)),
                   ("str + keyword", lambda: "a".__add__(value="b"))]:
    try:
        print(name, "->", call())
    except TypeError as e:
        print(name, "->", "TypeError:", e)
print("a".__add__("b"), [1].__mul__(2), repr(str.__add__), repr(dict.__contains__), repr(set.__contains__))
