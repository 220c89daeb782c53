"""Helper module imported by the golden import tests (not run by itself)."""
__all__ = ["public_func", "CONSTANT", "Widget"]
CONSTANT = 42
_private = "hidden"
not_exported = "only via explicit import"
print("helper_mod executing, __name__ =", __name__)
def public_func(x):
    return f"public_func({x})"
class Widget:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Widget({self.name!r})"
counter = 0
def bump():
    global counter
    counter += 1
    return counter
