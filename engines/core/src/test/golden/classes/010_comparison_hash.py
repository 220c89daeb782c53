class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __hash__(self):
        return hash(self.parts)
vs = [Version(1, 2), Version(1, 10), Version(1, 2, 1), Version(0, 9)]
print(sorted(vs), max(vs), min(vs))
print(Version(1) == Version(1), Version(1) != Version(2), Version(1) == "1", Version(1) < Version(2))
print(Version(2) > Version(1), Version(2) >= Version(2))
print(len({Version(1), Version(1), Version(2)}), Version(1) in {Version(1): "x"})
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__)
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
print(NoHash() == 5, 5 == NoHash(), NoHash() != 1)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain(), hash(p) == hash(p))
class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, o):
        print(f"{self.name}.__eq__({o.name})")
        return NotImplemented
print(Loud("a") == Loud("b"))
class Rev:
    def __gt__(self, o):
        return "Rev.__gt__ reflected"
print(3 < Rev())
try:
    Plain() < Plain()
except TypeError as e:
    print(type(e).__name__, e)
