def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco
REG = {}
@register(REG)
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Point(1, "a"), REG)
def singleton(cls):
    instance = cls()
    return instance
@singleton
class Settings:
    debug = False
print(type(Settings).__name__, Settings.debug)
class Outer:
    class Inner:
        value = 5
    def make(self):
        return self.Inner()
print(Outer.Inner.value, Outer().make().value, Outer.Inner.__qualname__)
class ClassBodyExec:
    print("class body runs at definition")
    x = [i for i in range(3)]
    y = len(x)
print(ClassBodyExec.y)
class A:
    def f(self):
        return "A.f"
a = A()
A.f = lambda self: "patched"
print(a.f())
a.f = lambda: "instance attr"
print(a.f(), A.f(a))
print(object.__name__, type(object()).__name__, object.__bases__, type.__bases__)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
