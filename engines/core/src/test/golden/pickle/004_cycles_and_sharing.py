import pickle

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

root = Node('root')
for i in range(3):
    child = Node('c%d' % i)
    child.parent = root
    root.children.append(child)

for p in range(6):
    data = pickle.dumps(root, p)
    print(p, data)
    r = pickle.loads(data)
    print(r.name, [c.name for c in r.children], all(c.parent is r for c in r.children))

shared = [1, 2]
outer = [shared, shared, (shared, shared), {'k': shared}]
for p in range(6):
    r = pickle.loads(pickle.dumps(outer, p))
    print(p, r, r[0] is r[1] is r[2][0] is r[3]['k'])

a = []
b = [a]
a.append(b)
for p in range(6):
    data = pickle.dumps(a, p)
    r = pickle.loads(data)
    print(p, data, r[0][0] is r)

t = ([],)
t[0].append(t)
for p in range(6):
    r = pickle.loads(pickle.dumps(t, p))
    print(p, r[0][0] is r)

d = {}
d['me'] = d
d['list'] = [d]
for p in range(6):
    r = pickle.loads(pickle.dumps(d, p))
    print(p, r['me'] is r, r['list'][0] is r)

class Holder:
    pass
h = Holder()
h.self = h
h.items = (h, [h])
for p in range(6):
    data = pickle.dumps(h, p)
    r = pickle.loads(data)
    print(p, data, r.self is r, r.items[0] is r, r.items[1][0] is r)

fs = frozenset([1])
print(pickle.dumps([fs, fs]), pickle.dumps((fs, fs), 2))
big = list(range(2500))
data = pickle.dumps(big)
print(len(data), data[:40], data[-20:], pickle.loads(data) == big)
bigd = {i: str(i) for i in range(1001)}
data = pickle.dumps(bigd)
print(len(data), data[-20:], pickle.loads(data) == bigd)
data = pickle.dumps(bigd, 0)
print(len(data), pickle.loads(data) == bigd)
