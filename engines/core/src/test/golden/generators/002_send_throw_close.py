def echo():
    print("echo started")
    received = None
    while True:
        try:
            received = yield f"got {received}"
        except ValueError as e:
            print("caught thrown", e)
            received = "after-throw"
        finally:
            pass
g = echo()
print(g.send(None))
print(g.send("hello"))
print(g.send(42))
print(g.throw(ValueError("boom")))
print(next(g))
g.close()
try:
    g.send("x")
except StopIteration:
    print("StopIteration after close")
def fresh():
    yield 1
try:
    fresh().send("not none")
except TypeError as e:
    print(type(e).__name__, e)
def running_total():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
rt = running_total()
next(rt)
for v in [5, 10, 20]:
    print("total", rt.send(v))
try:
    rt.send(None)
except StopIteration as e:
    print("final", e.value)
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("closer cleanup")
c = closer()
next(c)
c.close()
c.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("unstarted"))
except KeyError as e:
    print("throw into unstarted propagates", repr(e))
print(list(t))
