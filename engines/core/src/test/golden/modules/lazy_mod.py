# Import fixture for 069_module_getattr.py (not a test): a PEP 562 module __getattr__.
loads = []


def __getattr__(name):
    if name.startswith("lazy_"):
        loads.append(name)
        return name.upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
