import inspect
def g():
    yield 1
    yield 2
gen = g()
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen), gen.gi_running)
list(gen)
print(inspect.getgeneratorstate(gen))
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def counter():
    count = 0
    while True:
        cmd = yield count
        if cmd == "reset":
            count = 0
        else:
            count += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
def gen_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup on close")
gf = gen_finally()
print(next(gf))
gf.close()
print("after close")
def fn_local_state():
    for i in range(3):
        x = i * 10
        yield locals().copy()
print([sorted(d.items()) for d in fn_local_state()])
