import types
class Awaitable:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        print("awaiting", self.value)
        got = yield f"suspend:{self.value}"
        print("resumed with", got)
        return self.value * 2
async def add(a, b):
    x = await Awaitable(a)
    y = await Awaitable(b)
    return x + y
async def main():
    r1 = await add(1, 2)
    r2 = await add(10, 20)
    return [r1, r2]
coro = main()
print(type(coro).__name__)
step = 0
try:
    value = coro.send(None)
    while True:
        print("driver got", value)
        step += 1
        value = coro.send(f"resume{step}")
except StopIteration as e:
    print("coroutine returned", e.value)
async def simple():
    return "simple result"
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def nothing():
    pass
n = nothing()
n.close()
print("closed unstarted coroutine")
print(type(simple).__name__, callable(simple))
import inspect
print(inspect.iscoroutinefunction(simple), inspect.iscoroutinefunction(len))
@types.coroutine
def legacy():
    v = yield "legacy-yield"
    return v
async def uses_legacy():
    return await legacy()
u = uses_legacy()
print(u.send(None))
try:
    u.send("legacy-value")
except StopIteration as e:
    print(e.value)
async def raises():
    raise ValueError("inside coroutine")
try:
    raises().send(None)
except ValueError as e:
    print(type(e).__name__, e)
c2 = simple()
try:
    c2.send(None)
except StopIteration:
    pass
try:
    c2.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
