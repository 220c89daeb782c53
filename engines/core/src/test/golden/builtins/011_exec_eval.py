print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'a' + 'b'"))
x = 10
print(eval("x + 1"), eval("x + y", {"x": 1, "y": 2}), eval("x", {}, {"x": "local"}))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b", ns)
print(ns["a"], ns["b"], ns["f"](1), sorted(k for k in ns if k != "__builtins__"))
exec("print('printed from exec')")
exec("x = 99")
print(x)
code = compile("3 ** 2", "<expr>", "eval")
print(eval(code), type(code).__name__)
code2 = compile("for i in range(2): print('loop', i)", "<stmt>", "exec")
exec(code2)
for bad in ["1 +", "x = ", "def"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    eval("undefined_var")
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(eval(" 42 "), eval("(lambda: 'lam')()"))
local_ns = {"v": 1}
exec("v += 1\nw = v * 10", {}, local_ns)
print(local_ns)
print(eval("__builtins__ is not None"), eval("len('abc')", {"__builtins__": {"len": len}}))
