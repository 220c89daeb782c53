"""Values packed into and unpacked from C-style binary records for Enginehost (the CPython 3.11
`struct` API, written from its documentation and checked against CPython's results).

A format is an optional first character for byte order, size and alignment (@ native, = native
order with standard sizes, < little-endian, > and ! big-endian) followed by type codes, each with
an optional repeat count: x pad byte, c char, b/B signed/unsigned char, ? bool, h/H short, i/I
int, l/L long, q/Q long long, n/N ssize_t/size_t (native only), e half float, f float, d double,
s/p string, P pointer (native only).
"""

# Pure-Python implementation with CPython 3.11's behaviour on x86-64 Linux: native ('@') sizes
# and alignment of that platform (little-endian, long/size_t/pointers of 8 bytes), the same
# error types and messages, and exact IEEE-754 conversions for 'e', 'f' and 'd' done with integer
# arithmetic. A format is parsed once into a plan of packing and unpacking steps; plans are cached
# by format, and the module-level functions keep a cache of Struct objects as CPython does.
#
# Known difference: NaNs are packed with the canonical quiet payload (sign kept); CPython keeps
# the payload bits of a NaN it unpacked earlier.

from math import frexp as _frexp, ldexp as _ldexp, copysign as _copysign, inf as _inf, nan as _nan
from operator import index as _index

__all__ = [
    # Functions
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack',

    # Classes
    'Struct',

    # Exceptions
    'error'
    ]


class error(Exception):
    pass


error.__module__ = 'struct'

_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1
_SSIZE_MAX = _LONG_MAX
_NOARG = object()


# ---------------------------------------------------------------------------------------------
# Argument conversion

def _get_int(v):
    """get_pylong: an int, or the result of __index__; struct.error for anything else."""
    if isinstance(v, int):
        return v
    if hasattr(type(v), '__index__'):
        return _index(v)
    raise error('required argument is not an integer')


def _get_float(v):
    """PyFloat_AsDouble, with any failure reported as struct.error."""
    if type(v) is float:
        return v
    try:
        if isinstance(v, float):
            return float.__float__(v)
        t = type(v)
        if hasattr(t, '__float__'):
            r = t.__float__(v)
            if isinstance(r, float):
                return float.__float__(r)
        elif hasattr(t, '__index__'):
            return float(_index(v))
    except Exception:
        pass
    raise error('required argument is not a float')


# ---------------------------------------------------------------------------------------------
# IEEE-754 conversions with integer arithmetic

def _float_bits(x, mbits, ebits):
    """Bit pattern of float x in the binary format with mbits fraction bits and ebits exponent
    bits, rounded to nearest with ties to even; -1 if x is finite and too large for the format."""
    emask = (1 << ebits) - 1
    signbit = 1 << (mbits + ebits)
    if x != x:
        bits = (emask << mbits) | (1 << (mbits - 1))
        return bits | signbit if _copysign(1.0, x) < 0.0 else bits
    if x < 0.0:
        sign = signbit
        x = -x
    elif x == 0.0:
        return signbit if _copysign(1.0, x) < 0.0 else 0
    else:
        sign = 0
    if x == _inf:
        return sign | (emask << mbits)
    m, e = _frexp(x)                       # x = m * 2**e, 0.5 <= m < 1
    big = int(m * 9007199254740992.0)      # x = big * 2**(e - 53), exactly
    bias = (1 << (ebits - 1)) - 1
    exp = e - 1                             # exponent of the leading bit
    if exp < 1 - bias:
        exp = 1 - bias                      # subnormal in the target format
    shift = exp - mbits - (e - 53)          # bits of big below the target's last place
    if shift <= 0:
        n = big << -shift
    elif shift > 54:
        n = 0                               # below half the smallest subnormal
    else:
        n = big >> shift
        rem = big - (n << shift)
        half = 1 << (shift - 1)
        if rem > half or (rem == half and n & 1):
            n += 1
    if n >> (mbits + 1):                    # rounding carried into a new bit
        n >>= 1
        exp += 1
    if n >> mbits:
        biased = exp + bias
        if biased >= emask:
            return -1
        return sign | (biased << mbits) | (n - (1 << mbits))
    return sign | n


def _bits_float(bits, mbits, ebits):
    """The float whose bit pattern (in the binary format with mbits fraction bits and ebits
    exponent bits) is bits; exact, since every value of these formats is a double."""
    emask = (1 << ebits) - 1
    biased = (bits >> mbits) & emask
    frac = bits & ((1 << mbits) - 1)
    if biased == emask:
        x = _nan if frac else _inf
    elif biased == 0:
        x = _ldexp(float(frac), 2 - (1 << (ebits - 1)) - mbits)
    else:
        x = _ldexp(float(frac | (1 << mbits)), biased - (1 << (ebits - 1)) + 1 - mbits)
    if bits >> (mbits + ebits):
        return -x
    return x


def _double_bits(x):
    """Bit pattern of a double."""
    if x != x:
        return 0xFFF8000000000000 if _copysign(1.0, x) < 0.0 else 0x7FF8000000000000
    if x == 0.0:
        return (1 << 63) if _copysign(1.0, x) < 0.0 else 0
    sign = 0
    if x < 0.0:
        sign = 1 << 63
        x = -x
    if x == _inf:
        return sign | 0x7FF0000000000000
    m, e = _frexp(x)
    big = int(m * 9007199254740992.0)
    if e >= -1021:
        return sign | ((e + 1022) << 52) | (big - 4503599627370496)
    return sign | (big >> (-1021 - e))     # subnormal: the dropped bits are zero


def _bits_double(bits):
    biased = (bits >> 52) & 0x7FF
    frac = bits & 0xFFFFFFFFFFFFF
    if biased == 0x7FF:
        x = _nan if frac else _inf
    elif biased == 0:
        x = _ldexp(float(frac), -1074)
    else:
        x = _ldexp(float(frac | 0x10000000000000), biased - 1075)
    if bits >> 63:
        return -x
    return x


# ---------------------------------------------------------------------------------------------
# Packers: each takes the value and returns its bytes.

def _int_packer(size, order, lo, hi, msg, unsigned_conv):
    """An integer packer: a value outside the C conversion's range (long, or unsigned long for
    unsigned_conv) is 'argument out of range'; one inside it but outside [lo, hi] gets msg."""
    olo, ohi = (0, _ULONG_MAX) if unsigned_conv else (_LONG_MIN, _LONG_MAX)
    mask = (1 << (8 * size)) - 1

    def pack(v):
        if type(v) is not int:
            v = _get_int(v)
        if v < lo or v > hi:
            if v < olo or v > ohi:
                raise error('argument out of range')
            raise error(msg)
        return (v & mask).to_bytes(size, order)
    return pack


def _bigendian_ll_packer(signed):
    """'>q' and '>Q': the value goes through _PyLong_AsByteArray, whose OverflowError becomes
    'int too large to convert' for an int argument."""
    lo, hi = (_LONG_MIN, _LONG_MAX) if signed else (0, _ULONG_MAX)

    def pack(v):
        w = v if type(v) is int else _get_int(v)
        if w < lo or w > hi:
            if isinstance(v, int):
                raise error('int too large to convert')
            if w < 0 and not signed:
                raise OverflowError("can't convert negative int to unsigned")
            raise OverflowError('int too big to convert')
        return (w & _ULONG_MAX).to_bytes(8, 'big')
    return pack


def _pack_pointer(v):
    w = v if type(v) is int else _get_int(v)
    if w < _LONG_MIN or w > _ULONG_MAX:
        if isinstance(v, int):
            raise error('int too large to convert')
        if w < 0:
            raise OverflowError('Python int too large to convert to C long')
        raise OverflowError('Python int too large to convert to C unsigned long')
    return (w & _ULONG_MAX).to_bytes(8, 'little')


def _float_packer(mbits, ebits, order, code, overflow_error):
    """Packs 'e' (mbits 10) or 'f' (mbits 23). Too large a value raises OverflowError (or
    struct.error for an int argument), except for native 'f', where C's cast gives an infinity."""
    size = (1 + mbits + ebits) // 8
    message = 'float too large to pack with %s format' % code
    emask = (1 << ebits) - 1

    def pack(v):
        x = _get_float(v)
        bits = _float_bits(x, mbits, ebits)
        if bits < 0:
            if not overflow_error:
                bits = (emask << mbits) | (1 << (mbits + ebits) if x < 0.0 else 0)
            elif isinstance(v, int):
                raise error('int too large to convert')
            else:
                raise OverflowError(message)
        return bits.to_bytes(size, order)
    return pack


def _double_packer(order):
    def pack(v):
        return _double_bits(_get_float(v)).to_bytes(8, order)
    return pack


def _pack_bool(v):
    return b'\x01' if v else b'\x00'


def _pack_char(v):
    if isinstance(v, bytes) and len(v) == 1:
        return bytes(v)
    raise error('char format requires a bytes object of length 1')


def _string_packer(size):
    def pack(v):
        if not isinstance(v, (bytes, bytearray)):
            raise error("argument for 's' must be a bytes object")
        n = len(v)
        if n >= size:
            return bytes(v[:size])
        return bytes(v) + bytes(size - n)
    return pack


def _pascal_packer(size):
    def pack(v):
        if not isinstance(v, (bytes, bytearray)):
            raise error("argument for 'p' must be a bytes object")
        if size == 0:
            return b''
        n = len(v)
        if n > size - 1:
            n = size - 1
        return bytes((n if n < 255 else 255,)) + bytes(v[:n]) + bytes(size - 1 - n)
    return pack


# ---------------------------------------------------------------------------------------------
# Unpackers: each takes a bytes object and an offset and returns the value.

def _int_unpacker(size, order, signed):
    if signed:
        half = 1 << (8 * size - 1)
        full = 1 << (8 * size)

        def unpack(data, pos):
            x = int.from_bytes(data[pos:pos + size], order)
            return x - full if x >= half else x
    else:
        def unpack(data, pos):
            return int.from_bytes(data[pos:pos + size], order)
    return unpack


def _float_unpacker(mbits, ebits, order):
    size = (1 + mbits + ebits) // 8

    def unpack(data, pos):
        return _bits_float(int.from_bytes(data[pos:pos + size], order), mbits, ebits)
    return unpack


def _double_unpacker(order):
    def unpack(data, pos):
        return _bits_double(int.from_bytes(data[pos:pos + 8], order))
    return unpack


def _unpack_bool(data, pos):
    return data[pos] != 0


def _unpack_char(data, pos):
    return data[pos:pos + 1]


def _string_unpacker(size):
    def unpack(data, pos):
        return data[pos:pos + size]
    return unpack


def _pascal_unpacker(size):
    def unpack(data, pos):
        if size == 0:
            raise SystemError('Negative size passed to PyBytes_FromStringAndSize')
        n = data[pos]
        if n >= size:
            n = size - 1
        return data[pos + 1:pos + 1 + n]
    return unpack


# ---------------------------------------------------------------------------------------------
# Format tables: code -> (size, alignment, packer, unpacker). 's', 'p' and 'x' are handled by
# the parser; their entries only give size and alignment.

def _make_tables():
    L, B = 'little', 'big'
    I32 = "'%s' format requires -2147483648 <= number <= 2147483647"
    U32 = "'%s' format requires 0 <= number <= 4294967295"
    byte = (1, 1, _int_packer(1, L, -128, 127, 'byte format requires -128 <= number <= 127', False),
            _int_unpacker(1, L, True))
    ubyte = (1, 1, _int_packer(1, L, 0, 255, 'ubyte format requires 0 <= number <= 255', False),
             _int_unpacker(1, L, False))
    common = {'x': (1, 0, None, None), 's': (1, 1, None, None), 'p': (1, 1, None, None),
              'c': (1, 1, _pack_char, _unpack_char), '?': (1, 1, _pack_bool, _unpack_bool),
              'b': byte, 'B': ubyte}

    def i64(order, align):
        return (8, align, _int_packer(8, order, _LONG_MIN, _LONG_MAX, 'argument out of range', False),
                _int_unpacker(8, order, True))

    def u64(order, align):
        return (8, align, _int_packer(8, order, 0, _ULONG_MAX, 'argument out of range', True),
                _int_unpacker(8, order, False))

    # Native: x86-64 Linux. '<' and '=' share CPython's little-endian table, in which the codes
    # whose standard size equals the native one use the native packers (and their messages).
    short = (2, 2, _int_packer(2, L, -32768, 32767, 'short format requires -32768 <= number <= 32767', False),
             _int_unpacker(2, L, True))
    ushort = (2, 2, _int_packer(2, L, 0, 65535, 'ushort format requires 0 <= number <= 65535', False),
              _int_unpacker(2, L, False))
    int_ = (4, 4, _int_packer(4, L, -2147483648, 2147483647, I32 % 'i', False), _int_unpacker(4, L, True))
    uint = (4, 4, _int_packer(4, L, 0, 4294967295, U32 % 'I', True), _int_unpacker(4, L, False))
    half = (2, 2, _float_packer(10, 5, L, 'e', True), _float_unpacker(10, 5, L))
    double = (8, 8, _double_packer(L), _double_unpacker(L))
    native = dict(common)
    native.update({
        'h': short, 'H': ushort, 'i': int_, 'I': uint,
        'l': i64(L, 8), 'L': u64(L, 8), 'q': i64(L, 8), 'Q': u64(L, 8), 'n': i64(L, 8), 'N': u64(L, 8),
        'P': (8, 8, _pack_pointer, _int_unpacker(8, L, False)),
        'e': half, 'f': (4, 4, _float_packer(23, 8, L, 'f', False), _float_unpacker(23, 8, L)),
        'd': double,
    })

    little = dict(common)
    little.update({
        'h': short, 'H': ushort, 'i': int_, 'I': uint,
        'l': (4, 0, _int_packer(4, L, -2147483648, 2147483647, I32 % 'l', False), _int_unpacker(4, L, True)),
        'L': (4, 0, _int_packer(4, L, 0, 4294967295, U32 % 'L', True), _int_unpacker(4, L, False)),
        'q': i64(L, 0), 'Q': u64(L, 0),
        'e': half, 'f': (4, 0, _float_packer(23, 8, L, 'f', True), _float_unpacker(23, 8, L)),
        'd': double,
    })

    big = dict(common)
    big.update({
        'h': (2, 0, _int_packer(2, B, -32768, 32767, "'h' format requires -32768 <= number <= 32767", False),
              _int_unpacker(2, B, True)),
        'H': (2, 0, _int_packer(2, B, 0, 65535, "'H' format requires 0 <= number <= 65535", True),
              _int_unpacker(2, B, False)),
        'i': (4, 0, _int_packer(4, B, -2147483648, 2147483647, I32 % 'i', False), _int_unpacker(4, B, True)),
        'I': (4, 0, _int_packer(4, B, 0, 4294967295, U32 % 'I', True), _int_unpacker(4, B, False)),
        'l': (4, 0, _int_packer(4, B, -2147483648, 2147483647, I32 % 'l', False), _int_unpacker(4, B, True)),
        'L': (4, 0, _int_packer(4, B, 0, 4294967295, U32 % 'L', True), _int_unpacker(4, B, False)),
        'q': (8, 0, _bigendian_ll_packer(True), _int_unpacker(8, B, True)),
        'Q': (8, 0, _bigendian_ll_packer(False), _int_unpacker(8, B, False)),
        'e': (2, 0, _float_packer(10, 5, B, 'e', True), _float_unpacker(10, 5, B)),
        'f': (4, 0, _float_packer(23, 8, B, 'f', True), _float_unpacker(23, 8, B)),
        'd': (8, 0, _double_packer(B), _double_unpacker(B)),
    })
    return {'@': native, '=': little, '<': little, '>': big, '!': big}


_TABLES = _make_tables()
_NATIVE = _TABLES['@']


# ---------------------------------------------------------------------------------------------
# Parsing

class _Plan:
    """A parsed format: its size, the number of values it packs, and the steps that do it."""

    __slots__ = ('size', 'nitems', 'pack_steps', 'tail', 'unpack_steps', 'flat_packers', 'flat_unpackers')

    def __init__(self, size, nitems, pack_steps, tail, unpack_steps):
        self.size = size
        self.nitems = nitems
        self.pack_steps = pack_steps      # (padding bytes before, packer, repeat count)
        self.tail = tail                  # padding bytes after the last item
        self.unpack_steps = unpack_steps  # (offset, unpacker, repeat count, item size)
        # Short formats also get one packer per value (when there is no padding) and one
        # (unpacker, offset) per value, which pack and unpack with a single comprehension.
        self.flat_packers = None
        self.flat_unpackers = None
        if nitems <= _FLAT_LIMIT:
            if not tail and all(not pad for pad, _, _ in pack_steps):
                self.flat_packers = tuple(packer for _, packer, rep in pack_steps for _ in range(rep))
            self.flat_unpackers = tuple((unpacker, pos + k * itemsize)
                                        for pos, unpacker, rep, itemsize in unpack_steps for k in range(rep))


_FLAT_LIMIT = 64
_plans = {}


def _parse(fmt):
    """The plan for the format fmt, a str of byte values (ASCII already checked)."""
    if '\0' in fmt:
        raise error('embedded null character')
    n = len(fmt)
    i = 0
    table = _NATIVE
    if n and fmt[0] in '@=<>!':
        table = _TABLES[fmt[0]]
        i = 1
    aligned = table is _NATIVE
    size = 0
    nitems = 0
    pack_steps = []
    unpack_steps = []
    padded = 0       # end of the last item, for the padding before the next one
    while i < n:
        c = fmt[i]
        i += 1
        if c in ' \t\n\r\x0b\x0c':
            continue
        if '0' <= c <= '9':
            num = ord(c) - 48
            while i < n and '0' <= fmt[i] <= '9':
                num = num * 10 + ord(fmt[i]) - 48
                if num > _SSIZE_MAX:
                    raise error('total struct size too long')
                i += 1
            if i >= n:
                raise error('repeat count given without format specifier')
            c = fmt[i]
            i += 1
        else:
            num = 1
        entry = table.get(c)
        if entry is None:
            raise error('bad char in struct format')
        itemsize, align, packer, unpacker = entry
        if aligned and align > 1 and size > 0:
            size += (align - 1) - (size - 1) % align
            if size > _SSIZE_MAX:
                raise error('total struct size too long')
        if num > (_SSIZE_MAX - size) // itemsize:
            raise error('total struct size too long')
        if c == 's' or c == 'p':
            nitems += 1
            if c == 's':
                packer, unpacker = _string_packer(num), _string_unpacker(num)
            else:
                packer, unpacker = _pascal_packer(num), _pascal_unpacker(num)
            pack_steps.append((size - padded, packer, 1))
            unpack_steps.append((size, unpacker, 1, num))
            size += num
            padded = size
        elif c == 'x':
            size += num
        else:
            if num:
                nitems += num
                pack_steps.append((size - padded, packer, num))
                unpack_steps.append((size, unpacker, num, itemsize))
                size += num * itemsize
                padded = size
    return _Plan(size, nitems, tuple(pack_steps), size - padded,
                 tuple(unpack_steps))


def _plan(format):
    """The plan of a str or bytes format, from the cache when it was parsed before."""
    plan = _plans.get(format)
    if plan is not None and type(format) in (str, bytes):
        return plan
    if isinstance(format, str):
        text = format
        format.encode('ascii')
    else:
        text = format.decode('latin-1')
    plan = _parse(text)
    if type(format) in (str, bytes):
        if len(_plans) >= 1000:
            _plans.clear()
        _plans[format] = plan
    return plan


# ---------------------------------------------------------------------------------------------
# Buffers

def _readable(buffer):
    """(object to slice, length in bytes) of a bytes-like object."""
    if isinstance(buffer, (bytes, bytearray)):
        return buffer, len(buffer)
    try:
        view = memoryview(buffer)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__) from None
    if not view.contiguous:
        raise BufferError('memoryview: underlying buffer is not C-contiguous')
    if view.itemsize != 1 or view.ndim != 1:
        view = view.cast('B')
    return view, view.nbytes


def _writable(buffer):
    if isinstance(buffer, bytearray):
        return buffer, len(buffer)
    if not isinstance(buffer, (bytes, str)):
        try:
            view = memoryview(buffer)
        except TypeError:
            view = None
        if view is not None and not view.readonly:
            if not view.contiguous:
                raise BufferError('memoryview: underlying buffer is not C-contiguous')
            if view.itemsize != 1 or view.ndim != 1:
                view = view.cast('B')
            return view, view.nbytes
    raise TypeError('argument must be read-write bytes-like object, not %s' % type(buffer).__name__)


def _unpack(plan, data):
    """Unpacks data, a bytes object starting at the struct's first byte."""
    flat = plan.flat_unpackers
    if flat is not None:
        return tuple([unpacker(data, pos) for unpacker, pos in flat])
    out = []
    append = out.append
    for pos, unpacker, rep, itemsize in plan.unpack_steps:
        if rep == 1:
            append(unpacker(data, pos))
        else:
            for _ in range(rep):
                append(unpacker(data, pos))
                pos += itemsize
    return tuple(out)


def _pack(plan, args, start):
    """The packed bytes of args[start:] (whose number is checked already)."""
    flat = plan.flat_packers
    if flat is not None:
        if start:
            args = args[start:]
        return b''.join([packer(v) for packer, v in zip(flat, args)])
    out = []
    _pack_steps(plan, args, start, out)
    return b''.join(out)


def _pack_steps(plan, args, start, out):
    """Appends to out the packed bytes of args[start:], item by item."""
    append = out.append
    k = start
    for pad, packer, rep in plan.pack_steps:
        if pad:
            append(bytes(pad))
        if rep == 1:
            append(packer(args[k]))
            k += 1
        else:
            for _ in range(rep):
                append(packer(args[k]))
                k += 1
    if plan.tail:
        append(bytes(plan.tail))


# ---------------------------------------------------------------------------------------------
# Struct

class Struct:
    """A compiled format: pack and unpack without parsing the format again."""

    __slots__ = ('_format', '_plan', '__weakref__')

    def __init__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 1:
            raise TypeError('Struct() takes at most 1 argument (%d given)' % (len(args) + len(kwargs)))
        if args:
            format = args[0]
        elif 'format' in kwargs:
            format = kwargs['format']
        elif kwargs:
            raise TypeError("Struct() got an unexpected keyword argument '%s'" % next(iter(kwargs)))
        else:
            raise TypeError("Struct() missing required argument 'format' (pos 1)")
        if not isinstance(format, (str, bytes)):
            raise TypeError('Struct() argument 1 must be a str or bytes object, not %s'
                            % type(format).__name__)
        plan = _plan(format)
        object.__setattr__(self, '_plan', plan)
        object.__setattr__(self, '_format', format if type(format) is str
                           else str(format) if isinstance(format, str) else format.decode('ascii'))

    def __setattr__(self, name, value):
        if name == 'format' or name == 'size':
            raise AttributeError("attribute '%s' of '_struct.Struct' objects is not writable" % name)
        if type(self) is Struct:
            raise AttributeError("'_struct.Struct' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    @property
    def format(self):
        """The format this struct was made from."""
        return self._format

    @property
    def size(self):
        """The number of bytes this struct packs into."""
        return self._plan.size

    def pack(self, *args):
        """The values packed into bytes."""
        plan = self._plan
        if len(args) != plan.nitems:
            raise error('pack expected %d items for packing (got %d)' % (plan.nitems, len(args)))
        return _pack(plan, args, 0)

    def pack_into(self, *args):
        """Packs the values into a writable buffer, starting at offset."""
        plan = self._plan
        if len(args) != plan.nitems + 2:
            if not args:
                raise error('pack_into expected buffer argument')
            if len(args) == 1:
                raise error('pack_into expected offset argument')
            raise error('pack_into expected %d items for packing (got %d)' % (plan.nitems, len(args) - 2))
        buf, length = _writable(args[0])
        offset = args[1]
        if type(offset) is not int:
            offset = _index(offset)
        if offset < _LONG_MIN or offset > _LONG_MAX:
            raise IndexError("cannot fit 'int' into an index-sized integer")
        size = plan.size
        if offset < 0:
            if offset + size > 0:
                raise error('no space to pack %d bytes at offset %d' % (size, offset))
            if offset + length < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, length))
            offset += length
        if length - offset < size:
            raise error('pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d '
                        '(actual buffer size is %d)' % (size + offset, size, offset, length))
        out = []
        try:
            _pack_steps(plan, args, 2, out)
        except BaseException:
            # CPython zeroes the area and writes item by item: what was packed stays.
            done = b''.join(out)
            buf[offset:offset + size] = done + bytes(size - len(done))
            raise
        buf[offset:offset + size] = b''.join(out)

    def unpack(self, *args):
        """The tuple of values in buffer, which must be exactly size bytes."""
        if len(args) != 1:
            raise TypeError('Struct.unpack() takes exactly one argument (%d given)' % len(args))
        buffer = args[0]
        plan = self._plan
        if type(buffer) is bytes:
            if len(buffer) != plan.size:
                raise error('unpack requires a buffer of %d bytes' % plan.size)
            return _unpack(plan, buffer)
        buf, length = _readable(buffer)
        if length != plan.size:
            raise error('unpack requires a buffer of %d bytes' % plan.size)
        return _unpack(plan, bytes(buf))

    def unpack_from(self, buffer=_NOARG, offset=0):
        """The tuple of values at offset in buffer, which must hold at least size bytes from there."""
        if buffer is _NOARG:
            raise TypeError("unpack_from() missing required argument 'buffer' (pos 1)")
        return _unpack_from(self._plan, buffer, offset)

    def iter_unpack(self, *args):
        """An iterator of tuples, one per size bytes of buffer."""
        if len(args) != 1:
            raise TypeError('Struct.iter_unpack() takes exactly one argument (%d given)' % len(args))
        return _iter_unpack(self._plan, args[0])

    def __sizeof__(self):
        return object.__sizeof__(self) + 24 * len(self._plan.unpack_steps)


Struct.__module__ = '_struct'


def _unpack_from(plan, buffer, offset):
    buf, length = _readable(buffer)
    if type(offset) is not int:
        offset = _index(offset)
    if offset < _LONG_MIN or offset > _LONG_MAX:
        raise OverflowError('Python int too large to convert to C ssize_t')
    size = plan.size
    if offset < 0:
        if offset + size > 0:
            raise error('not enough data to unpack %d bytes at offset %d' % (size, offset))
        if offset + length < 0:
            raise error('offset %d out of range for %d-byte buffer' % (offset, length))
        offset += length
    if length - offset < size:
        raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d '
                    '(actual buffer size is %d)' % (size + offset, size, offset, length))
    if offset == 0 and length == size and type(buf) is bytes:
        return _unpack(plan, buf)
    return _unpack(plan, bytes(buf[offset:offset + size]))


class _unpack_iterator:
    __slots__ = ('_plan', '_buf', '_size', '_pos', '_end')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_struct.unpack_iterator' instances")

    def __iter__(self):
        return self

    def __next__(self):
        pos = self._pos
        if self._buf is None:
            raise StopIteration
        if pos + self._size > self._end:
            self._buf = None
            raise StopIteration
        self._pos = pos + self._size
        return _unpack(self._plan, bytes(self._buf[pos:pos + self._size]))

    def __length_hint__(self):
        if self._buf is None:
            return 0
        return (self._end - self._pos) // self._size


_unpack_iterator.__module__ = '_struct'
_unpack_iterator.__name__ = _unpack_iterator.__qualname__ = 'unpack_iterator'


def _iter_unpack(plan, buffer):
    buf, length = _readable(buffer)
    size = plan.size
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    if length % size:
        raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % size)
    it = object.__new__(_unpack_iterator)
    it._plan = plan
    it._buf = buf
    it._size = size
    it._pos = 0
    it._end = length
    return it


# ---------------------------------------------------------------------------------------------
# Module-level functions, with a cache of Struct objects by format

_MAXCACHE = 100
_cache = {}


def _clearcache():
    """Forgets the compiled formats kept for the module-level functions."""
    _cache.clear()


def _struct(format):
    s = _cache.get(format)
    if s is None:
        s = Struct(format)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[format] = s
    return s


def calcsize(*args):
    """The number of bytes the format packs into."""
    if len(args) != 1:
        raise TypeError('_struct.calcsize() takes exactly one argument (%d given)' % len(args))
    return _struct(args[0])._plan.size


def pack(*args):
    """The values packed into bytes as the format describes."""
    if not args:
        raise TypeError('missing format argument')
    plan = _struct(args[0])._plan
    if len(args) - 1 != plan.nitems:
        raise error('pack expected %d items for packing (got %d)' % (plan.nitems, len(args) - 1))
    return _pack(plan, args, 1)


def pack_into(*args):
    """Packs the values into a writable buffer, starting at offset."""
    if not args:
        raise TypeError('missing format argument')
    return _struct(args[0]).pack_into(*args[1:])


def unpack(*args):
    """The tuple of values in buffer, which must be exactly calcsize(format) bytes."""
    if len(args) != 2:
        raise TypeError('unpack expected 2 arguments, got %d' % len(args))
    return _struct(args[0]).unpack(args[1])


def unpack_from(format, /, buffer=_NOARG, offset=0):
    """The tuple of values at offset in buffer, which must hold at least calcsize(format) bytes from there."""
    if buffer is _NOARG:
        raise TypeError("unpack_from() missing required argument 'buffer' (pos 2)")
    return _unpack_from(_struct(format)._plan, buffer, offset)


def iter_unpack(*args):
    """An iterator of tuples, one per calcsize(format) bytes of buffer."""
    if len(args) != 2:
        raise TypeError('iter_unpack expected 2 arguments, got %d' % len(args))
    return _iter_unpack(_struct(args[0])._plan, args[1])
