import pkg.sub
print(pkg.sub.hello(), pkg.PKG_LEVEL)
from pkg import sub
print(sub is pkg.sub, sub.__name__)
from pkg.sub import hello as h
print(h())
import pkg
print(pkg.__name__, hasattr(pkg, "sub"))
import importlib
m = importlib.import_module("pkg.sub")
print(m is sub)
