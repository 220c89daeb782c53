# The fixed first run that writes an engine's start-up archive (see bin/host). The archive holds
# the classes this run loads and links, so it touches, once each and on tiny data, what ordinary
# scripts use: statements of every kind, classes (subclasses of the builtin types too), the
# builtin types' common methods, formatting, exceptions, generators and coroutines, and a few
# functions called often enough to be compiled. A class the JVM only loaded here (to verify
# another) is left out of the archive, so using it matters: without `if` or `break` in this file,
# every later run read their syntax-tree classes from the jar. Only class loading matters, not
# speed; the output is discarded. A class left out is simply loaded from its jar, as without an
# archive.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x!r}, {self.y:>3})"

    @property
    def norm(self):
        return abs(self.x) + abs(self.y)

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @staticmethod
    def unit():
        return Point(1, 1)


class Labelled(Point):
    kind = "labelled"

    def __init__(self, x, y, label):
        super().__init__(x, y)
        self.label = label


class Failure(Exception):
    pass


def numbers():
    n = 0
    for i in range(40):
        n += i * i % 7 - (i >> 1) + (i & 3) | 1
        n //= 2 if i % 3 == 0 else 1
    f = 0.0
    while f < 3.0:
        f += 0.7 / 3 - 1e-3
    big = 2 ** 100 * 3 // 7 % 1000003 + (-5) ** 3
    return n, round(f, 3), big, divmod(17, 5), abs(-2.5), min(3, 1, 2), max([4, 9]), int("12"), float("1.5")


def text():
    words = "the quick brown fox jumps over the lazy dog".split()
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    index = {}
    for i, w in enumerate(words):
        index.setdefault(w[0], []).append(i)
    s = ", ".join(w.upper().strip("x").replace("o", "0") for w in words if len(w) > 3)
    parts = [s[::-1], s[1:5], s.lower(), s.title(), str(len(s)), repr(s[:3]), s.find("T") * 2]
    return "%s=%d %r %5.2f" % ("n", 3, "q", 2.5), "{0:>4}|{1}".format(7, "x"), sorted(counts.items()), parts


def containers():
    xs = [(i * 37) % 11 for i in range(20)]
    xs.sort()
    ys = sorted(xs, key=lambda v: -v)
    zs = xs[::2] + ys[1:3]
    del zs[0]
    zs.insert(0, 5)
    zs.pop()
    t = tuple(zs)
    s = set(xs) | {100}
    s.discard(3)
    d = {k: v for k, v in zip("abc", range(3))}
    d.update(z=9)
    first, *rest = t
    return len(s), sum(x for x in zs), any(v > 8 for v in xs), list(reversed(t)), d, first, rest, frozenset([1])


def generate(n):
    for i in range(n):
        yield i * 2
    yield from (c for c in "ab")


def control():
    seen = []
    try:
        raise Failure("boom")
    except Failure as e:
        seen.append(str(e))
    finally:
        seen.append("finally")
    try:
        {}["missing"]
    except KeyError:
        seen.append("key")
    try:
        [][1]
    except IndexError:
        seen.append("index")
    try:
        int("x")
    except ValueError:
        seen.append("value")
    try:
        None.attribute
    except AttributeError:
        seen.append("attribute")
    with open(__file__) as f:
        seen.append(len(f.readline()))
    count = 0

    def bump():
        nonlocal count
        count += 1

    bump()
    match seen:
        case [first, *_]:
            seen.append(first)
    return seen, list(generate(3)), count, [f(2) for f in (lambda v: v + 1, str)]


def objects():
    p = Point.origin() + Point.unit() + Labelled(1, 2, "a")
    table = {p: 1, Point(0, 0): 2}
    return p.norm, repr(p), Point(2, 3) in table, Labelled.kind, getattr(p, "x"), hasattr(p, "z"), vars(p)




class Tally(list):
    __slots__ = ("label",)


class Table(dict):
    pass


class Tags(set):
    pass


class Name(str):
    pass


class Count(int):
    pass


class Ratio(float):
    pass


class Pair(tuple):
    pass


class Blob(bytes):
    pass


def statements(values):
    global GLOBAL_SEEN
    total: int = 0
    seen = set()
    for v in values:
        if v in seen:
            continue
        if (double := v * 2) > 40:
            break
        seen.add(double)
        total += double
    assert total >= 0, "negative"
    from os import path as ospath
    squares = {v * v for v in seen}
    GLOBAL_SEEN = sorted(seen)
    return total, sorted(squares), ospath.basename("/a/b"), list[int], Tally([1]), Table(a=1), Tags("ab"), \
        Name("n").upper(), Count(3) + 1, Ratio(0.5) * 2, Pair((1, 2)), Blob(b"x")


def failures():
    out = []
    try:
        compile("x (", "<training>", "exec")
    except SyntaxError as e:
        out.append(e.lineno)
    with open(__file__, "rb") as f:
        out.append(len(f.read(4)))
    out.append(bytes(memoryview(b"abc")[1:]))
    return out


async def later():
    return 1


async def waiting():
    return await later() + 1


def coroutines():
    c = waiting()
    try:
        c.send(None)
    except StopIteration as e:
        return e.value


results = [numbers(), text(), containers(), control(), objects(), statements(range(30)), failures(), coroutines()]
sys.stdout.write(str(len(results)) + "\n")
