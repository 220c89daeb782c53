from helper_mod import *
print(CONSTANT, public_func("star"), Widget("x"))
for name in ["not_exported", "_private", "bump"]:
    print(name, name in globals())
try:
    from helper_mod import does_not_exist
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(" (")[0])
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
