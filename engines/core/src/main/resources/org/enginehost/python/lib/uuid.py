"""UUID objects and generators for Enginehost (the CPython 3.11 `uuid` API, written from its
documentation and checked against CPython's observable behaviour).

What differs from CPython, on purpose:
- There is no way to read the machine's hardware address here, so `getnode()` always answers
  a random 48-bit number with the multicast bit set (the fallback the documentation
  describes), chosen once per process.
- `uuid1()` is always computed in Python from `time.time_ns()`; no platform library tells us
  whether it is multiprocess-safe, so its `is_safe` is `SafeUUID.unknown`.
- The command-line interface and the platform-specific node getters are not provided.
- UUID defines __copy__/__deepcopy__ because the built-in copy module cannot copy __slots__
  instances yet; copies come out as CPython's do.
"""

import hashlib
import os
import time
from enum import Enum

# CPython's uuid module defines no __all__; the public names are the ones below without "_".

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

# UUID's constructor has parameters named `bytes` and `int`, which hide the builtins inside it.
_builtin_bytes = bytes
_builtin_int = int

_ALL_128_BITS = 1 << 128

# Bit masks inside the 128-bit integer (the variant lives in the top bits of octet 8, the
# version in the top nibble of octet 6).
_VARIANT_MASK = 0xc000 << 48
_VARIANT_RFC_4122 = 0x8000 << 48
_VERSION_MASK = 0xf000 << 64
_VERSION_SHIFT = 76

# Gregorian reform (1582-10-15) to the Unix epoch, in the 100 ns ticks version 1 UUIDs count.
_GREGORIAN_TO_UNIX_TICKS = 0x01b21dd213814000


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


# ---------------------------------------------------------------------------------------------
# Turning each constructor argument into the 128-bit integer

def _int_from_hex(text):
    """Accepts 32 hex digits, optionally with dashes, braces and a 'urn:' / 'uuid:' prefix."""
    # Calling .replace first means non-str arguments fail the way CPython's do (str method
    # on bytes, missing attribute on int, ...).
    digits = text.replace('urn:', '').replace('uuid:', '')
    digits = digits.strip('{}').replace('-', '')
    if len(digits) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return _builtin_int(digits, 16)


def _int_from_bytes(data):
    if len(data) != 16:
        raise ValueError('bytes is not a 16-char string')
    if not isinstance(data, _builtin_bytes):
        # CPython reports a non-bytes value as a failed assertion showing the value.
        raise AssertionError(repr(data))
    return _builtin_int.from_bytes(data, 'big')


def _swap_leading_fields(data):
    """Converts between big-endian and little-endian layout of the first three fields."""
    return data[3::-1] + data[5:3:-1] + data[7:5:-1] + data[8:]


def _int_from_bytes_le(data):
    if len(data) != 16:
        raise ValueError('bytes_le is not a 16-char string')
    return _int_from_bytes(_swap_leading_fields(data))


# (field number, bit width, article) for the six fields, in order.
_FIELD_WIDTHS = ((1, 32, 'a'), (2, 16, 'a'), (3, 16, 'a'), (4, 8, 'an'), (5, 8, 'an'), (6, 48, 'a'))


def _int_from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    values = tuple(fields)
    for value, (number, width, article) in zip(values, _FIELD_WIDTHS):
        if not 0 <= value < 1 << width:
            raise ValueError('field %d out of range (need %s %d-bit value)'
                             % (number, article, width))
    time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low, node = values
    clock_seq = (clock_seq_hi_variant << 8) | clock_seq_low
    return ((time_low << 96) | (time_mid << 80) | (time_hi_version << 64)
            | (clock_seq << 48) | node)


def _with_version(value, version):
    """Forces the RFC 4122 variant and the given version number into `value`."""
    if not 1 <= version <= 5:
        raise ValueError('illegal version number')
    value = (value & ~_VARIANT_MASK) | _VARIANT_RFC_4122
    return (value & ~_VERSION_MASK) | (version << _VERSION_SHIFT)


# ---------------------------------------------------------------------------------------------
# The UUID class

class UUID:
    """An immutable 128-bit universally unique identifier (RFC 4122)."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        sources_given = sum(source is not None for source in (hex, bytes, bytes_le, fields, int))
        if sources_given != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments '
                            'must be given')
        if hex is not None:
            int = _int_from_hex(hex)
        elif bytes_le is not None:
            int = _int_from_bytes_le(bytes_le)
        elif bytes is not None:
            int = _int_from_bytes(bytes)
        elif fields is not None:
            int = _int_from_fields(fields)
        if not 0 <= int < _ALL_128_BITS:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            int = _with_version(int, version)
        # __setattr__ refuses everything, so the slots are filled through object's.
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    # -- pickling --------------------------------------------------------------------------

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            # The enum's value, not the member, so old unpicklers can read it.
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        safety = SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown
        object.__setattr__(self, 'is_safe', safety)

    # Enginehost's built-in copy module cannot yet copy instances of classes with __slots__,
    # so UUID says how itself; the result is what CPython's copy.copy/deepcopy give.
    def __copy__(self):
        duplicate = object.__new__(type(self))
        duplicate.__setstate__(self.__getstate__())
        return duplicate

    def __deepcopy__(self, memo):
        return self.__copy__()

    # -- comparison and hashing: a UUID is its integer --------------------------------------

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    # -- text forms ----------------------------------------------------------------------

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        digits = '%032x' % self.int
        return '%s-%s-%s-%s-%s' % (digits[:8], digits[8:12], digits[12:16],
                                   digits[16:20], digits[20:])

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    # -- binary forms ----------------------------------------------------------------------

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap_leading_fields(self.bytes)

    # -- the RFC 4122 fields ---------------------------------------------------------------

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def time(self):
        """The 60-bit timestamp, with the version bits removed."""
        return (((self.time_hi_version & 0x0fff) << 48)
                | (self.time_mid << 32) | self.time_low)

    @property
    def clock_seq(self):
        """The 14-bit clock sequence, with the variant bits removed."""
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    # -- variant and version ---------------------------------------------------------------

    @property
    def variant(self):
        # The variant is read from the leading bits of octet 8: 0..., 10..., 110..., 111...
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        if not self.int & (0x4000 << 48):
            return RFC_4122
        if not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        # Version numbers only mean something for RFC 4122 UUIDs.
        if self.variant != RFC_4122:
            return None
        return _builtin_int((self.int >> _VERSION_SHIFT) & 0xf)


# ---------------------------------------------------------------------------------------------
# Node (hardware address) and generators

_node = None


def _random_node():
    # RFC 4122 section 4.5: a random node must have the multicast bit (the least significant
    # bit of the first octet) set so that it can never equal a real network card's address.
    return _builtin_int.from_bytes(os.urandom(6), 'big') | (1 << 40)


def getnode():
    """The 48-bit node number used by uuid1(); random here, but fixed for the process."""
    global _node
    if _node is None:
        _node = _random_node()
    return _node


_last_timestamp = None


def _next_timestamp():
    """Now, in 100 ns ticks since 1582-10-15, strictly increasing between calls."""
    global _last_timestamp
    ticks = time.time_ns() // 100 + _GREGORIAN_TO_UNIX_TICKS
    if _last_timestamp is not None and ticks <= _last_timestamp:
        ticks = _last_timestamp + 1
    _last_timestamp = ticks
    return ticks


def uuid1(node=None, clock_seq=None):
    """A time-based UUID from the current time, a clock sequence and a node number."""
    timestamp = _next_timestamp()
    if clock_seq is None:
        clock_seq = _builtin_int.from_bytes(os.urandom(2), 'big') >> 2   # 14 random bits
    if node is None:
        node = getnode()
    fields = (timestamp & 0xffffffff,
              (timestamp >> 32) & 0xffff,
              (timestamp >> 48) & 0x0fff,
              (clock_seq >> 8) & 0x3f,
              clock_seq & 0xff,
              node)
    return UUID(fields=fields, version=1)


def _name_based(hash_constructor, namespace, name, version):
    # In 3.11 names must be str (bytes names arrived in 3.12): bytes(name, 'utf-8') rejects
    # everything else, bytes included, with "encoding without a string argument".
    name = _builtin_bytes(name, 'utf-8')
    digest = hash_constructor(namespace.bytes + name).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """A name-based UUID from the MD5 hash of a namespace UUID and a name."""
    return _name_based(hashlib.md5, namespace, name, 3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A name-based UUID from the SHA-1 hash of a namespace UUID and a name."""
    return _name_based(hashlib.sha1, namespace, name, 5)


# The namespaces defined in RFC 4122 appendix C.
NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
