# Attribute lookups inside hot loops (where engines cache them) must see every later change
# to the classes involved: class attributes, methods on a base, descriptors added afterwards,
# instance dicts shadowing, __getattr__/__setattr__ added later, and __class__ reassignment.


class Base:
    kind = "base"

    def who(self):
        return "Base.who"


class Child(Base):
    pass


def read(objs, n):
    out = []
    for i in range(n):
        for o in objs:
            out.append((o.kind, o.who()))
    return out[-len(objs):]


a, b = Child(), Child()
print(read([a, b], 200))
Base.kind = "changed"
print(read([a, b], 200))
Base.who = lambda self: "patched who"
print(read([a, b], 200))
a.kind = "own"
print(read([a, b], 200))
Child.kind = property(lambda self: "property wins over the instance dict")
print(read([a, b], 200))
del Child.kind
print(read([a, b], 200))


class Other:
    kind = "other"

    def who(self):
        return "Other.who"


b.__class__ = Other
print(read([a, b], 200))


class Late:
    def __init__(self):
        self.x = 1


def touch(o, n):
    total = 0
    for i in range(n):
        o.x = i
        total += o.x
    return total


o = Late()
print(touch(o, 300))
Late.__getattr__ = lambda self, name: "fallback " + name
print(o.missing)
seen = []
Late.__setattr__ = lambda self, name, value: seen.append((name, value))
print(touch.__name__, end=" ")
try:
    touch(o, 3)
except TypeError as e:
    print("TypeError", e)
print(seen)
del Late.__setattr__
print(touch(o, 300))


class Slotted:
    __slots__ = ("v",)


def fill(objs):
    for i, s in enumerate(objs):
        s.v = i * 2
    return [s.v for s in objs]


print(fill([Slotted() for _ in range(300)])[-3:])
try:
    Slotted().w = 1
except AttributeError as e:
    print("AttributeError", e)


def strings(words, n):
    r = []
    for i in range(n):
        for w in words:
            r.append(w.upper())
    return r[-len(words):]


print(strings(["ab", "cd"], 300))
