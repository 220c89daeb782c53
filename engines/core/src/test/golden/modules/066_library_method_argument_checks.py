# Library methods with optional arguments, classmethods kept as plain functions, and the pickling
# and hashing dunders: the calls that work, and CPython's TypeError for too many or too few
# arguments instead of a silent answer.
import array
import collections
import decimal
import fractions
import io
import random
import re

F = fractions.Fraction
D = decimal.Decimal

print(round(F(7, 3)), round(F(7, 3), 1), F(7, 3).__round__(), F(7, 3).__round__(2))
print(F.from_float(0.25), F(1, 2).from_float(1.5), fractions.Fraction.from_float(2.0))
print(round(D("2.675"), 2), D("2.5").__round__(), D("9").sqrt(), D("2").sqrt(decimal.Context(prec=5)))
print(D("1.500").normalize(), D("1.500").normalize(None), D("123.45").normalize(decimal.Context(prec=2)))
print(D("2").sqrt(context=None))
P = collections.namedtuple("P", "x y")
print(P(1, 2)._asdict())
print(len(random.Random(5).getstate()))
m = re.match(r"(a)(b)?", "ab")
print(m[0], m[1], m[2], m.__getitem__(1))
print((5).__getnewargs__(), (2.5).__getnewargs__(), "s".__getnewargs__(), (1, 2).__getnewargs__())
print({1}.__reduce__()[0].__name__, slice(1, 2).__reduce__(), ValueError("v").__reduce__())
print((7).__hash__(), "".__hash__(), ValueError("w").__repr__(), ValueError("w").__str__())
s = io.StringIO("x")
s.close()
print(s.closed)

calls = [
    ("F.__round__ extra", lambda: F(1, 3).__round__(1, 2)),
    ("F.from_float extra", lambda: F.from_float(1.0, 2.0)),
    ("F.from_float none", lambda: F.from_float()),
    ("D.__round__ extra", lambda: D("1.5").__round__(1, 2)),
    ("D.__round__ None", lambda: D("1.5").__round__(None)),
    ("D.__round__ keyword", lambda: D("1.5").__round__(ndigits=1)),
    ("D.normalize extra", lambda: D("1.5").normalize(1, 2)),
    ("D.normalize not a context", lambda: D("1.5").normalize(5)),
    ("D.sqrt extra", lambda: D("4").sqrt(1, 2)),
    ("D.sqrt bad keyword", lambda: D("4").sqrt(foo=1)),
    ("StringIO.close", lambda: io.StringIO().close(1)),
    ("BytesIO.close", lambda: io.BytesIO().close(1)),
    ("Random.getstate", lambda: random.Random(1).getstate(1)),
    ("P._asdict", lambda: P(1, 2)._asdict(1)),
    ("Match.__getitem__ extra", lambda: m.__getitem__(1, 2)),
    ("Match.__getitem__ none", lambda: m.__getitem__()),
    ("Counter.fromkeys extra", lambda: collections.Counter.fromkeys(1, 2, 3)),
    ("Counter.fromkeys", lambda: collections.Counter.fromkeys("ab")),
    ("int.__hash__", lambda: (5).__hash__(1)),
    ("object.__hash__", lambda: object().__hash__(1)),
    ("type.__hash__", lambda: int.__hash__(1, 2)),
    ("bool.__hash__", lambda: True.__hash__(1)),
    ("float.__hash__", lambda: (2.5).__hash__(1)),
    ("str.__hash__", lambda: "a".__hash__(1)),
    ("int.__getnewargs__", lambda: (5).__getnewargs__(1)),
    ("complex.__getnewargs__", lambda: 1j.__getnewargs__(1)),
    ("bytes.__getnewargs__", lambda: b"a".__getnewargs__(1)),
    ("bytearray.__reduce__", lambda: bytearray().__reduce__(1)),
    ("frozenset.__reduce__", lambda: frozenset().__reduce__(1)),
    ("slice.__reduce__", lambda: slice(1).__reduce__(1)),
    ("list_iterator.__reduce__", lambda: iter([1]).__reduce__(1)),
    ("BaseException.__reduce__", lambda: ValueError(1).__reduce__(1)),
    ("BaseException.__repr__", lambda: ValueError(1).__repr__(1)),
    ("BaseException.__str__", lambda: KeyError(1).__str__(1)),
]
for name, call in calls:
    try:
        print(name, "->", call())
    except (TypeError, NotImplementedError) as e:
        print(name, "->", type(e).__name__ + ":", e)

# decimal.Context: precision and rounding, with CPython's errors for bad values.
c = decimal.Context(prec=5, rounding=decimal.ROUND_DOWN)
print(c.prec, c.rounding, decimal.Context(6).prec, decimal.Context().prec, D("2").sqrt(c))
for make in [lambda: decimal.Context(prec=0), lambda: decimal.Context(rounding="x"), lambda: decimal.Context(foo=1)]:
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# array, memoryview and namedtuple: the argument count is checked before anything else.
arr = array.array("i", [1])
NT = collections.namedtuple("NT", "x")
for name, call in [("array.tobytes", lambda: arr.tobytes(1)), ("array.frombytes", lambda: arr.frombytes(1, 2)),
                   ("array.fromunicode", lambda: arr.fromunicode(1, 2)), ("array.tounicode", lambda: arr.tounicode(1)),
                   ("memoryview.cast extra", lambda: memoryview(b"a").cast(1, 2, 3)),
                   ("memoryview.cast none", lambda: memoryview(b"a").cast()),
                   ("NT.__getnewargs__", lambda: NT(1).__getnewargs__(1))]:
    try:
        print(name, "->", call())
    except TypeError as e:
        print(name, "->", type(e).__name__ + ":", e)
print(NT(1).__getnewargs__())
