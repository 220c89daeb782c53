"""Basic statistics for Enginehost (the CPython 3.11 `statistics` API, written from its documentation).

Averages and spreads are computed exactly (as fractions) and converted back once, so the results
match CPython's: an int mean stays an int when exact, floats are correctly rounded, Fractions and
Decimals keep their type.
"""

import math
from fractions import Fraction
from decimal import Decimal
from collections import Counter

__all__ = [
    "NormalDist", "StatisticsError", "fmean", "geometric_mean", "harmonic_mean", "mean",
    "median", "median_grouped", "median_high", "median_low", "mode", "multimode",
    "pstdev", "pvariance", "quantiles", "stdev", "variance",
]


class StatisticsError(ValueError):
    pass


# ---- exact arithmetic helpers -------------------------------------------------------------

def _ratio(x):
    """(numerator, denominator) of a number, or (x, None) for an infinity or NaN."""
    if type(x) is int or type(x) is bool:
        return (int(x), 1)
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _widen(t, s):
    """The type a mixture of values of types t and s is reported in."""
    if t is s:
        return t
    if s is int or s is bool:
        return t
    if t is int:
        return s
    if issubclass(s, t):
        return s
    if issubclass(t, s):
        return t
    if issubclass(t, int):
        return s
    if issubclass(s, int):
        return t
    if issubclass(t, Fraction) and issubclass(s, float):
        return s
    if issubclass(t, float) and issubclass(s, Fraction):
        return t
    raise TypeError(f"don't know how to coerce {t.__name__} and {s.__name__}")


def _exact_sum(data):
    """(type, exact total, count); the total is a Fraction, or a float for infinities/NaNs."""
    kind = int
    count = 0
    by_den = {}
    special = None
    for x in data:
        t = type(x)
        if t is not kind:
            kind = _widen(kind, t)
        n, d = _ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
        else:
            by_den[d] = by_den.get(d, 0) + n
    if special is not None:
        return kind, special, count
    total = Fraction(0)
    for d, n in by_den.items():
        total += Fraction(n, d)
    return kind, total, count


def _as_type(value, kind):
    """Converts an exact result back to the data's type."""
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    try:
        return kind(value)
    except TypeError:
        if issubclass(kind, Decimal):
            return kind(value.numerator) / kind(value.denominator)
        raise


def _squared_deviations(data, center):
    """(type, exact sum of squared deviations, count) about center, or about the exact mean."""
    if center is not None:
        kind, total, count = _exact_sum((x - center) * (x - center) for x in data)
        return kind, total, count
    kind = int
    count = 0
    sx = {}
    sxx = {}
    special = None
    for x in data:
        t = type(x)
        if t is not kind:
            kind = _widen(kind, t)
        n, d = _ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
            continue
        sx[d] = sx.get(d, 0) + n
        sxx[d] = sxx.get(d, 0) + n * n
    if count == 0:
        return kind, Fraction(0), 0
    if special is not None:
        return kind, special, count
    s1 = Fraction(0)
    for d, n in sx.items():
        s1 += Fraction(n, d)
    s2 = Fraction(0)
    for d, n in sxx.items():
        s2 += Fraction(n, d * d)
    return kind, (count * s2 - s1 * s1) / count, count


def _sqrt_float(q):
    """The correctly rounded float square root of the non-negative Fraction q."""
    n, m = q.numerator, q.denominator
    if n == 0:
        return 0.0
    # scale so the integer root carries 2*53+3 significant bits, then round to odd so the final
    # int/int division (itself correctly rounded) cannot double-round
    shift = (n.bit_length() - m.bit_length() - 109) // 2
    if shift >= 0:
        root = math.isqrt(n // (m << (2 * shift)))
        if root * root * (m << (2 * shift)) != n:
            root |= 1
        return float(root << shift)
    root = math.isqrt((n << (-2 * shift)) // m)
    if root * root * m != (n << (-2 * shift)):
        root |= 1
    return root / (1 << -shift)


def _sqrt_decimal(q):
    """The square root of the non-negative Fraction q as a Decimal, rounded in the current context."""
    n, m = q.numerator, q.denominator
    if n == 0:
        return Decimal("0.0")
    root = (Decimal(n) / Decimal(m)).sqrt()
    sign, digits, exp = root.as_tuple()
    coeff = int("".join(map(str, digits)))
    scale = Fraction(10) ** exp

    def gap(c):
        # how far c*10**exp squared lies from n/m (exact), compared through the midpoint squares
        return c * scale

    best = coeff
    # move up while the midpoint to the next candidate is still below the exact root
    while (gap(best) + gap(best + 1)) ** 2 < 4 * q:
        best += 1
    while best > 0 and (gap(best) + gap(best - 1)) ** 2 > 4 * q:
        best -= 1
    if best == coeff:
        return root
    return Decimal(f"{best}E{exp}")


def _fail_if_str(x):
    if isinstance(x, (str, bytes)):
        raise TypeError("expected number but got %r" % (x,))


# ---- averages -----------------------------------------------------------------------------

def mean(data):
    """The arithmetic mean of data (a sequence or iterable of real numbers)."""
    kind, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _as_type(total / n, kind)


def fmean(data, weights=None):
    """The mean of data as a float (fast, float arithmetic)."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            data = list(data)
            n = len(data)
        total = math.fsum(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    try:
        nw = len(weights)
    except TypeError:
        weights = list(weights)
        nw = len(weights)
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    num = math.fsum(x * w for x, w in zip(data, weights))
    if n != nw:
        raise StatisticsError("data and weights must be the same length")
    den = math.fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    """The geometric mean of positive data, as a float."""
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset "
                              "containing positive numbers") from None


def harmonic_mean(data, weights=None):
    """The harmonic mean of non-negative data."""
    if iter(data) is data:
        data = list(data)
    errmsg = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction, Decimal)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = [1] * n
        total_weight = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        kind, total_weight, _ = _exact_sum(w for w in weights)
        total_weight = _as_type(total_weight, kind)
    for w in weights:
        if w < 0:
            raise StatisticsError("Weighted harmonic mean does not support negative weights")
    for x in data:
        if x < 0:
            raise StatisticsError(errmsg)
    try:
        kind, total, count = _exact_sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _as_type(total_weight / total, kind)


def median(data):
    """The middle value of data; the mean of the two middle values for an even count."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    half = n // 2
    if n % 2:
        return data[half]
    return (data[half - 1] + data[half]) / 2


def median_low(data):
    """The lower of the two middle values for an even count, else the middle value."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2] if n % 2 else data[n // 2 - 1]


def median_high(data):
    """The higher of the two middle values for an even count, else the middle value."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    """The 50th percentile of grouped continuous data, by interpolation."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n == 1:
        return data[0]
    x = data[n // 2]
    _fail_if_str(x)
    _fail_if_str(interval)
    try:
        lower = x - interval / 2
    except TypeError:
        lower = float(x) - float(interval) / 2
    first = 0
    while data[first] != x:
        first += 1
    last = first
    while last + 1 < n and data[last + 1] == x:
        last += 1
    below = first
    freq = last - first + 1
    return lower + interval * (n / 2 - below) / freq


def mode(data):
    """The most common value in data (the first one seen among equally common values)."""
    counts = Counter(iter(data))
    best = None
    top = 0
    for value, c in counts.items():
        if c > top:
            best, top = value, c
    if top == 0:
        raise StatisticsError("no mode for empty data")
    return best


def multimode(data):
    """The list of most common values, in the order first seen."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, c in counts.items() if c == top]


def quantiles(data, *, n=4, method="exclusive"):
    """n-1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError("must have at least two data points")
    cuts = []
    if method == "inclusive":
        span = size - 1
        for i in range(1, n):
            j, delta = divmod(i * span, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == "exclusive":
        span = size + 1
        for i in range(1, n):
            j = i * span // n
            if j < 1:
                j = 1
            elif j > size - 1:
                j = size - 1
            delta = i * span - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError(f"Unknown method: {method!r}")


# ---- spread -------------------------------------------------------------------------------

def variance(data, xbar=None):
    """The sample variance of data (at least two values)."""
    kind, ss, n = _squared_deviations(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _as_type(ss / (n - 1), kind)


def pvariance(data, mu=None):
    """The population variance of data (at least one value)."""
    kind, ss, n = _squared_deviations(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _as_type(ss / n, kind)


def _root(kind, q):
    if not isinstance(q, Fraction):
        # an infinity or NaN in the data
        raise AttributeError(f"'{type(q).__name__}' object has no attribute 'numerator'")
    if issubclass(kind, Decimal):
        return _sqrt_decimal(q)
    return _sqrt_float(q)


def stdev(data, xbar=None):
    """The sample standard deviation: the square root of the sample variance."""
    kind, ss, n = _squared_deviations(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _root(kind, ss / (n - 1))


def pstdev(data, mu=None):
    """The population standard deviation: the square root of the population variance."""
    kind, ss, n = _squared_deviations(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _root(kind, ss / n)


class NormalDist:
    def __init__(self, mu=0.0, sigma=1.0):
        raise NotImplementedError("statistics.NormalDist is not supported yet")
