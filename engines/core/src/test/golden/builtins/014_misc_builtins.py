print(id(1) == id(1), id([]) is not None)
x = [1, 2]
y = x
print(x is y, x == [1, 2], x is [1, 2] if False else "skip")
print(isinstance(print, object), type(len).__name__, len.__name__, abs.__doc__ is not None)
print(sorted(set(dir(__builtins__)) & {"print", "len", "range", "zip", "map", "open"}))
import builtins
print(builtins.len("abc"), builtins is __builtins__ or type(__builtins__).__name__)
print(bin(int("1010", 2)), int(bin(42), 0), int(hex(42), 16), int(oct(42), 8))
print(divmod(*divmod(100, 7)), pow(*[2, 5]), max(*"bca"))
print(list(map(chr, range(65, 70))), "".join(map(chr, map(ord, "abc"))))
print(sum(map(int, str(2 ** 100))), len(str(2 ** 100)))
print(sorted(zip(*[iter(range(6))] * 2)))
print(issubclass(bool, int), bool.__bases__, int.__subclasses__()[:0])
print(NotImplemented.__class__.__name__, Ellipsis is ..., None.__class__.__name__)
print(frozenset(map(len, ["a", "bb", "cc"])) == {1, 2})
print(round(sum([0.1] * 10), 10), abs(sum([0.1] * 10) - 1) < 1e-9)
