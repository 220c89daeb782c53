from abc import ABC, abstractmethod
from typing import List, Dict, Optional, Union, Callable, Any, Tuple, TypeVar, Generic
class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...
    def describe(self) -> str:
        return f"{type(self).__name__} with area {self.area():.2f}"
class Square(Shape):
    def __init__(self, s: float) -> None:
        self.s = s
    def area(self) -> float:
        return self.s ** 2
print(Square(3).describe(), isinstance(Square(1), Shape))
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
class Incomplete(Shape):
    pass
try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(Shape.__abstractmethods__))
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), s.items)
def process(data: Dict[str, List[int]], flag: Optional[bool] = None, cb: Callable[[int], int] = abs) -> Tuple[int, ...]:
    return tuple(cb(sum(v)) for v in data.values())
print(process({"a": [1, -5], "b": [2]}))
print(process.__annotations__["flag"], process.__annotations__["return"])
x: int = "annotations are not enforced"
print(x, __annotations__)
def f(a: "ForwardRef", b: Union[int, str] = 1) -> Any:
    return a
print(f("anything"), f.__annotations__["a"])
print(Optional[int] == Union[int, None], List[int], Dict[str, int])
