class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Resource("a") as r:
    print("inside with", r)
with Resource("b", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with Resource("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", type(e).__name__, e)
with Resource("outer") as o, Resource("inner") as i:
    print("both", o, i)
def early():
    with Resource("ret"):
        return "returned value"
print(early())
for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            break
from contextlib import contextmanager, suppress
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")
with tag("div") as t:
    with tag("span"):
        print("text in", t)
with suppress(ZeroDivisionError):
    1 / 0
print("suppressed ZeroDivisionError")
class NotCM:
    pass
try:
    with NotCM():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
