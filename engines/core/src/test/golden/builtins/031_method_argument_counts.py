# Builtin methods that take a fixed number of arguments reject any other number with CPython's
# TypeError, whether they are plain methods ("takes no arguments") or slot wrappers ("expected 0
# arguments"); none of them may quietly ignore extra arguments. Also their reprs, and keywords.
samples = [5, 2.5, 1j, "abc", b"abc", bytearray(b"abc"), [3, 1, 2], (1, 2), {1: 2}, {1, 2}, frozenset({1}), range(3)]
skip = {"__init_subclass__", "__subclasshook__", "__class_getitem__", "__new__", "__init__", "__reduce_ex__",
        "__getattribute__", "__setattr__", "__delattr__", "__format__", "__reduce__", "__dir__", "__sizeof__",
        "__getnewargs__", "__getstate__", "__class__", "__doc__", "__hash__", "format"}
accepted = []
for v in samples:
    t = type(v)
    for name in sorted(dir(t)):
        if name in skip or not callable(getattr(v, name)) or isinstance(getattr(v, name), type):
            continue
        x = v.copy() if hasattr(v, "copy") else v
        try:
            getattr(x, name)(1, 2, 3, 4, 5, 6)
        except TypeError:
            continue
        except Exception as e:
            accepted.append("%s.%s raised %s" % (t.__name__, name, type(e).__name__))
            continue
        accepted.append("%s.%s accepted six arguments" % (t.__name__, name))
print("accepted:", accepted)

calls = [lambda: (5).bit_length(1), lambda: (5).__neg__(1), lambda: (2.5).hex(1), lambda: (2.5).__abs__(0),
         lambda: "a".isalpha(1), lambda: "a".__len__(1), lambda: b"a".__getitem__(), lambda: b"a".upper(1),
         lambda: bytearray(b"a").__setitem__(1), lambda: bytearray(b"a").clear(1), lambda: [].remove(),
         lambda: [].copy(1), lambda: (1, 2).count(), lambda: {}.__contains__(), lambda: {}.__getitem__(1, 2),
         lambda: {1}.__contains__(), lambda: set().__len__(1), lambda: (1j).conjugate(1), lambda: str.isalpha("a", 1),
         lambda: int.bit_length(7, 8), lambda: (5).bit_length(x=1), lambda: (5).__neg__(x=1), lambda: [].remove(x=1)]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
print((5).bit_length(), (5).__neg__(), "ab".isalpha(), [1, 2].copy(), (1, 2, 1).count(1), {1: 2}.__contains__(1))
print(int.__neg__, int.__ceil__, str.__len__, bytes.__getitem__, bytearray.__setitem__, dict.__contains__)
print(set.__len__, float.__repr__, complex.__abs__, list.remove)
