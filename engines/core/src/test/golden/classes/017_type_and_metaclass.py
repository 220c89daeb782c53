def init(self, v):
    self.v = v
Dyn = type("Dyn", (object,), {"kind": "dynamic", "__init__": init, "show": lambda self: f"Dyn({self.v})"})
d = Dyn(3)
print(Dyn.__name__, Dyn.kind, d.show(), type(d) is Dyn, type(Dyn) is type)
Sub = type("Sub", (Dyn,), {})
print([c.__name__ for c in Sub.__mro__], Sub(1).show())
print(type(3), type("s"), type(type), type(None).__name__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        print("Meta.__new__ created", name)
        return cls
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__ for", cls.__name__)
        return super().__call__(*args, **kwargs)
    def describe(cls):
        return f"class {cls.__name__} tagged {cls.tag}"
class Model(metaclass=Meta):
    def __init__(self, x):
        self.x = x
class User(Model):
    pass
u = User(5)
print(u.x, User.tag, User.describe(), type(User).__name__, isinstance(User, Meta))
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config init runs once")
print(Config() is Config())
try:
    type("X", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("__prepare__", name)
        return {"preset": 1}
class WithPrep(metaclass=Prep):
    pass
print(WithPrep.preset)
