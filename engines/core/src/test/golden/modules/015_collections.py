from collections import deque, defaultdict, Counter, namedtuple, OrderedDict, ChainMap
d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5)
print(d, d.maxlen, len(d))
d.extend([6, 7]); d.extendleft([-1])
print(d, d.pop(), d.popleft(), d)
d.rotate(2); print(d)
d.rotate(-1); print(d, d[0], d[-1], d.count(5), d.index(5))
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd["missing"], sorted(dd))
cnt_dd = defaultdict(int)
for ch in "hello":
    cnt_dd[ch] += 1
print(dict(cnt_dd))
c = Counter("abracadabra")
print(c, c.most_common(2), c["a"], c["z"], sorted(c.elements())[:6])
c.update("aaz"); c.subtract({"b": 5})
print(c.most_common(), c.total())
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=5), Counter(a=2, b=1) & Counter(a=1), Counter(a=1) | Counter(a=3, b=1))
print(Counter(["x", "y", "x"]).most_common(1), Counter({"k": 2}))
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]), p == (1, 2))
x, y = p
print(x + y, len(p), isinstance(p, tuple))
P3 = namedtuple("P3", "a b c", defaults=[0, 0])
print(P3(1), P3(1, 2, 3))
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
od.move_to_end("b")
print(od, list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm.items()))
