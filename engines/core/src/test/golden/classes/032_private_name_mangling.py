# Private names (__x, not __x__) in a class body and the functions in it are mangled to _Class__x.
class A:
    __count = 0
    __dunder__ = "kept"

    def __init__(self, v, *, __kw=5):
        self.__v = v
        self.__kw = __kw
        A.__count += 1

    def __private(self):
        return self.__v * 2

    def get(self):
        __local = self.__private()
        return __local + self.__kw

    @classmethod
    def count(cls):
        return cls.__count

    def lam(self):
        return (lambda: self.__v)(), [self.__v for _ in range(2)]


class _B(A):
    __x = "b"

    def peek(self):
        try:
            return self.__v
        except AttributeError as e:
            return "AttributeError: " + str(e)


class ___:
    __y = 1


a = A(3, _A__kw=1) if False else A(3)
print(a.get(), A.count(), a._A__v, a._A__kw, sorted(k for k in vars(a)))
print(sorted(k for k in vars(A) if "count" in k or "private" in k or "dunder" in k))
print(A.__init__.__kwdefaults__, A._A__private.__name__, A._A__private.__qualname__)
print(a.lam())
print(_B(1).peek(), _B._B__x, ___.__y)
try:
    a.__v
except AttributeError as e:
    print("AttributeError:", e)


def outside():
    __z = 1
    return __z


print(outside())


class C:
    def method(self):
        try:
            return __undefined_name
        except NameError as e:
            return "NameError: " + str(e)

    class __Inner:
        __w = 2

        def w(self):
            return self.__w


print(C().method(), C._C__Inner.__name__, C._C__Inner().w(), vars(C._C__Inner).get("_Inner__w"))
