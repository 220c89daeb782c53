# Calling the methods of list, dict, set, tuple, range and deque with the wrong number of
# arguments: CPython's messages count the arguments after self.
from collections import deque

calls = [
    lambda: [].append(), lambda: [].append(1, 2), lambda: [].extend(), lambda: [1].pop(1, 2), lambda: [].insert(1),
    lambda: [].count(), lambda: [].index(), lambda: [1].index(1, 2, 3, 4),
    lambda: {}.get(), lambda: {}.get(1, 2, 3), lambda: {}.keys(1), lambda: {}.values(1), lambda: {}.items(1),
    lambda: {}.pop(), lambda: {}.popitem(1), lambda: {}.setdefault(), lambda: {}.copy(1), lambda: {}.clear(1),
    lambda: dict.fromkeys(), lambda: dict.fromkeys(1, 2, 3),
    lambda: set().add(), lambda: set().discard(1, 2), lambda: set().remove(), lambda: set().pop(1),
    lambda: set().clear(1), lambda: set().copy(1), lambda: set().issubset(), lambda: frozenset().isdisjoint(),
    lambda: set().symmetric_difference_update(), lambda: frozenset().symmetric_difference(1, 2),
    lambda: (1,).index(), lambda: range(3).index(), lambda: range(3).count(1, 2),
    lambda: deque().append(), lambda: deque().appendleft(1, 2), lambda: deque([1]).pop(1), lambda: deque([1]).popleft(1),
    lambda: deque().extend(), lambda: deque().extendleft(), lambda: deque().rotate(1, 2), lambda: deque().count(),
    lambda: deque().index(), lambda: deque().insert(1), lambda: deque().remove(),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
