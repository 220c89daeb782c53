class Range2:
    def __init__(self, start, stop):
        self.start, self.stop = start, stop
    def __iter__(self):
        return Range2Iter(self.start, self.stop)
class Range2Iter:
    def __init__(self, cur, stop):
        self.cur, self.stop = cur, stop
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.stop:
            raise StopIteration
        v = self.cur
        self.cur += 1
        return v
r = Range2(1, 4)
print(list(r), list(r), sum(r), 2 in r, sorted(r, reverse=True))
a, b, c = r
print(a, b, c, [*r], dict(zip(r, "xyz")))
class GenIter:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        for d in self.data:
            yield d.upper()
print(list(GenIter("abc")), "-".join(GenIter(["x", "y"])))
it = iter(Range2(0, 5))
print(next(it), next(it), list(it))
class Reversible:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        return iter(self.items[::-1])
print(list(reversed(Reversible([1, 2, 3]))))
e = enumerate(Range2(5, 8))
print(next(e), list(e))
print(list(iter([1, 2, 3].__iter__())))
class Tokens:
    def __init__(self, text):
        self.words = text.split()
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.words):
            raise StopIteration
        self.i += 1
        return self.words[self.i - 1]
for tok in Tokens("a quick test"):
    print("token", tok)
