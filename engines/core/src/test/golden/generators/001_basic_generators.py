def count_up(n):
    print("generator started")
    for i in range(n):
        print("yielding", i)
        yield i
    print("generator finished")
g = count_up(3)
print(type(g).__name__, "created, nothing run yet")
print(next(g))
print(list(g))
print(next(g, "exhausted"))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def with_return():
    yield 1
    return "done value"
gr = with_return()
print(next(gr))
try:
    next(gr)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
def empty():
    return
    yield
print(list(empty()))
g2 = (i for i in range(2))
print(iter(g2) is g2, g2.__next__(), hasattr(g2, "send"))
def gen_name():
    yield
print(gen_name.__name__, gen_name().__name__, gen_name().__qualname__)
