"""Binary data to and from ASCII encodings for Enginehost: hex, base64, uuencode,
quoted-printable, CRC-32 and CRC-CCITT (the CPython 3.11 `binascii` API, written from its
documentation and checked against CPython's results)."""

# CPython implements this module in C; its functions take positional arguments only (unless noted)
# and report argument errors in the C functions' words, which the helpers below reproduce.

from operator import index as _operator_index


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# Argument handling

_NOARG = object()


def _index(value):
    """An integer argument: anything with __index__ ('float' object cannot be interpreted...)."""
    if type(value) is int:
        return value
    return _operator_index(value)


def _c_int(value):
    value = _index(value)
    if value < -2147483648 or value > 2147483647:
        raise OverflowError("Python int too large to convert to C int")
    return value


def _flag(value):
    """A bool(accept={int}) parameter: an integer (bool included) taken as true when non-zero."""
    return _index(value) != 0


def _buffer(data):
    """A Py_buffer argument: bytes-like objects only; returns something indexable by byte."""
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return data.tobytes()
    if not isinstance(data, str):
        try:
            return memoryview(data).tobytes()
        except TypeError:
            pass
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _ascii_buffer(data):
    """An ascii_buffer argument: a bytes-like object or a str of ASCII characters."""
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode("ascii")
    if isinstance(data, memoryview):
        return data.tobytes()
    try:
        return memoryview(data).tobytes()
    except TypeError:
        pass
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'" % type(data).__name__)


def _parse(fname, args, kwargs, posonly, names, minpos, maxpos):
    """Argument Clinic's keyword parsing (_PyArg_UnpackKeywords): returns one value per name,
    _NOARG for optional ones not given, with CPython's messages for everything else."""
    nargs = len(args)
    nkw = len(kwargs)
    maxargs = len(names)
    if nargs + nkw > maxargs:
        raise TypeError("%s() takes at most %d %sargument%s (%d given)"
                        % (fname, maxargs, "keyword " if nargs == 0 else "", "" if maxargs == 1 else "s",
                           nargs + nkw))
    if nargs > maxpos:
        if maxpos == 0:
            raise TypeError("%s() takes no positional arguments" % fname)
        raise TypeError("%s() takes %s %d positional argument%s (%d given)"
                        % (fname, "at most" if minpos < maxpos else "exactly", maxpos,
                           "" if maxpos == 1 else "s", nargs))
    if nargs < min(posonly, minpos):
        raise TypeError("%s() takes %s %d positional argument%s (%d given)"
                        % (fname, "at least" if minpos < maxpos else "exactly", minpos,
                           "" if minpos == 1 else "s", nargs))
    values = list(args) + [_NOARG] * (maxargs - nargs)
    left = nkw
    for i in range(max(nargs, posonly), maxargs):
        if left and names[i] in kwargs:
            values[i] = kwargs[names[i]]
            left -= 1
        elif i < minpos:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (fname, names[i], i + 1))
    if left:
        for i in range(posonly, nargs):
            if names[i] in kwargs:
                raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                                % (fname, names[i], i + 1))
        for key in kwargs:
            if key not in names[posonly:]:
                raise TypeError("'%s' is an invalid keyword argument for %s()" % (key, fname))
    return values


def _no_keywords(fname, kwargs):
    if kwargs:
        raise TypeError("binascii.%s() takes no keyword arguments" % fname)


# ---------------------------------------------------------------------------------------------
# Hexadecimal

_HEXDIGITS = b"0123456789abcdefABCDEF"


def _hexlify(fname, args, kwargs):
    if len(args) == 1 and not kwargs:
        data, sep, per = args[0], _NOARG, 1
    else:
        data, sep, per = _parse(fname, args, kwargs, 0, ("data", "sep", "bytes_per_sep"), 1, 3)
    data = _buffer(data)
    if per is _NOARG:
        per = 1
    else:
        per = _c_int(per)
    text = data.hex()
    if sep is _NOARG:
        return text.encode("ascii")
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    if isinstance(sep, str):
        code = ord(sep)
        if code > 255:
            raise ValueError("sep must be ASCII.")
    elif isinstance(sep, bytes):
        code = sep[0]
    else:
        raise TypeError("sep must be str or bytes.")
    n = len(data)
    if per == 0 or n == 0:
        return text.encode("ascii")
    width = -per if per < 0 else per
    if width >= n:
        return text.encode("ascii")
    step = 2 * width
    total = 2 * n
    if per < 0:
        groups = [text[i:i + step] for i in range(0, total, step)]
    else:
        first = total % step
        groups = [text[:first]] if first else []
        groups += [text[i:i + step] for i in range(first, total, step)]
    return bytes([code]).join([g.encode("ascii") for g in groups])


def b2a_hex(*args, **kwargs):
    """The bytes as hex digits, two per byte (optionally grouped with sep); same as hexlify()."""
    return _hexlify("b2a_hex", args, kwargs)


def hexlify(*args, **kwargs):
    """The bytes as hex digits, two per byte (optionally grouped with sep); same as b2a_hex()."""
    return _hexlify("hexlify", args, kwargs)


def _unhexlify(fname, args, kwargs):
    _no_keywords(fname, kwargs)
    if len(args) != 1:
        raise TypeError("binascii.%s() takes exactly one argument (%d given)" % (fname, len(args)))
    data = _ascii_buffer(args[0])
    if len(data) % 2:
        raise Error("Odd-length string")
    if data.translate(None, _HEXDIGITS):
        raise Error("Non-hexadecimal digit found")
    return bytes.fromhex(data.decode("ascii"))


def a2b_hex(*args, **kwargs):
    """The bytes an even number of hex digits (either case) stand for; same as unhexlify()."""
    return _unhexlify("a2b_hex", args, kwargs)


def unhexlify(*args, **kwargs):
    """The bytes an even number of hex digits (either case) stand for; same as a2b_hex()."""
    return _unhexlify("unhexlify", args, kwargs)


# ---------------------------------------------------------------------------------------------
# Base64

_B64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_ALPHABET_PAD = _B64_ALPHABET + b"="
_B64_PAIRS = None               # 4096 two-character encodings of 12-bit values
_B64_VALUES = bytes.maketrans(_B64_ALPHABET, bytes(range(64)))
_B64_NOT_DATA = bytes(c for c in range(256) if c not in _B64_ALPHABET and c != 61)


def b2a_base64(*args, **kwargs):
    """The base64 encoding of the data, with a final newline unless newline is false."""
    global _B64_PAIRS
    if len(args) == 1 and not kwargs:
        data, newline = _buffer(args[0]), True
    else:
        data, newline = _parse("b2a_base64", args, kwargs, 1, ("data", "newline"), 1, 1)
        data = _buffer(data)
        newline = True if newline is _NOARG else _flag(newline)
    if _B64_PAIRS is None:
        chars = [bytes((c,)) for c in _B64_ALPHABET]
        _B64_PAIRS = [a + b for a in chars for b in chars]
    pairs = _B64_PAIRS
    n = len(data)
    full = n - n % 3
    out = []
    append = out.append
    for a, b, c in zip(data[0:full:3], data[1:full:3], data[2:full:3]):
        v = (a << 16) | (b << 8) | c
        append(pairs[v >> 12])
        append(pairs[v & 0xFFF])
    rest = n - full
    if rest == 1:
        v = data[full] << 4
        append(pairs[v] + b"==")
    elif rest == 2:
        v = (data[full] << 10) | (data[full + 1] << 2)
        append(pairs[v >> 6] + _B64_ALPHABET[v & 0x3F:(v & 0x3F) + 1] + b"=")
    if newline:
        append(b"\n")
    return b"".join(out)


def _b64_decode_values(values, count):
    """Bytes from `count` 6-bit values (count % 4 != 1); a trailing partial quad keeps only its
    whole bytes, as the C decoder does."""
    out = bytearray()
    full = count - count % 4
    for a, b, c, d in zip(values[0:full:4], values[1:full:4], values[2:full:4], values[3:full:4]):
        out += ((a << 18) | (b << 12) | (c << 6) | d).to_bytes(3, "big")
    rest = count - full
    if rest >= 2:
        out.append(((values[full] << 2) | (values[full + 1] >> 4)) & 0xFF)
        if rest == 3:
            out.append(((values[full + 1] << 4) | (values[full + 2] >> 2)) & 0xFF)
    return bytes(out)


def _a2b_base64_strict(data):
    if data and data[0] == 61:
        raise Error("Leading padding not allowed")
    n = len(data)
    pad = data.find(b"=")
    count = n if pad < 0 else pad
    if not data.translate(None, _B64_ALPHABET_PAD) and not data[count:].translate(None, b"="):
        # The usual shape, alphabet characters then '=' only: decided without a scan.
        quad = count % 4
        if quad >= 2 and n > count:
            if n - count > 4 - quad:
                raise Error("Excess data after padding")
            if n - count == 4 - quad:
                return _b64_decode_values(data[:count].translate(_B64_VALUES), count)
        return _b64_finish(data[:count].translate(_B64_VALUES))
    values = _B64_VALUES
    kept = bytearray()
    quad = 0
    pads = 0
    padding_started = False
    for i in range(n):
        c = data[i]
        if c == 61:
            padding_started = True
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if i + 1 < n:
                        raise Error("Excess data after padding")
                    return _b64_decode_values(kept, len(kept))
            continue
        if c not in _B64_ALPHABET:
            raise Error("Only base64 data is allowed")
        if padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        kept.append(values[c])
        quad = (quad + 1) & 3
    return _b64_finish(kept)


def _b64_finish(values):
    count = len(values)
    quad = count % 4
    if quad == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more "
                    "than a multiple of 4" % count)
    if quad:
        raise Error("Incorrect padding")
    return _b64_decode_values(values, count)


def a2b_base64(*args, **kwargs):
    """The bytes a base64 text stands for. By default characters outside the alphabet are skipped
    and data after the padding ignored; strict_mode=True rejects both."""
    if len(args) == 1 and not kwargs:
        data, strict = _ascii_buffer(args[0]), False
    else:
        data, strict = _parse("a2b_base64", args, kwargs, 1, ("data", "strict_mode"), 1, 1)
        data = _ascii_buffer(data)
        strict = False if strict is _NOARG else _flag(strict)
    if strict:
        return _a2b_base64_strict(data)
    # Everything outside the alphabet and '=' is skipped; a run of '=' ends the data when it
    # completes a quad that already has two or three characters, and is ignored otherwise.
    data = data.translate(None, _B64_NOT_DATA)
    pad = data.find(b"=")
    if pad < 0:
        return _b64_finish(data.translate(_B64_VALUES))
    n = len(data)
    parts = []
    count = 0
    start = 0
    while True:
        if pad < 0:
            parts.append(data[start:])
            break
        parts.append(data[start:pad])
        count += pad - start
        end = pad
        while end < n and data[end] == 61:
            end += 1
        quad = count % 4
        if quad >= 2 and quad + (end - pad) >= 4:
            values = b"".join(parts).translate(_B64_VALUES)
            return _b64_decode_values(values, len(values))
        start = end
        pad = data.find(b"=", start)
    return _b64_finish(b"".join(parts).translate(_B64_VALUES))


# ---------------------------------------------------------------------------------------------
# uuencode

def b2a_uu(*args, **kwargs):
    """One uuencoded line (length character, data, newline) for at most 45 bytes."""
    if len(args) == 1 and not kwargs:
        data, backtick = _buffer(args[0]), False
    else:
        data, backtick = _parse("b2a_uu", args, kwargs, 1, ("data", "backtick"), 1, 1)
        data = _buffer(data)
        backtick = False if backtick is _NOARG else _flag(backtick)
    n = len(data)
    if n > 45:
        raise Error("At most 45 bytes at once")
    out = bytearray()
    out.append(96 if backtick and not n else 32 + n)
    padded = bytes(data) + b"\0\0"
    for i in range(0, n, 3):
        v = (padded[i] << 16) | (padded[i + 1] << 8) | padded[i + 2]
        for shift in (18, 12, 6, 0):
            c = (v >> shift) & 0x3F
            out.append(96 if backtick and not c else 32 + c)
    out.append(10)
    return bytes(out)


def a2b_uu(*args, **kwargs):
    """The bytes one uuencoded line stands for."""
    _no_keywords("a2b_uu", kwargs)
    if len(args) != 1:
        raise TypeError("binascii.a2b_uu() takes exactly one argument (%d given)" % len(args))
    data = _ascii_buffer(args[0])
    n = len(data)
    size = ((data[0] if n else 0) - 32) & 0x3F
    out = bytearray()
    pos = 1
    left = 0
    bits = 0
    while len(out) < size:
        c = data[pos] if pos < n else 0
        if c == 10 or c == 13 or pos >= n:
            c = 0
        else:
            if c < 32 or c > 96:
                raise Error("Illegal char")
            c = (c - 32) & 0x3F
        pos += 1
        left = (left << 6) | c
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((left >> bits) & 0xFF)
            left &= (1 << bits) - 1
    while pos < n:
        c = data[pos]
        pos += 1
        if c != 32 and c != 96 and c != 10 and c != 13:
            raise Error("Trailing garbage")
    return bytes(out)


# ---------------------------------------------------------------------------------------------
# Quoted-printable

_MAXLINESIZE = 76
_UPPER_HEX = b"0123456789ABCDEF"


def a2b_qp(*args, **kwargs):
    """The bytes a quoted-printable text stands for (header=True also turns '_' into spaces)."""
    if len(args) == 1 and not kwargs:
        data, header = _ascii_buffer(args[0]), False
    else:
        data, header = _parse("a2b_qp", args, kwargs, 0, ("data", "header"), 1, 2)
        data = _ascii_buffer(data)
        header = False if header is _NOARG else _flag(header)
    out = bytearray()
    pos = 0
    while pos < len(data):
        c = data[pos]
        if c == 61:
            pos = _qp_unescape(data, pos + 1, out)
        else:
            out.append(32 if header and c == 95 else c)
            pos += 1
    return bytes(out)


def _qp_unescape(data, pos, out):
    """What follows an '=' at pos: a soft line break (dropped up to its newline), '==', two hex
    digits, or nothing special (the '=' stays). Returns where decoding goes on."""
    n = len(data)
    if pos >= n:
        return pos                              # a lone '=' at the very end is dropped
    c = data[pos]
    if c == 10 or c == 13:
        end = data.find(b"\n", pos)
        return n if end < 0 else end + 1
    if c == 61:
        out.append(61)
        return pos + 1
    if pos + 1 < n and c in _HEXDIGITS and data[pos + 1] in _HEXDIGITS:
        out.append(int(bytes(data[pos:pos + 2]), 16))
        return pos + 2
    out.append(61)
    return pos


class _QpLines:
    """Output of b2a_qp: keeps lines under the 76-character limit with soft breaks ('=' + eol)."""

    def __init__(self, eol):
        self.out = bytearray()
        self.eol = eol
        self.width = 0

    def soft_break_for(self, size):
        if self.width + size >= _MAXLINESIZE:
            self.out += b"=" + self.eol
            self.width = 0

    def quoted(self, c):
        self.soft_break_for(3)
        self.out += b"=%02X" % c
        self.width += 3

    def plain(self, c, break_allowed):
        if break_allowed:
            self.soft_break_for(1)
        self.out.append(c)
        self.width += 1

    def hard_break(self):
        # Whitespace must not end a line: the decoder would not see it.
        if self.out and self.out[-1] in (9, 32):
            last = self.out.pop()
            self.out += b"=%02X" % last
        self.out += self.eol
        self.width = 0


def _qp_must_quote(data, pos, at_line_start, quotetabs, istext, header):
    c = data[pos]
    last = pos + 1 == len(data)
    if c > 126 or c == 61 or (header and c == 95):
        return True
    if c == 46 and at_line_start and (last or data[pos + 1] in (0, 10, 13)):
        return True                             # a line holding only '.' ends SMTP's DATA
    if c == 10 or c == 13:
        return not istext
    if c == 9 or c == 32:
        return quotetabs or last
    return c < 33


def b2a_qp(*args, **kwargs):
    """The quoted-printable encoding of the data; quotetabs also encodes spaces and tabs,
    istext treats line ends as text line ends, header encodes spaces as '_'."""
    if len(args) == 1 and not kwargs:
        data, quotetabs, istext, header = _buffer(args[0]), False, True, False
    else:
        data, quotetabs, istext, header = _parse("b2a_qp", args, kwargs, 0,
                                                 ("data", "quotetabs", "istext", "header"), 1, 4)
        data = _buffer(data)
        quotetabs = False if quotetabs is _NOARG else _flag(quotetabs)
        istext = True if istext is _NOARG else _flag(istext)
        header = False if header is _NOARG else _flag(header)
    first_newline = data.find(b"\n")
    crlf = first_newline > 0 and data[first_newline - 1] == 13
    lines = _QpLines(b"\r\n" if crlf else b"\n")
    n = len(data)
    pos = 0
    while pos < n:
        c = data[pos]
        if _qp_must_quote(data, pos, lines.width == 0, quotetabs, istext, header):
            lines.quoted(c)
            pos += 1
        elif istext and (c == 10 or (c == 13 and pos + 1 < n and data[pos + 1] == 10)):
            lines.hard_break()
            pos += 2 if c == 13 else 1
        else:
            more_on_line = pos + 1 < n and data[pos + 1] != 10
            lines.plain(95 if header and c == 32 else c, more_on_line)
            pos += 1
    return bytes(lines.out)


# ---------------------------------------------------------------------------------------------
# CRCs

def _make_crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


def _make_crc_hqx_table():
    table = []
    for n in range(256):
        c = n << 8
        for _ in range(8):
            c = ((c << 1) ^ 0x1021) & 0xFFFF if c & 0x8000 else (c << 1) & 0xFFFF
        table.append(c)
    return table


_CRC32_TABLE = None
_CRC_HQX_TABLE = None


def crc32(*args, **kwargs):
    """The CRC-32 checksum of the data, continuing from the checksum value (default 0)."""
    global _CRC32_TABLE
    _no_keywords("crc32", kwargs)
    n = len(args)
    if n < 1:
        raise TypeError("crc32 expected at least 1 argument, got %d" % n)
    if n > 2:
        raise TypeError("crc32 expected at most 2 arguments, got %d" % n)
    data = _buffer(args[0])
    crc = _index(args[1]) & 0xFFFFFFFF if n == 2 else 0
    if _CRC32_TABLE is None:
        _CRC32_TABLE = _make_crc32_table()
    table = _CRC32_TABLE
    crc ^= 0xFFFFFFFF
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def crc_hqx(*args, **kwargs):
    """The CRC-CCITT (XMODEM) checksum of the data, continuing from the checksum value."""
    global _CRC_HQX_TABLE
    _no_keywords("crc_hqx", kwargs)
    if len(args) != 2:
        raise TypeError("crc_hqx expected 2 arguments, got %d" % len(args))
    data = _buffer(args[0])
    crc = _index(args[1]) & 0xFFFF
    if _CRC_HQX_TABLE is None:
        _CRC_HQX_TABLE = _make_crc_hqx_table()
    table = _CRC_HQX_TABLE
    for b in data:
        crc = ((crc << 8) & 0xFF00) ^ table[(crc >> 8) ^ b]
    return crc

