"""Keyed-hash message authentication (RFC 2104) for Enginehost (the CPython 3.11 `hmac` API,
written from its documentation), over the interpreter's hashlib."""

import hashlib as _hashlib

__all__ = ["new", "compare_digest", "digest", "HMAC"]

digest_size = None

_OUTER_PAD = bytes(x ^ 0x5C for x in range(256))
_INNER_PAD = bytes(x ^ 0x36 for x in range(256))


def _hash_factory(digestmod):
    """A callable making a new hash object from the digestmod argument (name, constructor or module)."""
    if digestmod is None or digestmod == "":
        raise TypeError("Missing required parameter 'digestmod'.")
    if isinstance(digestmod, str):
        return lambda data=b"": _hashlib.new(digestmod, data)
    if callable(digestmod):
        return digestmod
    return digestmod.new


def _as_bytes(value, what):
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, memoryview):
        return value.tobytes()
    raise TypeError(f"{what}: expected bytes or bytearray, but got {type(value).__name__!r}")


def _buffer_or_none(value):
    """The bytes of a bytes-like value, or None for anything else (str included)."""
    if isinstance(value, str):
        return None
    try:
        return bytes(memoryview(value))
    except TypeError:
        return None


class HMAC:
    """An HMAC in progress: update() it with the message, then digest() or hexdigest()."""

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=""):
        key = _as_bytes(key, "key")
        factory = _hash_factory(digestmod)
        self._inner = factory()
        self._outer = factory()
        self.digest_size = self._inner.digest_size
        block = getattr(self._inner, "block_size", 64)
        if block < 16:
            block = self.blocksize
        self.block_size = block
        if len(key) > block:
            key = factory(key).digest()
        key = key.ljust(block, b"\0")
        self._outer.update(key.translate(_OUTER_PAD))
        self._inner.update(key.translate(_INNER_PAD))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Adds more of the message."""
        self._inner.update(msg)

    def copy(self):
        """An independent HMAC in the same state."""
        other = HMAC.__new__(HMAC)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _finish(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        """The MAC of the message so far, as bytes (the HMAC can still be updated)."""
        return self._finish().digest()

    def hexdigest(self):
        """digest() as hexadecimal text."""
        return self._finish().hexdigest()


def new(key, msg=None, digestmod=""):
    """A new HMAC of msg (if given) under key, with the hash digestmod (a name such as 'sha256')."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The MAC of a whole message at once."""
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b):
    """a == b for two str (ASCII only) or two bytes-like values, taking the same time for any
    values of the same length."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode("ascii")
        b = b.encode("ascii")
    else:
        a_bytes = _buffer_or_none(a)
        b_bytes = _buffer_or_none(b)
        if a_bytes is None and b_bytes is None:
            raise TypeError(f"unsupported operand types(s) or combination of types: "
                            f"'{type(a).__name__}' and '{type(b).__name__}'")
        for value, converted in ((a, a_bytes), (b, b_bytes)):
            if converted is None:
                raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'")
        a, b = a_bytes, b_bytes
    differences = len(a) ^ len(b)
    other = b if len(a) == len(b) else a
    for x, y in zip(a, other):
        differences |= x ^ y
    return differences == 0
