# namedtuple subclasses: field accessors, __new__/__repr__ overrides, _make/_replace keep the class, pickling
from collections import namedtuple
import pickle, copy
P = namedtuple("P", "x y", defaults=[0])
class Q(P):
    __slots__ = ()
    def __repr__(self):
        return "Q<%s,%s>" % self
    def total(self):
        return self.x + self.y
class R(P):
    def __new__(cls, x, y=5):
        return super().__new__(cls, x * 2, y)
    @property
    def mag(self):
        return abs(self.x) + abs(self.y)
class S(P):
    pass
q = Q(1, 2)
print(q, q.x, q.y, q[0], q.total(), len(q), type(q).__name__, isinstance(q, P), isinstance(q, tuple))
r = R(3)
print(r, r.mag, r._asdict(), r._replace(y=9), type(r._replace(y=9)).__name__)
s = S(7)
print(s, repr(s), str(s), s._fields, S._make([1, 2]), type(S._make([1, 2])).__name__)
s.extra = 1
print(s.extra, s == (7, 0), hash(s) == hash((7, 0)), s + (1,), s * 2)
try:
    q.x = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    q.z = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    s.x = 3
except AttributeError as e:
    print("AttributeError", e)
print(P.x, type(P.x).__name__)
x, y = R(1, 1)
print(x, y, sorted([S(3, 1), S(1, 2)]), max(Q(1, 2), Q(1, 3)))
print(P._make([4, 5]), P(1)._replace(x=3), P(y=2, x=1))
print(copy.copy(s), copy.deepcopy(q))
try:
    S._make([1])
except TypeError as e:
    print("TypeError", e)
match S(1, 2):
    case S(a, b):
        print("match", a, b)
print(str(q), f"{q}", [q])
print(vars(s))
t = pickle.loads(pickle.dumps(s))
print(t, type(t).__name__, pickle.loads(pickle.dumps(P(3, 4))), S.__mro__)
