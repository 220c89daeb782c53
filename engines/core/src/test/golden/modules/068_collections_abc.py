# collections.abc: which builtin objects each ABC recognises, and the mixin methods.
import collections
import collections.abc as cabc
from collections.abc import (Iterable, Iterator, Reversible, Sized, Container, Collection, Hashable,
                             Callable, Sequence, MutableSequence, Mapping, MutableMapping, Set,
                             MutableSet, Generator, KeysView, ItemsView, ValuesView, ByteString)

samples = [1, 1.5, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), range(3), iter([]), iter(""),
           (x for x in ()), len, lambda: 0, {}.keys(), {}.items(), {}.values(), collections.deque(),
           collections.OrderedDict(), collections.Counter(), None, object(), zip(), map(len, []),
           enumerate([]), reversed([]), int]
abcs = [Iterable, Iterator, Reversible, Sized, Container, Collection, Hashable, Callable, Sequence,
        MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator, KeysView, ItemsView,
        ValuesView, ByteString]
for abc in abcs:
    print(abc.__name__, [type(s).__name__ for s in samples if isinstance(s, abc)])
print(cabc.Iterable, cabc.Mapping.__module__, issubclass(list, Sequence), issubclass(dict, Mapping),
      issubclass(int, Hashable), issubclass(list, Hashable), issubclass(bool, Hashable))
print(Iterable[int], Callable[[int], str], Mapping[str, int])


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


s = Squares(5)
print(list(s), 9 in s, 10 in s, s.index(4), s.count(1), list(reversed(s)), isinstance(s, Reversible))
try:
    s.index(7)
except ValueError:
    print("ValueError")


class Table(MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


t = Table()
t["a"] = 1
t.update({"b": 2}, c=3)
t.update([("d", 4)])
print(dict(t), t.get("z", 0), "a" in t, list(t.keys()), list(t.items()), list(t.values()))
print(t == {"a": 1, "b": 2, "c": 3, "d": 4}, t.setdefault("e", 5), t.pop("a"), t.pop("zz", None))
print(t.popitem(), len(t), ("b", 2) in t.items(), 3 in t.values(), t.keys() & {"b", "q"})
t.clear()
print(len(t), repr(Table().keys())[:9])


class Bag(MutableSet):
    def __init__(self, items=()):
        self.items = set(items)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(sorted(self.items))

    def __len__(self):
        return len(self.items)

    def add(self, x):
        self.items.add(x)

    def discard(self, x):
        self.items.discard(x)


b = Bag([1, 2, 3])
print(sorted(b & {2, 3, 4}), sorted(b | {9}), sorted(b - {1}), sorted(b ^ {3, 4}))
print(b <= {1, 2, 3, 4}, b < {1, 2, 3}, b == {1, 2, 3}, b >= {1}, b.isdisjoint({7}), b.isdisjoint([1]))
b |= {10}
b -= {1}
print(list(b), b.pop(), list(b))
b.remove(3)
try:
    b.remove(99)
except KeyError as ex:
    print("KeyError", ex)


class Stack(MutableSequence):
    def __init__(self):
        self.data = []

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = v

    def __delitem__(self, i):
        del self.data[i]

    def __len__(self):
        return len(self.data)

    def insert(self, i, v):
        self.data.insert(i, v)


st = Stack()
st.append(1)
st.extend([2, 3])
st.reverse()
st += [4]
print(st.data, st.pop(), st.pop(0), st.data)
st.remove(2)
print(st.data, isinstance(st, Sequence), issubclass(Stack, Iterable))

for cls in (Mapping, Squares.__bases__[0], Sized):
    try:
        cls()
    except TypeError as ex:
        print(ex)


class NoIter(Iterable):
    pass


try:
    NoIter()
except TypeError as ex:
    print(ex)


class Unhashable:
    __hash__ = None


class Called:
    def __call__(self):
        return 1


print(isinstance(Unhashable(), Hashable), isinstance(Called(), Callable), callable(Called()))
for x in (bytearray(b"a"), collections.deque(), {}.keys()):
    try:
        hash(x)
    except TypeError as ex:
        print(ex)
