class Sample:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
    def method(self):
        pass
s = Sample()
print(vars(s), [n for n in dir(s) if not n.startswith("__")])
print(sorted(k for k in vars(Sample) if not k.startswith("__")))
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
def f(x, y=2):
    z = x + y
    return sorted(locals().items())
print(f(1))
g_keys = [k for k in globals() if not k.startswith("__")]
print(g_keys)
print(sorted(k for k in globals() if k.startswith("__")))
print(__name__, globals()["__name__"], "Sample" in globals(), "f" in dir())
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:10])
def inner_dir():
    a = 1
    b = 2
    return dir()
print(inner_dir())
