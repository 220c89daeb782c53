from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default="x", repr=False)
i = Item("pen", 1.5)
print(i, i == Item("pen", 1.5), i.tags, asdict(i), astuple(i))
i.tags.append("office")
print(Item("a").tags, i, replace(i, price=2.0))
print([f.name for f in fields(Item)])
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(2, 1), Version(1, 9), Version(2, 0)]), Version(1) < Version(1, 1), Version(3) >= Version(2, 99))
@dataclass(frozen=True)
class Point:
    x: int
    y: int
p = Point(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(p) == hash(Point(1, 2)), {p, Point(1, 2)}, p)
@dataclass
class Derived(Item):
    qty: int = 1
print(Derived("box", 3.0, qty=5))
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(WithPost(4))
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class BadDefault:
        lst: list = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    Item()
except TypeError as e:
    print(type(e).__name__, e)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1))
