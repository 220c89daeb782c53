class Money:
    def __init__(self, amount, cur="USD"):
        self.amount, self.cur = amount, cur
    def __repr__(self):
        return f"Money({self.amount!r}, {self.cur!r})"
    def __str__(self):
        return f"{self.amount:.2f} {self.cur}"
    def __format__(self, spec):
        if spec == "short":
            return f"{self.amount:g}{self.cur[0]}"
        if not spec:
            return str(self)
        return format(self.amount, spec) + " " + self.cur
m = Money(12.5)
print(m, repr(m), str(m), [m], (m,), {"k": m})
print(f"{m}", f"{m!r}", f"{m:short}", f"{m:>10.1f}", format(m, "08.3f"), "{:short}".format(m))
print("%s | %r" % (m, m))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr()))
class OnlyStr:
    def __str__(self):
        return "only str"
print(str(OnlyStr()), f"{OnlyStr()}", repr(OnlyStr()).startswith("<__main__.OnlyStr object at"))
try:
    format(OnlyStr(), "10")
except TypeError as e:
    print(type(e).__name__, e)
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
print(repr(Money), str(int), repr(len), repr(None), str(type(None)))
