"""Base16, Base32, Base64, Ascii85 and Base85 data encodings for Enginehost (the CPython 3.11
`base64` API, written from its documentation).

The Base64 and hex work is delegated to `binascii`; the other alphabets are done here.
The command-line interface (`main`, `test`) is not provided.
"""

import binascii

__all__ = [
    "encode", "decode", "encodebytes", "decodebytes",
    "b64encode", "b64decode", "b32encode", "b32decode", "b32hexencode", "b32hexdecode",
    "b16encode", "b16decode", "b85encode", "b85decode", "a85encode", "a85decode",
    "standard_b64encode", "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode",
]

bytes_types = (bytes, bytearray)

# The legacy line-oriented interface writes lines of at most 76 characters, i.e. 57 input bytes.
MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


# ---------------------------------------------------------------------------------------------
# Argument conversion

def _decoder_input(s):
    """What every decoder accepts: a bytes-like object or a str of ASCII characters."""
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            # raised while handling the encode error, so the traceback shows both (as CPython's)
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                        % type(s).__name__) from None


def _encoder_input(s):
    """What the Base32/85 encoders accept: any bytes-like object (memoryview's own error otherwise)."""
    if isinstance(s, bytes_types):
        return s
    return memoryview(s).tobytes()


def _require_length(value, length):
    # CPython checks these with `assert`, so a wrong length is an AssertionError showing the value.
    if len(value) != length:
        raise AssertionError(repr(value))


def _byte_buffer(s):
    """The legacy functions take only one-dimensional buffers of single bytes (no str)."""
    try:
        view = memoryview(s)
    except TypeError as err:
        raise TypeError("expected bytes-like object, not %s" % type(s).__name__) from err
    if view.format not in ("c", "b", "B"):
        raise TypeError("expected single byte elements, not %r from %s"
                        % (view.format, type(s).__name__))
    if view.ndim != 1:
        raise TypeError("expected 1-D data, not %d-D data from %s" % (view.ndim, type(s).__name__))
    return s


# ---------------------------------------------------------------------------------------------
# Base64

_STANDARD_EXTRAS = b"+/"
_URLSAFE_EXTRAS = b"-_"


def b64encode(s, altchars=None):
    """Base64-encode a bytes-like object; altchars (2 bytes) replaces '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        _require_length(altchars, 2)
        encoded = encoded.translate(bytes.maketrans(_STANDARD_EXTRAS, altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode Base64; by default characters outside the alphabet are skipped, with validate=True
    anything but alphabet characters and correct trailing padding is an error."""
    data = _decoder_input(s)
    if altchars is not None:
        altchars = _decoder_input(altchars)
        _require_length(altchars, 2)
        data = data.translate(bytes.maketrans(altchars, _STANDARD_EXTRAS))
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    """Base64-encode with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode standard-alphabet Base64."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64-encode with '-' and '_' in place of '+' and '/'."""
    return b64encode(s).translate(bytes.maketrans(_STANDARD_EXTRAS, _URLSAFE_EXTRAS))


def urlsafe_b64decode(s):
    """Decode URL-safe Base64 (the standard '+' and '/' are still understood)."""
    data = _decoder_input(s).translate(bytes.maketrans(_URLSAFE_EXTRAS, _STANDARD_EXTRAS))
    return b64decode(data)


# ---------------------------------------------------------------------------------------------
# Base32 (RFC 4648): 5 bytes become 8 characters

_B32_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX_ALPHABET = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"

# padding characters at the end of the last 8-character group -> bytes that group carries
_B32_BYTES_FOR_PADDING = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _reverse_table(alphabet):
    """A 256-entry list mapping a byte to its digit value, None for bytes outside the alphabet."""
    table = [None] * 256
    for value, byte in enumerate(alphabet):
        table[byte] = value
    return table


_B32_VALUES = _reverse_table(_B32_ALPHABET)
_B32HEX_VALUES = _reverse_table(_B32HEX_ALPHABET)


def _b32_encode(alphabet, s):
    data = _encoder_input(s)
    out = bytearray()
    for start in range(0, len(data), 5):
        group = bytes(data[start:start + 5])
        used = (len(group) * 8 + 4) // 5  # characters that carry data bits
        value = int.from_bytes(group + bytes(5 - len(group)), "big")
        for shift in range(35, -1, -5):
            out.append(alphabet[(value >> shift) & 31])
        if used < 8:
            out[used - 8:] = b"=" * (8 - used)
    return bytes(out)


def _b32_decode(values, s, casefold, map01):
    data = _decoder_input(s)
    if len(data) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _decoder_input(map01)
        _require_length(map01, 1)
        data = data.translate(bytes.maketrans(b"01", b"O" + map01))
    if casefold:
        data = data.upper()
    digits = data.rstrip(b"=")
    padding = len(data) - len(digits)
    out = bytearray()
    for start in range(0, len(digits), 8):
        value = 0
        for byte in digits[start:start + 8]:
            digit = values[byte]
            if digit is None:  # '=' before the end lands here too
                raise binascii.Error("Non-base32 digit found")
            value = (value << 5) | digit
        value <<= 5 * (8 - len(digits[start:start + 8]))
        out += value.to_bytes(5, "big")
    if padding:
        kept = _B32_BYTES_FOR_PADDING.get(padding)
        if kept is None:
            raise binascii.Error("Incorrect padding")
        del out[kept - 5:]
    return bytes(out)


def b32encode(s):
    """Base32-encode a bytes-like object."""
    return _b32_encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32. casefold accepts lowercase; map01 maps digit 0 to 'O' and 1 to map01."""
    return _b32_decode(_B32_VALUES, s, casefold, map01)


def b32hexencode(s):
    """Base32-encode with the Extended Hex alphabet."""
    return _b32_encode(_B32HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    """Decode Base32 written with the Extended Hex alphabet."""
    return _b32_decode(_B32HEX_VALUES, s, casefold, None)


# ---------------------------------------------------------------------------------------------
# Base16

_B16_DIGITS = frozenset(b"0123456789ABCDEF")


def b16encode(s):
    """Hex-encode with uppercase digits."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode uppercase hex (lowercase too when casefold is true)."""
    data = _decoder_input(s)
    if casefold:
        data = data.upper()
    for byte in data:
        if byte not in _B16_DIGITS:
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(data)


# ---------------------------------------------------------------------------------------------
# Ascii85 and Base85: 4 bytes (one big-endian word) become 5 base-85 digits

_A85_DIGITS = bytes(range(33, 118))  # '!' .. 'u'
_B85_DIGITS = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
               b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_B85_VALUES = _reverse_table(_B85_DIGITS)
_A85_START = b"<~"
_A85_END = b"~>"
_MAX_WORD = 0xFFFFFFFF
_ZERO_WORD = 0
_SPACES_WORD = 0x20202020


def _word_digits(word, digits):
    """The five digits of a 32-bit word, most significant first."""
    out = bytearray(5)
    for position in range(4, -1, -1):
        word, remainder = divmod(word, 85)
        out[position] = digits[remainder]
    return bytes(out)


def _encode_85(data, digits, pad, fold_zeros, fold_spaces):
    """Encode word by word. A short last word is zero-filled; unless pad is set its digits are then
    cut to one more than its byte count (and it is never folded, since it was not really zero)."""
    short = -len(data) % 4
    filled = bytes(data) + bytes(short)
    groups = []
    last = len(filled) - 4
    for start in range(0, len(filled), 4):
        word = int.from_bytes(filled[start:start + 4], "big")
        foldable = pad or start != last or not short
        if fold_zeros and foldable and word == _ZERO_WORD:
            groups.append(b"z")
        elif fold_spaces and foldable and word == _SPACES_WORD:
            groups.append(b"y")
        else:
            groups.append(_word_digits(word, digits))
    if short and not pad:
        groups[-1] = groups[-1][:5 - short]
    return b"".join(groups)


def _wrap_lines(encoded, wrapcol, adobe):
    """Split into lines of wrapcol characters (at least 2 in Adobe mode, so '<~' stays whole);
    in Adobe mode the closing '~>' goes on its own line when it would not fit on the last one."""
    width = max(2 if adobe else 1, wrapcol)
    lines = [encoded[start:start + width] for start in range(0, len(encoded), width)]
    if adobe and len(lines[-1]) + 2 > wrapcol:
        lines.append(b"")
    return b"\n".join(lines)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85-encode: 'z' for zero words, 'y' for four spaces with foldspaces, lines of wrapcol
    characters, pad the input to whole words, and add Adobe's <~ ~> framing."""
    encoded = _encode_85(_encoder_input(b), _A85_DIGITS, pad, True, foldspaces)
    if adobe:
        encoded = _A85_START + encoded
    if wrapcol:
        encoded = _wrap_lines(encoded, wrapcol, adobe)
    if adobe:
        encoded += _A85_END
    return encoded


def _a85_word(values):
    word = 0
    for value in values:
        word = word * 85 + value
    if word > _MAX_WORD:
        raise ValueError("Ascii85 overflow")
    return word.to_bytes(4, "big")


def _strip_adobe_frame(data):
    if not data.endswith(_A85_END):
        raise ValueError("Ascii85 encoded byte sequences must end with %r" % (_A85_END,))
    if data.startswith(_A85_START):
        return data[2:-2]
    return data[:-2]


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\x0b"):
    """Decode Ascii85, skipping the bytes in ignorechars; 'y' means four spaces with foldspaces,
    and adobe requires the closing '~>' (the opening '<~' is optional)."""
    data = _decoder_input(b)
    if adobe:
        data = _strip_adobe_frame(data)
    out = bytearray()
    group = []
    for byte in data:
        if 33 <= byte <= 117:
            group.append(byte - 33)
            if len(group) == 5:
                out += _a85_word(group)
                group = []
        elif byte == 0x7A:  # 'z'
            if group:
                raise ValueError("z inside Ascii85 5-tuple")
            out += b"\0\0\0\0"
        elif byte == 0x79 and foldspaces:  # 'y'
            if group:
                raise ValueError("y inside Ascii85 5-tuple")
            out += b"    "
        elif byte in ignorechars:
            continue
        else:
            raise ValueError("Non-Ascii85 digit found: %c" % byte)
    if group:
        # a short last group stands for len(group) - 1 bytes; fill it with the highest digit
        kept = len(group) - 1
        out += _a85_word(group + [84] * (5 - len(group)))[:kept]
    return bytes(out)


def b85encode(b, pad=False):
    """Base85-encode (the alphabet of git and Mercurial binary diffs)."""
    return _encode_85(_encoder_input(b), _B85_DIGITS, pad, False, False)


def b85decode(b):
    """Decode Base85; a short last group is completed with the highest digit '~'."""
    data = _decoder_input(b)
    short = -len(data) % 5
    filled = bytes(data) + b"~" * short
    out = bytearray()
    for start in range(0, len(filled), 5):
        word = 0
        for position in range(start, start + 5):
            value = _B85_VALUES[filled[position]]
            if value is None:
                raise ValueError("bad base85 character at position %d" % position)
            word = word * 85 + value
        if word > _MAX_WORD:
            raise ValueError("base85 overflow in hunk starting at byte %d" % start)
        out += word.to_bytes(4, "big")
    if short:
        del out[-short:]
    return bytes(out)


# ---------------------------------------------------------------------------------------------
# The legacy interface: Base64 in lines of MAXLINESIZE characters, each ending in a newline

def encodebytes(s):
    """Base64-encode into newline-terminated lines of at most 76 characters."""
    _byte_buffer(s)
    lines = [binascii.b2a_base64(s[start:start + MAXBINSIZE])
             for start in range(0, len(s), MAXBINSIZE)]
    return b"".join(lines)


def decodebytes(s):
    """Decode Base64 written in lines (anything outside the alphabet is skipped)."""
    _byte_buffer(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Read a binary file to its end and write it Base64-encoded, in 76-character lines."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            return
        # a short read need not mean the end: fill the line before writing it
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Read Base64 lines from a binary file to its end and write the decoded bytes."""
    while True:
        line = input.readline()
        if not line:
            return
        output.write(binascii.a2b_base64(line))
