"""Random numbers and tokens for secrets (passwords, keys, reset links) for Enginehost (the
CPython 3.11 `secrets` API, written from its documentation and checked against CPython's
observable behaviour). Every random bit comes from `os.urandom`.

What differs from CPython, on purpose:
- Enginehost's built-in `random` module has no `SystemRandom` and its `Random` class cannot be
  subclassed yet, so `SystemRandom` is defined here as a stand-alone class (it is not a
  `random.Random` subclass). It offers random, getrandbits, randrange, randint, choice,
  shuffle, sample, choices and uniform; the other distributions (gauss, betavariate, ...)
  are absent and raise AttributeError.
- `compare_digest` is written in Python (there is no `hmac` module), so it compares every
  byte whatever the first difference, but without the timing guarantees of C code.
"""

import base64
import os
import random as _random_module

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe', 'compare_digest']

# Bytes of randomness in a token when the caller does not say how many.
DEFAULT_ENTROPY = 32


# ---------------------------------------------------------------------------------------------
# SystemRandom

def _randrange_integer(value, role):
    """`value` as an int for randrange(), with 3.11's tolerance of integral non-ints."""
    import operator
    import warnings
    try:
        return operator.index(value)
    except TypeError:
        pass
    converted = int(value)
    if converted != value:
        warnings.warn('randrange() will raise TypeError in the future',
                      DeprecationWarning, 3)
        raise ValueError('non-integer %s for randrange()' % role)
    warnings.warn('non-integer arguments to randrange() have been deprecated since '
                  'Python 3.10 and will be removed in a subsequent version',
                  DeprecationWarning, 3)
    return converted


def _count_of_steps(width, step):
    """How many values of start + i*step lie in a range `width` wide."""
    if step > 0:
        return (width + step - 1) // step
    if step < 0:
        return (width + step + 1) // step
    raise ValueError('zero step for randrange()')


class SystemRandom:
    """A random number generator that draws every value from os.urandom; it has no state."""

    def __init__(self, x=None):
        # Seeds are accepted and ignored: there is nothing to seed.
        pass

    def seed(self, *args, **kwargs):
        return None

    def _stateless(self, *args, **kwargs):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _stateless

    # -- primitives ----------------------------------------------------------------------

    def getrandbits(self, k):
        """An int with k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        byte_count = (k + 7) // 8
        drawn = int.from_bytes(os.urandom(byte_count), 'big')
        return drawn >> (byte_count * 8 - k)   # drop the surplus low bits

    def random(self):
        """A float in [0.0, 1.0) with 53 random bits (a double's full precision)."""
        return self.getrandbits(53) * (2.0 ** -53)

    def _randbelow(self, n):
        # Rejection sampling: draw as many bits as n has until the value falls below n.
        bit_count = n.bit_length()
        value = self.getrandbits(bit_count)
        while value >= n:
            value = self.getrandbits(bit_count)
        return value

    # -- integers ------------------------------------------------------------------------

    def randrange(self, start, stop=None, step=1):
        """A random element of range(start, stop, step)."""
        first = _randrange_integer(start, 'arg 1')
        if stop is None:
            if step != 1:
                raise TypeError('Missing a non-None stop argument')
            if first > 0:
                return self._randbelow(first)
            raise ValueError('empty range for randrange()')
        last = _randrange_integer(stop, 'stop')
        width = last - first
        stride = _randrange_integer(step, 'step')
        if stride == 1:
            if width > 0:
                return first + self._randbelow(width)
            raise ValueError('empty range for randrange() (%d, %d, %d)' % (first, last, width))
        count = _count_of_steps(width, stride)
        if count <= 0:
            raise ValueError('empty range for randrange()')
        return first + stride * self._randbelow(count)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def uniform(self, a, b):
        """A random float between a and b."""
        return a + (b - a) * self.random()

    # -- sequences -----------------------------------------------------------------------

    def choice(self, seq):
        """A random element of a non-empty sequence."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffles the mutable sequence x in place (Fisher-Yates)."""
        for i in range(len(x) - 1, 0, -1):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k distinct elements chosen from population, in selection order."""
        from collections.abc import Sequence
        if not isinstance(population, Sequence):
            raise TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).')
        if counts is not None:
            return self._sample_with_counts(population, k, counts)
        size = len(population)
        if not 0 <= k <= size:
            raise ValueError('Sample larger than population or is negative')
        picked = [None] * k
        if k * 4 < size:
            indexes = self._sparse_indexes(size, k)
        else:
            indexes = self._dense_indexes(size, k)
        for slot, index in enumerate(indexes):
            picked[slot] = population[index]
        return picked

    def _dense_indexes(self, size, k):
        # A partial Fisher-Yates over the index list: each step takes one unused index.
        remaining = list(range(size))
        chosen = []
        for taken in range(k):
            j = self._randbelow(size - taken)
            chosen.append(remaining[j])
            remaining[j] = remaining[size - taken - 1]
        return chosen

    def _sparse_indexes(self, size, k):
        # For a few picks from a big population, redraw on collision instead of copying it.
        seen = set()
        chosen = []
        while len(chosen) < k:
            j = self._randbelow(size)
            if j not in seen:
                seen.add(j)
                chosen.append(j)
        return chosen

    def _sample_with_counts(self, population, k, counts):
        # Sampling from population[i] repeated counts[i] times: sample positions in the
        # virtual expanded sequence and map each back through the running totals.
        from bisect import bisect
        from itertools import accumulate
        running = list(accumulate(counts))
        if len(running) != len(population):
            raise ValueError('The number of counts does not match the population')
        total = running.pop()
        if not isinstance(total, int):
            raise TypeError('Counts must be integers')
        if total <= 0:
            raise ValueError('Total of counts must be greater than zero')
        positions = self.sample(range(total), k)
        return [population[bisect(running, position)] for position in positions]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements chosen with replacement, optionally weighted."""
        size = len(population)
        if cum_weights is None:
            if weights is None:
                return [population[int(self.random() * size)] for _ in range(k)]
            from itertools import accumulate
            cum_weights = list(accumulate(weights))
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        return self._weighted_choices(population, cum_weights, k)

    def _weighted_choices(self, population, cum_weights, k):
        from bisect import bisect
        from math import isfinite
        total = cum_weights[-1] + 0.0   # float, so that int weights behave the same
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = len(population) - 1
        return [population[bisect(cum_weights, self.random() * total, 0, last)]
                for _ in range(k)]


if hasattr(_random_module, 'SystemRandom'):
    # Prefer the real one as soon as the built-in random module provides it.
    SystemRandom = _random_module.SystemRandom

_sysrand = SystemRandom()


# ---------------------------------------------------------------------------------------------
# Module-level helpers

def choice(seq):
    """A random element of a non-empty sequence."""
    return _sysrand.choice(seq)


def randbits(k):
    """A non-negative int with k random bits."""
    return _sysrand.getrandbits(k)


def randbelow(exclusive_upper_bound):
    """A random int in [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError('Upper bound must be positive.')
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY when nbytes is None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return os.urandom(nbytes)


def token_hex(nbytes=None):
    """A random text of 2 * nbytes hexadecimal digits."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """nbytes random bytes as URL-safe Base64 text, without the '=' padding."""
    encoded = base64.urlsafe_b64encode(token_bytes(nbytes))
    return encoded.rstrip(b'=').decode('ascii')


# ---------------------------------------------------------------------------------------------
# compare_digest

def _buffer_bytes(value):
    """The bytes behind a bytes-like object, or None when value is not one."""
    if isinstance(value, str):
        return None
    try:
        return memoryview(value).tobytes()
    except TypeError:
        return None


def _ascii_bytes(text):
    try:
        return text.encode('ascii')
    except UnicodeEncodeError:
        raise TypeError('comparing strings with non-ASCII characters is not supported') from None


def _comparable_bytes(a, b):
    """Both arguments as bytes, with the errors CPython's compare_digest gives."""
    if isinstance(a, str) and isinstance(b, str):
        return _ascii_bytes(a), _ascii_bytes(b)
    a_bytes = _buffer_bytes(a)
    b_bytes = _buffer_bytes(b)
    if a_bytes is None and b_bytes is None:
        # (the doubled "(s)" is CPython's own spelling)
        raise TypeError('unsupported operand types(s) or combination of types: %r and %r'
                        % (type(a).__name__, type(b).__name__))
    if a_bytes is None:
        raise TypeError('a bytes-like object is required, not %r' % type(a).__name__)
    if b_bytes is None:
        raise TypeError('a bytes-like object is required, not %r' % type(b).__name__)
    return a_bytes, b_bytes


def compare_digest(*args, **kwargs):
    """a == b for two ASCII strs or two bytes-like objects, looking at every byte."""
    if kwargs:
        raise TypeError('_hashlib.compare_digest() takes no keyword arguments')
    if len(args) != 2:
        raise TypeError('compare_digest expected 2 arguments, got %d' % len(args))
    left, right = _comparable_bytes(*args)
    # Accumulate the differences instead of stopping at the first one, so the work done
    # does not reveal where the inputs diverge.
    difference = len(left) ^ len(right)
    if len(left) != len(right):
        right = left   # still walk a full-length input
    for x, y in zip(left, right):
        difference |= x ^ y
    return difference == 0
