print("pkg.sub executing, __name__ =", __name__)
from . import PKG_LEVEL
def hello():
    return "hello from pkg.sub using " + PKG_LEVEL
