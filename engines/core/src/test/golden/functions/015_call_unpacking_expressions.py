# In a call, * and ** take any expression: a conditional, a lambda's result, a call, a walrus in
# parentheses; displays keep their narrower rule (checked by the syntax-error programs).
def f(*args, **kwargs):
    return args, kwargs

flag = True
print(f(*[1, 2] if flag else [3]))
print(f(0, *[1] if not flag else [2], 3, *(x * 2 for x in range(3))))
print(f(*(lambda: (7, 8))(), **{"a": 1} if flag else {}))
print(f(**dict(b=2) if not flag else {"c": 3}, d=4))
print(f(*(n := [5, 6]), n))
print(f(*"ab" + "cd"))
print(f(*range(3) if flag else (), *[] or [9]))
