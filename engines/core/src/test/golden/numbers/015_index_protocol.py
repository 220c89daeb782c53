# __index__, __int__, __float__, __trunc__, __complex__ and __round__ wherever CPython uses them
import operator
import itertools


class N:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class BadIndex:
    def __index__(self):
        return "x"


class Plain:
    pass


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


t("list", lambda: [1, 2, 3][N(1)])
t("list-slice", lambda: [1, 2, 3][N(1):N(3)])
t("tuple-neg", lambda: (1, 2, 3)[N(-1)])
t("str", lambda: "abc"[N(1)])
t("str-slice", lambda: "abcdef"[N(1):N(5):N(2)])
t("bytes", lambda: b"abc"[N(1)])
t("bytearray", lambda: bytearray(b"abc")[N(1)])
t("range-item", lambda: range(10)[N(2)])
t("range-args", lambda: range(N(1), N(10), N(3)))
t("bin-hex-oct", lambda: (bin(N(5)), hex(N(-5)), oct(N(9))))
t("operator.index", lambda: operator.index(N(4)))
t("operator.index-bool", lambda: operator.index(True))
t("bad-index", lambda: operator.index(BadIndex()))
t("no-index", lambda: operator.index(Plain()))
t("float-index", lambda: operator.index(2.5))
t("list-bad", lambda: [1][BadIndex()])
t("list-plain", lambda: [1][Plain()])
t("str-plain", lambda: "a"[Plain()])
t("tuple-plain", lambda: (1,)[Plain()])
t("bytes-plain", lambda: b"a"[Plain()])
t("slice-plain", lambda: [1, 2][Plain():])
t("huge-list", lambda: [1, 2][2 ** 100])
t("huge-str", lambda: "ab"[-2 ** 100])
t("huge-via-index", lambda: [1, 2][N(2 ** 100)])
t("huge-range", lambda: range(3)[2 ** 100])
t("repeat", lambda: ([0] * N(3), N(3) * [0], "ab" * N(2), (1,) * N(2), b"x" * N(2)))
t("pop", lambda: [1, 2, 3].pop(N(0)))
t("chr", lambda: chr(N(65)))
t("chr-huge", lambda: chr(2 ** 40))
t("round-digits", lambda: round(2.567, N(2)))
t("str.index-start", lambda: "abcabc".index("c", N(3)))
t("list.index-start", lambda: [1, 2, 3, 1].index(1, N(1)))
t("bytes-size", lambda: (bytes(N(3)), bytearray(N(2)), bytes([N(65), N(66)])))
t("percent", lambda: ("%d" % N(5), "%x" % N(255), "%c" % N(65), "%5.1f" % N(3)))
t("int-base", lambda: int("ff", N(16)))
t("slice.indices", lambda: slice(N(1), N(2)).indices(N(5)))
t("islice", lambda: list(itertools.islice("abcdef", N(2), N(4))))
t("enumerate-start", lambda: list(enumerate("ab", N(5))))
l = [1, 2, 3, 4]
l[N(1)] = 20
del l[N(0)]
l[N(0):N(1)] = [7, 8]
l *= N(2)
print("mutations", l)


class Conv:
    def __int__(self):
        return 7

    def __index__(self):
        return 8

    def __float__(self):
        return 2.5


class OnlyIndex:
    def __index__(self):
        return 3


class OnlyTrunc:
    def __trunc__(self):
        return 4


class TruncToIndex:
    def __trunc__(self):
        return OnlyIndex()


class BadInt:
    def __int__(self):
        return "x"


class BadFloat:
    def __float__(self):
        return 1


class Cx:
    def __complex__(self):
        return 1 + 2j


class Rounder:
    def __round__(self, n=None):
        return ("rounded", n)


class MyInt(int):
    def __int__(self):
        return 42


t("int-prefers-__int__", lambda: int(Conv()))
t("int-index", lambda: int(OnlyIndex()))
t("int-trunc", lambda: int(OnlyTrunc()))
t("int-trunc-index", lambda: int(TruncToIndex()))
t("int-bad", lambda: int(BadInt()))
t("int-plain", lambda: int(Plain()))
t("int-subclass-dunder", lambda: int(MyInt(5)))
t("float-dunder", lambda: float(Conv()))
t("float-index", lambda: float(OnlyIndex()))
t("float-bad", lambda: float(BadFloat()))
t("float-plain", lambda: float(Plain()))
t("complex-dunder", lambda: complex(Cx()))
t("complex-float", lambda: complex(Conv()))
t("complex-imag", lambda: complex(1, OnlyIndex()))
t("complex-plain", lambda: complex(Plain()))
t("round", lambda: (round(Rounder()), round(Rounder(), 3)))
t("round-plain", lambda: round(Plain()))
