print(list[int], dict[str, int], tuple[int, ...], set[str], type[int], frozenset[int], tuple[()])
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, a == list[int], a != list[str], hash(a) == hash(list[int]))
print(a([1, 2]), dict[str, int](x=1), a.__name__)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print(e)
u = int | None
print(u, u.__args__, int | str | int, isinstance(3, u), isinstance(None, u), isinstance("x", u))
print(type(u), type(a), list[int] | None, int | list[str])
print(int | str == str | int, int | int)
try:
    int | "s"
except TypeError as e:
    print(e)
try:
    isinstance('', int | list[int])
except TypeError as e:
    print(e)
print(issubclass(bool, int | str))
class C: pass
print(type[C], list[C], dict[str, list[int]])
class L(list): pass
print(L[int])
def f(x: list[int] | None = None) -> dict[str, int]: return {}
print(f.__annotations__)
try:
    list[int][str]
except TypeError as e:
    print(e)
class M(type):
    def __getitem__(cls, k):
        return (cls.__name__, k)
class A(metaclass=M):
    pass
print(A[1])
class B:
    pass
try:
    B[1]
except TypeError as e:
    print(e)
