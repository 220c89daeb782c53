# A builtin method called through its type needs an instance of that type first (CPython's
# method descriptors check it), and the methods of the library's container and stream types
# refuse extra arguments instead of ignoring them.
import collections, io

for f in [lambda: str.lower(5), lambda: type.__instancecheck__(1, 2), lambda: list.append(5, 1),
          lambda: dict.get(3, 1), lambda: int.bit_length("x"), lambda: set.add([], 1), lambda: type.mro(5),
          lambda: list.append(), lambda: dict.keys(1), lambda: str.join(b"", [])]:
    try:
        f()
    except TypeError as e:
        print(e)
print(str.lower("AB"), int.bit_length(True), list.__len__([1, 2]), type.mro(bool), dict.get({1: 2}, 1))

samples = [collections.deque([1, 2]), collections.defaultdict(int), collections.Counter("ab"),
           collections.OrderedDict(a=1), {1: 2}.keys(), {1: 2}.values(), {1: 2}.items(), io.StringIO("x"),
           io.BytesIO(b"x")]
skip = {"__init_subclass__", "__subclasshook__", "__class_getitem__", "__new__", "__init__", "__reduce_ex__",
        "__getattribute__", "__setattr__", "__delattr__", "__format__", "__reduce__", "__dir__", "__sizeof__",
        "__getnewargs__", "__getstate__", "__class__", "__doc__", "__hash__", "format", "__call__", "__setstate__",
        "__exit__", "close", "__del__", "fromkeys"}
for v in samples:
    quiet = []
    for name in sorted(dir(v)):
        m = getattr(v, name, None)
        if name in skip or not callable(m) or isinstance(m, type):
            continue
        try:
            m(1, 2, 3, 4, 5, 6, 7)
        except TypeError:
            continue
        except Exception as e:
            quiet.append(name + ":" + type(e).__name__)
            continue
        quiet.append(name)
    print(type(v).__name__, "accepts seven arguments:", quiet)
