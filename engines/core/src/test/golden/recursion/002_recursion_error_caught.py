import sys
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print([c.__name__ for c in RecursionError.__mro__])
def deepest():
    level = 0
    def go():
        nonlocal level
        level += 1
        go()
    try:
        go()
    except RecursionError:
        return level
    return -1
lvl = deepest()
print(900 < lvl < 1000)
try:
    forever(0)
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__)
print("recovered; still works:", sum(range(10)))
class Node:
    def __init__(self):
        self.child = self
    def __repr__(self):
        return f"Node({self.child!r})"
try:
    repr(Node())
except RecursionError as e:
    print(type(e).__name__, e)
def loop_a():
    return loop_b()
def loop_b():
    return loop_a()
for attempt in range(3):
    try:
        loop_a()
    except RecursionError:
        print("attempt", attempt, "hit RecursionError")
