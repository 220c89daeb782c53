class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "exhausted"))
class Adder:
    def __init__(self, base):
        self.base = base
    def __call__(self, x, *, times=1):
        return (self.base + x) * times
add5 = Adder(5)
print(add5(1), add5(2, times=3), callable(add5), callable(Adder), callable(3))
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
print(bool(Flag(True)), not Flag(False))
if Flag(True):
    print("truthy branch")
print(Flag(False) or "fallback")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class LenOnly:
    def __len__(self):
        return 3
print(bool(LenOnly()))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    three = 3
    three()
except TypeError as e:
    print(type(e).__name__, e)
class NotIter:
    def __iter__(self):
        return 5
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
