# typing's class-making forms (NamedTuple, TypedDict, NewType) and the introspection helpers.
import typing
from typing import (NamedTuple, TypedDict, NewType, Optional, List, Dict, Union, Annotated, Literal,
                    Tuple, Callable, Required, NotRequired, get_type_hints, get_origin, get_args)


class Employee(NamedTuple):
    """An employee."""
    name: str
    age: int = 30
    tags: tuple = ()

    def greet(self):
        return "hi " + self.name

    @property
    def older(self):
        return self.age + 1

    LIMIT = 5


e = Employee("ann")
print(e, e.greet(), e.older, Employee.LIMIT, Employee.__doc__)
print(Employee.__mro__, Employee._fields, Employee._field_defaults)
print(Employee.__annotations__, isinstance(e, tuple), e == ("ann", 30, ()))
print(Employee._make(["bob", 2, ("x",)]), e._replace(age=41), e._asdict())
print(Employee.__module__, Employee.__qualname__, Employee.__name__)


class Vec(NamedTuple):
    x: float
    y: float = 0.0

    def __repr__(self):
        return f"<{self.x}, {self.y}>"

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


v = Vec(3, 4)
print(repr(v), str(v), v + Vec(1, 1), abs(v), [v], f"{v}", sorted([Vec(2), Vec(1)]), Vec.__doc__)

Pair = NamedTuple("Pair", [("left", int), ("right", Optional[str])])
print(Pair(1, None), Pair.__annotations__, Pair._fields, Pair.__module__)
Kw = NamedTuple("Kw", a=int, b=str)
print(Kw(1, "z"), Kw.__annotations__)

for body in ("a: int = 1\n    b: int", "a: int\n    def _asdict(self): pass", "a: int\n    __slots__ = ()"):
    try:
        exec("class Bad(NamedTuple):\n    " + body, {"NamedTuple": NamedTuple})
    except (TypeError, AttributeError) as ex:
        print(type(ex).__name__, ex)
try:
    NamedTuple("X", [("a", int)], b=str)
except TypeError as ex:
    print(ex)


def make_local():
    class Local(NamedTuple):
        z: int
    return Local


print(make_local().__qualname__, make_local()(1))


class Movie(TypedDict):
    name: str
    year: int


class Extended(Movie, total=False):
    rating: float
    director: Required[str]


class Mixed(TypedDict):
    title: str
    subtitle: NotRequired[str]


m = Movie(name="Alien", year=1979)
print(type(m), m, Movie(), Movie({"name": "x"}), Movie([("year", 1)], name="y"))
print(Movie.__annotations__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
print(sorted(Extended.__required_keys__), sorted(Extended.__optional_keys__), Extended.__total__)
print(Extended.__mro__, type(Movie).__name__, Movie.__module__, Movie.__bases__)
print(sorted(Mixed.__required_keys__), sorted(Mixed.__optional_keys__))
for check in (lambda: isinstance(m, Movie), lambda: issubclass(dict, Movie)):
    try:
        check()
    except TypeError as ex:
        print(ex)
Point = TypedDict("Point", {"x": int, "y": int}, total=False)
print(Point(x=1), sorted(Point.__optional_keys__), Point.__module__, typing.is_typeddict(Point),
      typing.is_typeddict(dict))

UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, UserId.__module__, UserId | None)
try:
    class Sub(UserId):
        pass
except TypeError as ex:
    print(ex)

P = typing.ParamSpec("P")
Ts = typing.TypeVarTuple("Ts")
print(P, P.args, P.kwargs, P.__name__, Ts, typing.Unpack[Ts], typing.Concatenate[int, P])
print(typing.ForwardRef("Node"), typing.Required[int], typing.NotRequired[str], typing.TypeAlias,
      typing.IO, typing.TextIO, typing.SupportsInt, typing.ContextManager[int], typing.Annotated)

for t in [List[int], Dict[str, int], Union[int, str], Optional[int], Annotated[int, "meta"],
          Literal[1, "a"], Tuple[int, ...], Callable[[int, str], bool], list[int], int | str, int, List]:
    print(t, "->", get_origin(t), get_args(t))


class Node:
    value: int
    next: "Node"

    def link(self, other: "Node", n: int = 0) -> "Optional[Node]":
        return None


class Leaf(Node):
    weight: float


def f(a: Annotated[int, "units"], b: None, c: "List[int]") -> str:
    return ""


print(get_type_hints(Node), get_type_hints(Node.link))
print(list(get_type_hints(Leaf).items()))
print(get_type_hints(f))
print(get_type_hints(f, include_extras=True))


@typing.overload
def g(x: int) -> int: ...
@typing.overload
def g(x: str) -> str: ...
def g(x):
    return x


print(len(typing.get_overloads(g)), g(3))
typing.clear_overloads()
print(typing.get_overloads(g))
try:
    typing.assert_never(3)
except AssertionError as ex:
    print(repr(ex))
print(typing.assert_type(3, int), typing.cast(int, "x"))


@typing.dataclass_transform(kw_only_default=True)
def model(cls):
    return cls


print(model.__dataclass_transform__)
