print(repr("a'b"), repr(1.0), repr([1, "a"]), repr(None), repr(b"\x00"), repr(1e100), repr(...), repr(NotImplemented))
print(ascii("héllo"), ascii(["ü", "😀"]), ascii("plain"), ascii(1))
print(hash(42), hash(-1), hash(True), hash(3.0), hash((1, 2)) == hash((1, 2)), hash("") == hash(""), hash(None) == hash(None))
for bad in [[], {}, set()]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()), type(None), type(print), type(type))
print(type(1) is int, type(True) is bool, type(b"") is bytes, type(range(1)).__name__, type(...).__name__)
o = object()
print(type(o).__name__, isinstance(o, object), object.__name__)
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(repr(int), repr(str.upper).startswith("<method 'upper' of 'str' objects"), repr(type(None)))
