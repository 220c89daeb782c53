def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"))
def append_bad(x, acc=[]):
    acc.append(x)
    return acc
print(append_bad(1), append_bad(2), append_bad(3, []), append_bad(4))
def append_good(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(append_good(1), append_good(2))
counter = 0
def default_eval_time(v=counter):
    return v
counter = 100
print(default_eval_time())
print(append_bad.__defaults__, greet.__defaults__, append_good.__defaults__)
def kw_defaults(a, *, b=2, c):
    return a, b, c
print(kw_defaults(1, c=3), kw_defaults.__kwdefaults__)
def none_default(x=None):
    return "none" if x is None else x
print(none_default(), none_default(0))
