# types (built-in types, SimpleNamespace, ModuleType, MappingProxyType, MethodType, new_class) and keyword
import types, keyword, sys
print(types.FunctionType, types.GeneratorType, types.ModuleType, types.MappingProxyType, types.MethodType)
print(types.BuiltinFunctionType, types.CodeType, types.NoneType, types.TracebackType)
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), ns != types.SimpleNamespace())
ns.self = ns
print(ns)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError", str(e).replace("types.", ""))
try:
    hash(types.SimpleNamespace)
    hash(ns)
except TypeError as e:
    print("TypeError", str(e).replace("types.", ""))
class NS(types.SimpleNamespace): pass
print(NS(z=1), repr(types.SimpleNamespace), vars(types.SimpleNamespace(q=2)))
m = types.ModuleType("mymod", "doc here")
m.x = 5
print(m, m.__name__, m.__doc__, m.x, isinstance(m, types.ModuleType), isinstance(sys, types.ModuleType))
mp = types.MappingProxyType({"a": 1})
print(mp, mp["a"], len(mp), list(mp), "a" in mp)
try:
    mp["b"] = 2
except TypeError as e:
    print("TypeError", str(e).replace("types.", ""))
try:
    types.MappingProxyType([1])
except TypeError as e:
    print("TypeError", str(e).replace("types.", ""))
class C:
    pass
bound = types.MethodType(lambda self, y: (type(self).__name__, y), C())
print(bound(3))
def gen(): yield 1
print(isinstance(gen(), types.GeneratorType), isinstance(gen, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(lambda: 0, types.LambdaType), isinstance(None, types.NoneType))
Dyn = types.new_class("Dyn", (C,), exec_body=lambda ns: ns.update(greet=lambda self: "hi"))
print(Dyn.__name__, Dyn().greet(), [c.__name__ for c in Dyn.__mro__])
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist), keyword.softkwlist)
print([w for w in "if x else lambda _ case print".split() if keyword.iskeyword(w)])
