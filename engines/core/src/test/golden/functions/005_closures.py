def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in make_adders()])
def late_binding():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]
print(late_binding())
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()
print(outer()())
def cell_contents():
    v = 42
    def get():
        return v
    return get
g = cell_contents()
print(g.__closure__[0].cell_contents, len(g.__closure__), make_counter.__closure__)
def accumulator(start):
    total = start
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = accumulator(100)
print(acc(1), acc(10), acc(-50))
def shared():
    state = []
    def push(x):
        state.append(x)
    def get():
        return list(state)
    return push, get
push, get = shared()
push(1); push(2)
print(get())
