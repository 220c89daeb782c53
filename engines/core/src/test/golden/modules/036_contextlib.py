# contextlib: contextmanager (also as decorator), suppress, closing, nullcontext, ExitStack, redirect_stdout, ABC hook
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout, ContextDecorator, AbstractContextManager
import io

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("a") as t:
    print("inside", t)

@contextmanager
def catcher():
    try:
        yield
    except ValueError as e:
        print("caught", e)

with catcher():
    raise ValueError("boom")
print("after catcher")

try:
    with tag("b"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

@tag("deco")
def decorated(x):
    print("in decorated", x)
    return x * 2
print(decorated(2), decorated(3))

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed", e)

class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print("using", type(r).__name__)

with nullcontext(5) as v:
    print("nullcontext", v)
with nullcontext() as v:
    print("nullcontext", v)

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in "xyz"]
    stack.callback(print, "callback", 1, sep="-")
    print("names", names)

def cleanup_raises():
    raise TypeError("in cleanup")
try:
    with ExitStack() as stack:
        stack.callback(cleanup_raises)
        raise ValueError("body")
except TypeError as e:
    print("TypeError", e, "context:", repr(e.__context__))

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise OSError("swallowed")
print("exitstack suppressed")

stack = ExitStack()
stack.callback(print, "deferred")
moved = stack.pop_all()
stack.close()
print("before moved close")
moved.close()

try:
    with ExitStack() as s:
        s.enter_context(42)
except TypeError as e:
    print("TypeError", e)

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
print("buffer:", repr(buf.getvalue()))

class Mine(ContextDecorator):
    def __enter__(self):
        print("enter mine")
        return self
    def __exit__(self, *exc):
        print("exit mine", exc[0])
        return False
@Mine()
def f():
    print("f body")
f()
print(isinstance(nullcontext(), AbstractContextManager), issubclass(io.StringIO, AbstractContextManager))
class Bare:
    def __enter__(self): return self
    def __exit__(self, *a): pass
print(issubclass(Bare, AbstractContextManager), issubclass(int, AbstractContextManager))
print(decorated.__name__)
