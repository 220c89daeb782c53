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
print(dict(cnt_dd), cnt_dd, isinstance(cnt_dd, dict), cnt_dd.default_factory)
c = Counter("abracadabra")
print(c, c.most_common(2), c["a"], c["z"], sorted(c.elements())[:6])
c.update("aaz"); c.subtract({"b": 5})
print(c.most_common(), c.total())
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=5), Counter(a=2, b=1) & Counter(a=1), Counter(a=1) | Counter(a=3, b=1))
print(Counter(["x", "y", "x"]).most_common(1), Counter({"k": 2}), +c, -c, Counter(), Counter("aab") == Counter("aba"), Counter(a=1) == Counter(a=1, b=0))
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]), p == (1, 2))
x, y = p
print(x + y, len(p), isinstance(p, tuple), Point, type(p), p[:1], hash(p) == hash((1, 2)))
P3 = namedtuple("P3", "a b c", defaults=[0, 0])
print(P3(1), P3(1, 2, 3), P3._field_defaults)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(namedtuple("R", "a a _b class", rename=True)._fields, sorted([Point(3, 1), Point(1, 2)]))
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
od.move_to_end("b")
print(od, list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1}, OrderedDict())
od2 = OrderedDict(a=1, b=2, c=3); od2.move_to_end("c", last=False); print(list(od2))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm.items()), cm, "b" in cm)
cm["c"] = 3; print(cm.maps)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) < deque([1, 3]), deque([1]) + deque([2]), deque("ab") * 2, deque([1, 2]).copy(), list(reversed(deque([1, 2, 3]))))
dq = deque([1, 2, 3])
try:
    for v in dq:
        dq.append(v)
except RuntimeError as e:
    print(e)
dq.insert(1, "ins"); dq.remove(3); dq.reverse(); dq[0] = "f"; del dq[1]; print(dq, deque("abcdef", maxlen=4), repr(deque()))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
print(dict(nested["a"]), "none" in nested, nested.get("zz"))
plain = defaultdict(None)
try:
    plain["missing"]
except KeyError as e:
    print("no-factory", type(e).__name__, e)
print(defaultdict(int, {"a": 1}, b=2))
