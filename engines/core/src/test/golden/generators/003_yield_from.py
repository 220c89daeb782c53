def inner():
    x = yield "inner-1"
    print("inner received", x)
    yield "inner-2"
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer-done"
g = outer()
print(next(g))
print(g.send("sent-value"))
print(next(g))
print(next(g, "end"))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def sub_thrower():
    try:
        yield 1
    except ValueError as e:
        print("sub caught", e)
        yield "recovered"
def delegator():
    yield from sub_thrower()
    yield "delegator continues"
d = delegator()
print(next(d), d.throw(ValueError("via yield from")), next(d))
def tree(n):
    if n == 0:
        return 0
    left = yield from tree(n - 1)
    yield n
    return left + n
gen = tree(3)
print(list(gen))
def collect():
    total = yield from tree(4)
    yield f"sum={total}"
print(list(collect()))
def gen_with_iter_return():
    r = yield from [1, 2]
    yield r
print(list(gen_with_iter_return()))
