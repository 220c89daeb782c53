class A:
    x = 1
class B(A):
    pass
b = B()
print(isinstance(b, A), isinstance(b, (int, str)), isinstance(b, (int, (str, A))), issubclass(B, A), issubclass(B, (int, object)))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)), isinstance(int, type), isinstance(3, object))
print(getattr(b, "x"), getattr(b, "y", "dflt"), hasattr(b, "x"), hasattr(b, "y"))
setattr(b, "y", 5)
print(b.y, getattr(b, "y"), vars(b))
delattr(b, "y")
print(hasattr(b, "y"))
for f in [lambda: getattr(b, "zz"), lambda: delattr(b, "x"), lambda: getattr(b, 5), lambda: setattr(1, "a", 2)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(callable(print), callable(A), callable(b), callable(lambda: 0), callable("s"), callable(A.__init__))
setattr(A, "dyn", lambda self: "dynamic method")
print(b.dyn())
print(getattr([], "append").__name__, getattr("abc", "upper")())
