# Data attributes of builtin types live in the type (descriptors), object's default comparisons,
# and the iterator protocol as methods of the builtin iterators.
import functools

for owner, name in ((int, "real"), (int, "denominator"), (float, "imag"), (complex, "real"),
                    (range, "start"), (slice, "step"), (functools.partial, "func")):
    d = vars(owner)[name]
    print(type(d).__name__, d.__name__, d.__objclass__ is owner, name in dir(owner))
print(int.real, range.stop, slice.start)
print(int.real.__get__(5), int.numerator.__get__(True), float.imag.__get__(2.5), range.step.__get__(range(0, 9, 3)))
print((7).real, (7).imag, (7).numerator, (7).denominator, True.real, (2.5).real, (2.5).imag, (1 + 2j).imag)
print(range(1, 5).start, slice(2).stop, functools.partial(max, 1).args)
for obj, name, value in ((5, "real", 1), (range(3), "start", 1), (2.0, "imag", 1)):
    try:
        setattr(obj, name, value)
    except AttributeError as e:
        print("AttributeError", e)
try:
    int.real.__get__("s")
except TypeError as e:
    print("TypeError", e)

print(object.__lt__(1, 2), object.__ge__(object(), 1), object.__eq__(3, 3), object.__subclasshook__(int))


class Plain:
    pass


for op in ("<", "<=", ">", ">="):
    try:
        eval("Plain() " + op + " Plain()")
    except TypeError as e:
        print(e)


class Rev:
    def __gt__(self, other):
        return "reflected"


print(Plain() < Rev(), sorted(n for n in dir(object()) if n in ("__lt__", "__le__", "__gt__", "__ge__", "__subclasshook__")))

it = iter([1, 2])
print(it.__iter__() is it, it.__next__(), next(it))
try:
    it.__next__()
except StopIteration:
    print("StopIteration")
for sample in ([], (), "ab", range(2), {1}, {"k": 1}, {"k": 1}.values(), b"x", bytearray(b"y"),
               enumerate("a"), zip("a"), map(str, [1]), filter(None, [1]), reversed([1])):
    i = iter(sample)
    print(type(i).__name__, "__next__" in dir(i), "__iter__" in dir(type(i)), i.__next__() if sample else None)
try:
    type(iter([])).__next__(iter(()))
except TypeError as e:
    print("TypeError", e)
