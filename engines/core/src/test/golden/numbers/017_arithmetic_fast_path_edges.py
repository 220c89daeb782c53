# The cases next to the fast paths of arithmetic, comparison and list indexing: results that
# leave the machine-word range, bools and int subclasses as operands, negative and
# out-of-range indices, float corner cases. Each function runs many times, so compiled too.


class Count(int):
    def __add__(self, other):
        return "Count+" + str(int(self) + other)


def arith(a, b):
    out = []
    out.append(a + b)
    out.append(a - b)
    out.append(a * b)
    try:
        out.append(a // b)
        out.append(a % b)
    except ZeroDivisionError as e:
        out.append("ZeroDivisionError: " + str(e))
    return out


def compare(a, b):
    r = []
    if a < b:
        r.append("lt")
    if a <= b:
        r.append("le")
    if a == b:
        r.append("eq")
    if a != b:
        r.append("ne")
    if a > b:
        r.append("gt")
    if not a >= b:
        r.append("not ge")
    return r


def index(xs, i):
    try:
        return xs[i]
    except IndexError as e:
        return "IndexError: " + str(e)
    except TypeError as e:
        return "TypeError: " + str(e)


def float_operator_errors(a, b):
    out = []
    for f in (lambda: a & b, lambda: a | b, lambda: a ^ b, lambda: a << b, lambda: a @ b):
        try:
            out.append(f())
        except TypeError as e:
            out.append(str(e))
    try:
        a &= b
    except TypeError as e:
        out.append(str(e))
    return out


big = 2 ** 62
cases = [
    (7, 2), (-7, 2), (7, -2), (-7, -2), (5, 0), (big, big), (-big, big), (big * 2, 3),
    (True, 2), (3, False), (2.5, 0.5), (-0.0, 0.0), (1.0, 0.0), (1e308, 10.0),
    (float("inf"), float("inf")), (3, 2.5), (Count(4), 1),
]
xs = [10, 20, 30]
for rep in range(40):
    lines = []
    for a, b in cases:
        lines.append((a, b, arith(a, b), compare(a, b)))
    lines.append((compare(float("nan"), 1.0), compare(big * 4, big), compare(-big * 4, 5)))
    lines.append([index(xs, i) for i in (0, 2, -1, -3, 3, -4, True, big * 4)])
    lines.append(index(xs, "a"))
    lines.append(index((1, 2), 1))
    lines.append(float_operator_errors(1.5, 2.5))
    n = 9223372036854775807
    lines.append((n + 1, -n - 2, n * n, (-n - 1) // -1, (-n - 1) % -1))
if True:
    for line in lines:
        print(line)
