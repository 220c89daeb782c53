g = 0
def set_global():
    global g, new_global
    g = 10
    new_global = "created"
set_global()
print(g, new_global)
def outer():
    x = 1
    def mid():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x *= 10
        inner()
    mid()
    return x
print(outer())
def counter_gen():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
s = counter_gen()
print([s() for _ in range(4)])
def global_vs_local():
    g = "local g"
    def inner():
        global g
        return g
    return inner()
print(global_vs_local())
def mutate_without_nonlocal():
    data = {"n": 0}
    def bump():
        data["n"] += 1
    bump(); bump()
    return data
print(mutate_without_nonlocal())
def failing():
    x = 0
    def inner():
        x += 1
    try:
        inner()
    except UnboundLocalError as e:
        print(type(e).__name__, e)
failing()
