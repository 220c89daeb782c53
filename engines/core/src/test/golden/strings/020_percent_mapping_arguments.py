# %-formatting with a mapping: the mapping is also the one positional argument until a key is
# looked up; after that a plain conversion or a '*' width finds no argument left.
def show(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, "b": "x"}
show("%(a)s %(b)s", d)
show("%s %(a)s", d)
show("%(a)s %s", d)
show("%s %s", d)
show("%s", d)
show("%(a)s %(a)d %(b)r", d)
show("%(a)s %*d", d)
show("%(missing)s", d)
show("%(a)s", (1,))
show("%(a)s", [1])
show("no conversions", d)
show(b"%(k)s and %(k)s", {b"k": b"v"})
show(b"%(k)s %s", {b"k": b"v"})
# which arguments count as the mapping (never "not all arguments converted")
for fmt, a in [("abc", [1]), ("%s", [1]), ("abc", range(3)), ("abc", b"x"), ("abc", bytearray(b"x")),
               ("abc", "x"), ("abc", 5), ("abc", {}), ("abc", (1,)),
               (b"abc", [1]), (b"abc", b"x"), (b"abc", bytearray(b"x")), (b"abc", "x"), (b"abc", memoryview(b"x"))]:
    show(fmt, a)
