# copy.copy and copy.deepcopy of objects without __copy__/__deepcopy__ go through their reduction
# (__reduce_ex__(4)): __slots__ (also private and inherited ones), __getstate__/__setstate__, a class's
# own __reduce__, subclasses of list/dict/set/tuple keeping their type and attributes, shared and
# self-referencing structures. (A generator's copy depends on the engine: stackless pickles generators.)
import copy
from collections import OrderedDict, defaultdict, deque, Counter, namedtuple
from dataclasses import dataclass, field
import enum


class Slotted:
    __slots__ = ("a", "__hidden", "unset")

    def __init__(self):
        self.a = [1, 2]
        self.__hidden = {"k": [3]}

    def hidden(self):
        return self.__hidden


class MoreSlots(Slotted):
    __slots__ = ("b",)


class Both(Slotted):
    def __init__(self):
        super().__init__()
        self.extra = ["x"]


for cls in (Slotted, MoreSlots, Both):
    s = cls()
    if cls is MoreSlots:
        s.b = (4, [5])
    c, d = copy.copy(s), copy.deepcopy(s)
    print(cls.__name__, type(c).__name__, c.a is s.a, d.a == s.a, d.a is s.a, d.hidden(), d.hidden() is s.hidden(),
          hasattr(d, "unset"), getattr(d, "b", None), getattr(d, "extra", None))


class Stateful:
    def __init__(self, n):
        self.n = n
        self.cache = {"big": list(range(n))}

    def __getstate__(self):
        print("getstate", self.n)
        return {"n": self.n}

    def __setstate__(self, state):
        print("setstate", state)
        self.n = state["n"]
        self.cache = "rebuilt"


c = copy.deepcopy(Stateful(3))
print(c.n, c.cache)


class Reduced:
    def __init__(self, a, b=0):
        print("init", a, b)
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b + 1))


r = copy.copy(Reduced([1], 1))
print(r.a, r.b)
r2 = copy.deepcopy(Reduced([1], 1))
print(r2.a, r2.b)


class L(list):
    pass


class D(dict):
    pass


class S(set):
    pass


class T(tuple):
    pass


lst = L([1, [2]])
lst.tag = "t"
for x in (lst, D(a=[1]), S({1, 2}), T((1, [2]))):
    c, d = copy.copy(x), copy.deepcopy(x)
    print(type(x).__name__, type(c).__name__, type(d).__name__, c == x, d == x, getattr(d, "tag", None))

shared = [1]
data = {"a": shared, "b": shared, "self": None}
data["self"] = data
d = copy.deepcopy(data)
print(d["a"] is d["b"], d["a"] is shared, d["self"] is d)

P = namedtuple("P", "x y")


@dataclass
class DC:
    x: int
    items: list = field(default_factory=list)


class Color(enum.Enum):
    RED = 1


od = OrderedDict(a=[1])
dd = defaultdict(list, a=[1])
print(copy.deepcopy(P(1, [2])), copy.deepcopy(DC(1, [2])), copy.deepcopy(Color.RED) is Color.RED)
print(copy.deepcopy(od), type(copy.copy(od)).__name__, copy.deepcopy(dd)["a"], copy.deepcopy(dd)["zz"],
      copy.copy(deque([1, 2], maxlen=3)), copy.deepcopy(Counter("aab")), copy.copy(frozenset({1})),
      copy.deepcopy(bytearray(b"ab")))


def gen():
    yield 1


print(copy.copy(len) is len, copy.deepcopy(Slotted) is Slotted, copy.copy(gen) is gen)
