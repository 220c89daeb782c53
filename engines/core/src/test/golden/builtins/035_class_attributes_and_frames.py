# dict.fromkeys on subclasses, mappingproxy as a mapping, namedtuple class attributes,
# sys._getframe, decorated coroutine functions and generic builtin classes.
import collections
import sys


class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)


print(type(D.fromkeys("ab", 1)), D.fromkeys("ab", 1), type(collections.OrderedDict.fromkeys("ab")),
      collections.OrderedDict.fromkeys("ab", 0), type(collections.defaultdict.fromkeys("a")), dict.fromkeys([1, 2]))
print({}.fromkeys("xy", 3), type(D().fromkeys("q", 0)))
for args in ((), (1, 2, 3)):
    try:
        dict.fromkeys(*args)
    except TypeError as ex:
        print(ex)

proxy = vars(int)
print(len(dict(vars(object))) > 5, dict(proxy)["__add__"], "keys" in dir(proxy), proxy.get("nope", 7))
d = {}
d.update(vars(type("T", (), {"a": 1})))
print(d["a"], sorted(k for k in d if not k.startswith("__")))

P = collections.namedtuple("P", "x y")
print(P.__doc__)
P.__doc__ = "A point."
P.norm = lambda self: abs(self.x) + abs(self.y)
P.unit = classmethod(lambda cls: cls(1, 0))
print(P.__doc__, P(3, -4).norm(), P.unit())


def outer():
    return inner()


def inner():
    f = sys._getframe()
    back = sys._getframe(1)
    return f.f_code.co_name, back.f_code.co_name, f.f_back is back, back.f_locals, sys._getframe(2).f_globals["__name__"]


print(outer())
try:
    sys._getframe(10 ** 6)
except ValueError as ex:
    print(ex)


def deco(fn):
    fn.marked = True
    return fn


class Service:
    @deco
    async def fetch(self, x):
        return x * 2


@deco
async def main():
    return await Service().fetch(21)


coro = main()
try:
    coro.send(None)
except StopIteration as stop:
    print(stop.value, main.marked, Service.fetch.marked)
print(collections.deque[int], list[str], type(collections.deque[int]).__name__)
