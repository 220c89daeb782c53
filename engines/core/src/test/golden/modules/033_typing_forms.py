from typing import List, Dict, Optional, Union, Tuple, Callable, Any, Iterator, TypeVar, Set, Literal, Type, ClassVar, Final, cast, TYPE_CHECKING, Sequence, Mapping, Iterable, Generator, Deque, DefaultDict, Counter, OrderedDict, FrozenSet, Awaitable, NoReturn, AnyStr
print(List, List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, str, None], Union[int], Optional[Union[int,str]], Tuple[int, ...], Tuple[()], Callable[[int], str], Callable[..., int], Any, Iterator[int], TypeVar('T'), Set[str], Literal[1,'a'], Type[int], ClassVar[int], Final[int], cast(int, 'x'), TYPE_CHECKING, Sequence[int], Mapping[str,int], Iterable, Generator[int, None, None], Union[int, Union[str, float]], Union[int, int])
print(List[int] == List[int], Optional[int] == Union[int, None], hash(List[int]) == hash(List[int]), List[int].__origin__, List[int].__args__, Deque[int], DefaultDict[str,int], Counter[str], OrderedDict[str,int], FrozenSet[int], Awaitable[int], NoReturn, AnyStr)
try: List[int, str]
except TypeError as e: print(e)
try: List()
except TypeError as e: print(e)
def total(xs: List[int]) -> int:
    return sum(xs)
def lookup(d: Dict[str, int], key: str, default: Optional[int] = None) -> Optional[int]:
    return d.get(key, default)
print(total([1, 2]), lookup({"a": 1}, "a"))
