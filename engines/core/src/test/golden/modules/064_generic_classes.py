# Generic classes: typing.Generic and Protocol as bases, subscripted user classes as bases
# (PEP 560's __mro_entries__ and __orig_bases__), and builtin generics such as list[int].
from typing import Generic, TypeVar, Protocol, List

T = TypeVar("T")
K = TypeVar("K")


class Box(Generic[T]):
    def __init__(self, value: T) -> None:
        self.value = value

    def get(self) -> T:
        return self.value


class IntBox(Box[int]):
    pass


class Pair(Generic[K, T]):
    def __init__(self, k: K, v: T) -> None:
        self.k, self.v = k, v


class SupportsClose(Protocol):
    def close(self) -> None: ...


class Resource:
    def close(self) -> None:
        print("closed")


class Numbers(list[int]):
    def total(self) -> int:
        return sum(self)


print(Box[int], Pair[str, int], Box(3).get(), IntBox(4).get())
print([c.__name__ for c in IntBox.__mro__], IntBox.__orig_bases__ == (Box[int],))
print(isinstance(IntBox(1), Box), issubclass(IntBox, Generic))
r: SupportsClose = Resource()
r.close()
n = Numbers([1, 2, 3])
n.append(4)
print(n.total(), type(n).__name__, [c.__name__ for c in Numbers.__mro__])
b: List[Box[int]] = [Box(1), Box(2)]
print(sum(x.get() for x in b))
