import pickle, copyreg

class Plain:
    def __init__(self, a, b):
        self.a = a; self.b = b
    def __repr__(self): return f'Plain({self.a!r}, {self.b!r})'

class Empty:
    pass

class WithSlots:
    __slots__ = ('x', 'y', 'z')
    def __init__(self): self.x = 1; self.y = [2]; self.z = 3

class Both(Plain):
    __slots__ = ('s',)

class GS:
    def __init__(self): self.v = 5; self.cache = 'junk'
    def __getstate__(self):
        d = self.__dict__.copy(); del d['cache']; return d
    def __setstate__(self, st):
        self.__dict__.update(st); self.cache = 'restored'

class Red:
    def __init__(self, x): self.x = x
    def __reduce__(self): return (Red, (self.x * 2,))

class RedEx:
    def __reduce_ex__(self, proto): return (RedEx, (), {'p': proto})

class NA:
    def __new__(cls, a, b=0):
        o = super().__new__(cls); o.a = a; o.b = b; return o
    def __getnewargs__(self): return (self.a,)

class NAE:
    def __new__(cls, a, *, kw):
        o = super().__new__(cls); o.a = a; o.kw = kw; return o
    def __getnewargs_ex__(self): return ((self.a,), {'kw': self.kw})

class L(list): pass
class D(dict): pass
class I(int): pass
class S(str): pass
class T(tuple): pass
class F(float): pass
class St(set): pass
class FS(frozenset): pass
class BA(bytearray): pass
class Bt(bytes): pass

class Outer:
    class Inner:
        pass

def show(name, o, protos=range(6)):
    for p in protos:
        try:
            d = pickle.dumps(o, p)
            print(name, p, d)
            r = pickle.loads(d)
            print('  ->', type(r).__name__, sorted(vars(r).items()) if hasattr(r, '__dict__') else r)
        except Exception as e:
            print(name, p, type(e).__name__, e)

show('plain', Plain(1, 'x'))
show('empty', Empty())
ws = WithSlots()
for p in range(6):
    try:
        d = pickle.dumps(ws, p); print('slots', p, d); r = pickle.loads(d); print(r.x, r.y, r.z)
    except Exception as e: print('slots', p, type(e).__name__, e)
b = Both(1, 2); b.s = 9
for p in range(6):
    try:
        d = pickle.dumps(b, p); print("both", p, d); r = pickle.loads(d); print(r.a, r.b, r.s)
    except Exception as e: print("both", p, type(e).__name__, e)
show('gs', GS())
show('red', Red(4))
show('redex', RedEx())
for p in range(6):
    d = pickle.dumps(NA(7, 8), p); r = pickle.loads(d); print('na', p, d, r.a, r.b)
    if p not in (2, 3):
        d = pickle.dumps(NAE(7, kw=3), p); r = pickle.loads(d); print('nae', p, d, r.a, r.kw)
for v in [L([1, 2]), D(a=1), I(5), S('s'), T((1, 2)), F(2.5), St({3}), FS({4}), Bt(b'cd')]:
    v.attr = 'A'
    for p in range(6):
        d = pickle.dumps(v, p); r = pickle.loads(d)
        print(type(v).__name__, p, d, type(r).__name__, r, r.attr)
show('inner', Outer.Inner(), [0, 2, 4])
print(pickle.dumps(Outer.Inner, 2), pickle.dumps(Outer.Inner, 4))
