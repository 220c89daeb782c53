it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
import io
data = io.StringIO("line1\nline2\nSTOP\nline4\n")
print(list(iter(data.readline, "STOP\n")))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), next(di), type(di).__name__)
s = iter("hi")
print(type(s).__name__, list(s))
print(type(iter(range(2))).__name__, type(iter((1,))).__name__, type(iter({1})).__name__, type(iter([])).__name__)
