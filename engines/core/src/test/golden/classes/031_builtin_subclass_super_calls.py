# Subclasses of list, dict, str, tuple, float, int and set overriding dunders and calling the base
# class's through super(): each must reach the builtin operation, never the override again; and
# abs(), format() and hash() must honour the overrides.
import collections
def probe(label, f):
    try:
        print(label, f())
    except RecursionError:
        print(label, "RecursionError")
    except Exception as e:
        print(label, type(e).__name__, e)

class L(list):
    def __getitem__(self, i): return ("L", super().__getitem__(i))
    def __len__(self): return super().__len__() + 100
    def __contains__(self, x): return not super().__contains__(x)
    def __eq__(self, o): return ("eq", super().__eq__(o))
    def __repr__(self): return "L" + super().__repr__()
    def __iter__(self): return iter(list(super().__iter__())[::-1])
    def append(self, x): super().append(x * 10)
    def __setitem__(self, i, v): super().__setitem__(i, v + 1)
    def __add__(self, o): return ("add", super().__add__(o))
l = L([1, 2])
probe("list getitem", lambda: l[0]); probe("list len", lambda: len(l)); probe("list contains", lambda: 1 in l)
probe("list eq", lambda: l == [1, 2]); probe("list repr", lambda: repr(l)); probe("list iter", lambda: list(iter(l)))
l.append(3); l[0] = 5; probe("list state", lambda: list.__repr__(l)); probe("list add", lambda: l + [9])

class D(dict):
    def __getitem__(self, k): return ("D", super().__getitem__(k))
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
    def __contains__(self, k): return super().__contains__(k)
    def __len__(self): return super().__len__() + 1
    def get(self, k, d=None): return ("get", super().get(k, d))
    def __repr__(self): return "D" + super().__repr__()
    def __eq__(self, o): return ("eq", super().__eq__(o))
d = D(a=1); d["b"] = 2
probe("dict getitem", lambda: d["a"]); probe("dict contains", lambda: "b" in d); probe("dict len", lambda: len(d))
probe("dict get", lambda: d.get("b")); probe("dict repr", lambda: repr(d)); probe("dict eq", lambda: d == {"a": 1, "b": 4})

class S(str):
    def __add__(self, o): return S(super().__add__(o) + "!")
    def __len__(self): return super().__len__() * 2
    def __getitem__(self, i): return ("S", super().__getitem__(i))
    def __eq__(self, o): return ("eq", super().__eq__(o))
    def __hash__(self): return super().__hash__()
    def upper(self): return "U" + super().upper()
    def __repr__(self): return "S" + super().__repr__()
    def __mod__(self, o): return ("mod", super().__mod__(o))
    def __contains__(self, x): return ("in", super().__contains__(x))
s = S("ab")
probe("str add", lambda: s + "c"); probe("str len", lambda: len(s)); probe("str getitem", lambda: s[0])
probe("str eq", lambda: s == "ab"); probe("str hash", lambda: hash(s) == hash("ab")); probe("str upper", lambda: s.upper())
probe("str repr", lambda: repr(s)); probe("str mod", lambda: S("%d") % 5); probe("str contains", lambda: "a" in s)

class T(tuple):
    def __getitem__(self, i): return ("T", super().__getitem__(i))
    def __len__(self): return super().__len__() + 1
    def __add__(self, o): return ("add", super().__add__(o))
    def __hash__(self): return super().__hash__()
    def __lt__(self, o): return ("lt", super().__lt__(o))
t = T((1, 2))
probe("tuple getitem", lambda: t[0]); probe("tuple len", lambda: len(t)); probe("tuple add", lambda: t + (3,))
probe("tuple hash", lambda: hash(t) == hash((1, 2))); probe("tuple lt", lambda: t < (1, 3))

class F(float):
    def __neg__(self): return ("neg", super().__neg__())
    def __abs__(self): return ("abs", super().__abs__())
    def __bool__(self): return super().__bool__()
    def __repr__(self): return "F" + super().__repr__()
    def __eq__(self, o): return ("eq", super().__eq__(o))
    def __hash__(self): return super().__hash__()
    def __lt__(self, o): return ("lt", super().__lt__(o))
f = F(1.5)
probe("float neg", lambda: -f); probe("float abs", lambda: abs(f)); probe("float bool", lambda: bool(F(0.0)))
probe("float repr", lambda: repr(f)); probe("float eq", lambda: f == 1.5); probe("float hash", lambda: hash(f) == hash(1.5)); probe("float lt", lambda: f < 2)

class I(int):
    def __abs__(self): return ("abs", super().__abs__())
    def __repr__(self): return "I" + super().__repr__()
    def __eq__(self, o): return ("eq", super().__eq__(o))
    def __hash__(self): return super().__hash__()
    def __index__(self): return super().__index__()
    def __int__(self): return super().__int__()
    def __float__(self): return super().__float__() + 0.5
    def __str__(self): return "s" + super().__str__()
    def __format__(self, spec): return "fmt" + super().__format__(spec)
i = I(-3)
probe("int abs", lambda: abs(i)); probe("int repr", lambda: repr(i)); probe("int eq", lambda: i == -3)
probe("int hash", lambda: hash(i) == hash(-3)); probe("int index", lambda: [1, 2, 3, 4][I(1)]); probe("int float", lambda: float(i))
probe("int str", lambda: str(i)); probe("int format", lambda: f"{i:>4}")

class Se(set):
    def __contains__(self, x): return not super().__contains__(x)
    def __len__(self): return super().__len__() + 5
    def add(self, x): super().add(x * 2)
    def __or__(self, o): return ("or", super().__or__(o))
    def __iter__(self): return super().__iter__()
se = Se({1}); se.add(3)
probe("set contains", lambda: 1 in se); probe("set len", lambda: len(se)); probe("set or", lambda: se | {9}); probe("set sorted", lambda: sorted(se))
