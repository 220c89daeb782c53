def gen_raises_stop():
    yield 1
    raise StopIteration("explicit")
g = gen_raises_stop()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
print(next(iter([]), "default"))
def uses_next():
    it = iter([])
    yield next(it)
try:
    list(uses_next())
except RuntimeError as e:
    print(type(e).__name__, e)
class Manual:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration(self.i)
        return self.i
m = Manual()
print(list(m), list(m))
try:
    next(m)
except StopIteration as e:
    print("value", e.value)
print(list(zip([1, 2, 3], "ab")), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])))
gen = (x for x in [1])
for v in gen:
    print("for over genexp", v)
for v in gen:
    print("not reached")
print("exhausted generator is empty on second loop")
