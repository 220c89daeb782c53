class Base:
    def __init__(self):
        self.log = ["Base"]
    def greet(self, x):
        return f"Base.greet({x})"
    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"
class Child(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Child")
    def greet(self, x):
        return "Child+" + super().greet(x)
    @classmethod
    def create(cls):
        return "Child+" + super().create()
class GrandChild(Child):
    def __init__(self):
        super(GrandChild, self).__init__()
        self.log.append("GrandChild")
    def greet(self, x):
        return "GC+" + super(Child, self).greet(x)
g = GrandChild()
print(g.log, g.greet(1), GrandChild.create(), Child.create())
class A:
    def __init__(self, **kw):
        print("A init", sorted(kw))
class B(A):
    def __init__(self, b=None, **kw):
        print("B init", b)
        super().__init__(**kw)
class C(A):
    def __init__(self, c=None, **kw):
        print("C init", c)
        super().__init__(**kw)
class D(B, C):
    def __init__(self, **kw):
        print("D init")
        super().__init__(**kw)
D(b=1, c=2, extra=3)
s = super(D, D())
print(type(s).__name__)
class Lst(list):
    def append(self, x):
        super().append(x * 10)
l = Lst([1])
l.append(2)
print(l)
class Str(str):
    def upper(self):
        return "<" + super().upper() + ">"
print(Str("abc").upper(), Str("q") + "r")
