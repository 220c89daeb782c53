import pickle, copyreg

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

def reduce_point(p):
    return (Point, (p.x, p.y))

class Bag:
    def __init__(self):
        self.items = []
    def __reduce__(self):
        return (Bag, (), {'tag': 'restored'}, iter([1, 2, 3]), None)
    def append(self, x):
        self.items.append(x)
    def extend(self, xs):
        self.items.extend(xs)

class Table:
    def __init__(self):
        self.data = {}
    def __reduce__(self):
        return (Table, (), None, None, iter([('a', 1), ('b', 2)]))
    def __setitem__(self, k, v):
        self.data[k] = v

def set_state(obj, state):
    obj.custom = state

class WithSetter:
    def __reduce__(self):
        return (WithSetter, (), 'state!', None, None, set_state)

class Versioned:
    def __init__(self):
        self.v = 1
    def __getstate__(self):
        return ('v', self.v)
    def __setstate__(self, state):
        self.v = state[1] + 100

class Counter:
    count = 0
    def __new__(cls, *args):
        Counter.count += 1
        return super().__new__(cls)

print(pickle.dumps(Point(1, 2), 2))
copyreg.pickle(Point, reduce_point)
for p in range(6):
    data = pickle.dumps(Point(1, 2), p)
    print(p, data, pickle.loads(data))
del copyreg.dispatch_table[Point]

for p in range(6):
    r = pickle.loads(pickle.dumps(Bag(), p))
    print(p, r.items, r.tag)
    r = pickle.loads(pickle.dumps(Table(), p))
    print(p, r.data)
    data = pickle.dumps(WithSetter(), p)
    print(p, data, pickle.loads(data).custom)
    data = pickle.dumps(Versioned(), p)
    print(p, data, pickle.loads(data).v)

c = Counter()
n = Counter.count
pickle.loads(pickle.dumps(c, 2))
print(Counter.count - n)

print(Point(1, 2).__reduce_ex__(2)[0].__name__, Point(1, 2).__reduce_ex__(2)[1:3])
print(Point(3, 4).__reduce_ex__(0)[1], Point(3, 4).__reduce_ex__(1)[2])
print(Point(5, 6).__getstate__(), object().__reduce_ex__(2)[1])
print(copyreg._slotnames(Point))
class Slotted:
    __slots__ = ('a', 'b')
print(copyreg._slotnames(Slotted), Slotted.__slotnames__)
s = Slotted(); s.a = 1
print(s.__getstate__())
print(pickle.loads(pickle.dumps(range(2, 20, 3))), pickle.loads(pickle.dumps(slice(1, 5))))
print(pickle.loads(pickle.dumps(3 - 4j)), pickle.dumps(3 - 4j, 0))
print(pickle.loads(pickle.dumps(KeyError('k'))).args, pickle.dumps(KeyError('k'), 2))
for f in [len, max, pickle.dumps, copyreg.pickle, Point, str.upper]:
    print(pickle.loads(pickle.dumps(f)) is f)
print(pickle.dumps([].append.__self__.__class__), pickle.loads(pickle.dumps(str.upper))('ab'))
