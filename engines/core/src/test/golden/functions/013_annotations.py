def f(a:int, /, b:"s"=2, *c:3, d:4, **e:5)->None: pass
print(f.__annotations__)
def g(x): pass
print(g.__annotations__)
x: int = 5
y: str
print(__annotations__, x)
class C:
    a: int = 1
    b: list
    def m(self) -> int:
        self.z: int = 3
        q: undefined_name = 2
        r: undefined2
        return q
print(C.__annotations__, C.a, C().m())
print('b' in C.__dict__)
class D:
    pass
def h():
    u: int
    return 1
print(h())
for i in range(1):
    w: float = 1.0
print(__annotations__)
def outer():
    T = int
    def inner(a: T) -> T: return a
    class K:
        z: T = 1
    return inner.__annotations__, K.__annotations__
print(outer())
async def co(a: int) -> str: pass
print(co.__annotations__)
d = {}
d['k']: int = 3
print(d, __annotations__ if '__annotations__' in globals() else None)
exec("v: float = 2.0\nprint(__annotations__)")
