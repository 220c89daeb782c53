def documented(a, b=2, *args, c=3, **kw):
    """This is the docstring."""
    local = a
    return local
print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__, documented.__module__)
print(documented.__code__.co_argcount, documented.__code__.co_kwonlyargcount, documented.__code__.co_varnames[:4])
class Outer:
    def method(self):
        def inner():
            pass
        return inner
    class Nested:
        def deep(self):
            pass
print(Outer.method.__qualname__, Outer().method().__qualname__, Outer.Nested.deep.__qualname__, Outer.Nested.__qualname__)
def nodoc():
    pass
print(nodoc.__doc__, (lambda: 0).__name__, (lambda: 0).__doc__)
nodoc.custom = "attr"
print(nodoc.custom, nodoc.__dict__)
def annotated(x: int, y: "str" = "s") -> bool:
    return True
print(annotated.__annotations__)
print(callable(nodoc), type(nodoc).__name__, type(len).__name__, type(Outer().method).__name__)
nodoc.__name__ = "renamed"
print(nodoc.__name__, nodoc.__qualname__)
m = Outer().method
print(m.__name__, m.__func__ is Outer.method, type(m.__self__).__name__)
