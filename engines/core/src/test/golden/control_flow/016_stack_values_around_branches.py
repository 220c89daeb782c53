# Values waiting on the stack while control flow happens around them: a conditional
# expression or short-circuit inside a call's arguments, exceptions raised while values
# are pending below a try block, chained comparisons, augmented subscripts and calls
# nested in calls. Each function runs many times so that it also runs compiled.


def pick(a, b, c):
    return (a, b if c else -b, c and a or b)


def chained(x, lo, hi):
    return lo < x <= hi, lo <= x < hi < 100, not (lo < x)


class Box:
    def __init__(self, v):
        self.v = v

    def add(self, *parts):
        return self.v + sum(parts)


def nested_calls(b, xs):
    return b.add(len(xs), max(xs) if xs else 0, b.add(1, 2 if b.v > 3 else 20))


def pending_under_try(items):
    out = []
    for it in items:
        total = 10
        try:
            total = total + 100 // it
        except ZeroDivisionError as e:
            total = -total
            out.append(type(e).__name__)
        out.append(total)
    return out


def pending_in_list(k):
    try:
        return [k, k * 2, 1 // (k % 3), k + 1]
    except ZeroDivisionError:
        return ["zero", k]


def with_values(n):
    class Ctx:
        def __enter__(self):
            return n

        def __exit__(self, *exc):
            return exc[0] is KeyError

    res = []
    with Ctx() as v:
        res.append(v + ({1: 2}.get(n, 0)))
        if n % 2:
            raise KeyError(n)
        res.append("even")
    return res


def augmented(d, keys):
    counts = [0, 0, 0]
    for k in keys:
        counts[k % 3] += d.get(k, 1) * (2 if k > 4 else 1)
    return counts


def format_many(a, b):
    return f"{a}-{b!r}-{a * b:>6}-{'x' if a > len(b) else 'y'}"


def swap_rotate(a, b, c):
    a, b, c = c, a, b
    return a, b, c


def gen_with_pending(n):
    for i in range(n):
        x = yield (i, (yield i * 10) if i % 2 else None)
        if x is not None:
            yield "sent", x


def run_gen(n):
    g = gen_with_pending(n)
    out = []
    try:
        v = next(g)
        while True:
            out.append(v)
            v = g.send("s" if len(out) % 3 == 0 else None)
    except StopIteration:
        pass
    return out


def boolean_args(xs):
    return [(x and x * 2, x or "none", not x) for x in xs]


results = []
for rep in range(30):
    results = [
        pick(rep, 3, rep % 2),
        chained(rep % 7, 2, 5),
        nested_calls(Box(rep % 5), [rep, 1, 2][: rep % 4]),
        pending_under_try([1, 0, rep % 3, 7]),
        pending_in_list(rep),
        augmented({1: 5, 5: 7}, range(rep % 8)),
        format_many(rep % 4, "q"),
        swap_rotate(rep, "b", None),
        run_gen(rep % 5),
        boolean_args([0, rep % 3, ""]),
    ]
    try:
        results.append(with_values(rep % 4))
    except KeyError as e:
        results.append(("KeyError", e.args))
    if rep % 10 == 9:
        for r in results:
            print(r)
