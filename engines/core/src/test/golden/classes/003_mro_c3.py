class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print([c.__name__ for c in D.__mro__])
print(D().who())
class X: pass
class Y: pass
class Z: pass
class P(X, Y): pass
class Q(Y, Z): pass
class R(P, Q): pass
print([c.__name__ for c in R.__mro__])
print([c.__name__ for c in R.mro()])
class K1(X, Y, Z): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([c.__name__ for c in M.__mro__])
try:
    class Bad(X, P): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
print([c.__name__ for c in bool.__mro__], [c.__name__ for c in int.__mro__])
class Mixin:
    def hello(self):
        return "mixin hello from " + type(self).__name__
class Thing(Mixin, dict):
    pass
t = Thing(a=1)
print(t.hello(), t, [c.__name__ for c in Thing.__mro__])
