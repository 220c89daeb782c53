def gen():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("gen handled", repr(e))
        yield "after-keyerror"
    finally:
        print("gen finally")
g = gen()
print(next(g))
print(g.throw(KeyError("k")))
try:
    next(g)
except StopIteration:
    print("stopped")
def failing():
    yield 1
    raise ValueError("fail in generator")
try:
    for v in failing():
        print("value", v)
except ValueError as e:
    print(type(e).__name__, e)
def gen_after_error():
    yield 1
    raise KeyError("x")
ge = gen_after_error()
next(ge)
try:
    next(ge)
except KeyError:
    print("KeyError propagated")
print(next(ge, "generator is finished after exception"))
g2 = gen()
next(g2)
try:
    g2.throw(IndexError("not handled"))
except IndexError as e:
    print("propagated out:", e)
def catch_all():
    while True:
        try:
            yield
        except Exception as e:
            print("swallowed", type(e).__name__)
ca = catch_all()
next(ca)
ca.throw(ValueError)
ca.throw(TypeError("t"))
ca.close()
print("done")
