# binascii and base64: hex, Base64 (lenient and strict decoding), Base32, Base16, Ascii85,
# Base85, uu and quoted-printable, CRCs, file and legacy interfaces, and CPython's errors.
import base64
import binascii
import io


def attempt(label, fn, *args, **kwargs):
    try:
        print(label, fn(*args, **kwargs))
    except (TypeError, ValueError, OverflowError, AssertionError) as e:
        print(label, type(e).__name__, e)


data = b"Enginehost \x00\xff\xfe binascii!"
views = (data, bytearray(data), memoryview(data))

# binascii: hex
print(binascii.hexlify(data), binascii.b2a_hex(b"\xb9\x01\xef"), binascii.hexlify(bytearray(b"\x00\x7f")))
print(binascii.hexlify(b"\xb9\x01\xef", ":"), binascii.b2a_hex(b"\xb9\x01\xef", b"_", 2),
      binascii.hexlify(b"abcde", "-", -2), binascii.hexlify(b"abcde", "-", 9), binascii.hexlify(data=b"ab", sep=" "))
print(binascii.unhexlify(b"b901EF"), binascii.a2b_hex("00ff"), binascii.unhexlify(memoryview(b"4142")))
for bad in ("abc", "zz", "é", 12, b"0 1 "):
    attempt("unhexlify", binascii.unhexlify, bad)
for sep, per in ((":", 1.5), ("", 1), ("ab", 1), (7, 1), (bytearray(b":"), 1), ("Ā", 1), (":", 2 ** 31)):
    attempt("hexlify sep", binascii.hexlify, b"abc", sep, per)

# binascii: base64 encoding, lenient decoding and strict_mode
for chunk in (b"", b"a", b"ab", b"abc", b"abcd", data):
    enc = binascii.b2a_base64(chunk)
    print(enc, binascii.b2a_base64(chunk, newline=False), binascii.a2b_base64(enc) == chunk)
print([binascii.a2b_base64(v) for v in (b"YWJj\n", "YW Jj", b"YQ==YWJj", b"Y!W\x80Jj", b"YQ=\n=", b"=YQ==", b"YWI=x", bytearray(b"YWJjZA=="))])
for bad in (b"Y", b"YQ", b"YQ=", b"YWJjZ", b"YWJjZA", b"=", "é", 3.5):
    attempt("a2b_base64", binascii.a2b_base64, bad)
for bad in (b"YQ==", b"=YQ==", b"YQ==x", b"Y Q==", b"YQ=a", b"YQ===", b"YWJj=", b"YWJjZ"):
    attempt("strict", binascii.a2b_base64, bad, strict_mode=True)
attempt("newline", binascii.b2a_base64, b"a", newline="yes")
attempt("b2a str", binascii.b2a_base64, "text")

# binascii: CRCs, uu and quoted-printable
print([binascii.crc32(v) for v in views], binascii.crc32(b"123456789"), binascii.crc32(b"6789", binascii.crc32(b"12345")))
print(binascii.crc32(b"a", -1), binascii.crc_hqx(b"123456789", 0xFFFF), binascii.crc_hqx(b"", 0x12345), binascii.crc_hqx(data, 0))
print(binascii.b2a_uu(b"Cat"), binascii.b2a_uu(b"", backtick=True), binascii.a2b_uu(binascii.b2a_uu(data)) == data, binascii.a2b_uu(b"#0V%T\n"))
print(binascii.b2a_qp(b"caf\xe9 = ok \nend\t"), binascii.b2a_qp(b"a b_c", header=True), binascii.a2b_qp(b"caf=E9 =3D ok=\nend"),
      binascii.a2b_qp(b"a_b=5F", header=True))
print(binascii.b2a_qp(b"x" * 80 + b"\r\nsecond line"))
for call in (lambda: binascii.crc32(), lambda: binascii.crc32(b"", 1, 2), lambda: binascii.crc_hqx(b"a"),
             lambda: binascii.crc32(b"a", 1.0), lambda: binascii.crc32("a"), lambda: binascii.unhexlify(hexstr="ab"),
             lambda: binascii.b2a_base64(data=b"a"), lambda: binascii.b2a_base64(b"a", True), lambda: binascii.hexlify(),
             lambda: binascii.hexlify(b"a", foo=1), lambda: binascii.a2b_base64(b"YQ==", data=b"x"),
             lambda: binascii.b2a_uu(b"a" * 46), lambda: binascii.a2b_uu(b"#\x7f"), lambda: binascii.a2b_uu(b"!00x")):
    attempt("call", call)
print(binascii.Error.__mro__[1].__name__, binascii.Incomplete.__mro__[1].__name__, binascii.Error.__module__)

# base64: Base64 flavours
print(base64.b64encode(data), base64.b64encode(b"\xfb\xff\xfe", altchars=b"-_"), base64.standard_b64encode(bytearray(b"\xfb\xff")))
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"), base64.urlsafe_b64decode(b"+//+"))
print(base64.b64decode("RW5naW5laG9zdA=="), base64.b64decode(b"RW5n\naW5l aG9z\tdA=="), base64.b64decode("-_8=", altchars="-_"),
      base64.standard_b64decode(memoryview(b"+/8=")))
for args, kwargs in ((("RW5n!aW5l",), {"validate": True}), (("RW5naW5l",), {"validate": True}), (("RW5naW5",), {}),
                     (("é",), {}), ((42,), {}), (("YQ==",), {"altchars": "-"}), ((b"x",), {"altchars": b"abc"})):
    attempt("b64decode", base64.b64decode, *args, **kwargs)
attempt("b64encode", base64.b64encode, "text")
attempt("b64encode", base64.b64encode, b"x", altchars=b"abc")

# base64: Base32, Base32hex and Base16
for chunk in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar"):
    print(base64.b32encode(chunk), base64.b32hexencode(chunk), base64.b16encode(chunk),
          base64.b32decode(base64.b32encode(chunk)) == chunk, base64.b32hexdecode(base64.b32hexencode(chunk)) == chunk)
print(base64.b32decode("mzxw6ytboi======", casefold=True), base64.b32decode(b"MZXW6YTB0I======", map01=b"L"),
      base64.b32decode(b"MZXW6YTB1I======", map01="I"), base64.b32hexdecode("cpnmuoj1e8======", True))
for args in ((b"mzxw6===",), (b"MZXW6==",), (b"MZXW6=====",), (b"MZXW0===",), (b"MZXW6Y1B",), ("é" * 8,), (b"MZXW6Y0B", False, b"LI")):
    attempt("b32decode", base64.b32decode, *args)
attempt("b32hexdecode", base64.b32hexdecode, b"CPNMUOJW")
attempt("b32encode", base64.b32encode, "text")
print(base64.b16encode(data), base64.b16decode("456E67"), base64.b16decode(b"456e67", casefold=True))
for bad in ("456e67", "456", "4G", 1.5):
    attempt("b16decode", base64.b16decode, bad)

# base64: Ascii85 and Base85
print(base64.a85encode(b"hello world"), base64.a85encode(b"\0\0\0\0    ", foldspaces=True), base64.a85encode(b"\0\0", pad=True))
print(base64.a85encode(data, adobe=True, wrapcol=10))
print(base64.a85decode(b"<~BOu!rD]j7BEbo7~>", adobe=True), base64.a85decode("BOu!r D]j7B\nEbo7"), base64.a85decode(b"zy", foldspaces=True))
for args, kwargs in (((b"BOu!rD]j7BEbo7",), {"adobe": True}), ((b"uuuuu",), {}), ((b"a z",), {}), ((b"ay",), {"foldspaces": True}), ((b"ab{",), {})):
    attempt("a85decode", base64.a85decode, *args, **kwargs)
print(base64.b85encode(b"hello world"), base64.b85encode(b"hello", pad=True), base64.b85decode(b"Xk~0{Zy<MXa%^M"),
      base64.b85decode(base64.b85encode(data)) == data)
for bad in (b'Xk~0{Zy<MXa%^"', b"~~~~~", "é"):
    attempt("b85decode", base64.b85decode, bad)
attempt("b85encode", base64.b85encode, 3)

# base64: the legacy and file interfaces
lines = base64.encodebytes(data * 4)
print(lines, base64.decodebytes(lines) == data * 4, base64.encodebytes(b""), base64.decodebytes(bytearray(b"YWJj")))
for bad in ("text", 5):
    attempt("encodebytes", base64.encodebytes, bad)
attempt("decodebytes", base64.decodebytes, "YWJj")
source = io.BytesIO(data * 5)
target = io.BytesIO()
base64.encode(source, target)
print(target.getvalue())
restored = io.BytesIO()
base64.decode(io.BytesIO(target.getvalue()), restored)
print(restored.getvalue() == data * 5, base64.MAXLINESIZE, base64.MAXBINSIZE)
print(sorted(base64.__all__))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print(type(e).__name__, isinstance(e, ValueError), e)

# base64: strict Base64 (validate=True hands over to binascii's strict mode) and alphabet options
for text in (b"YQ=a", b"YQ===", b"=YQ==", b"Y Q==", b"YWJj=", b"YWJjZA=", b"", b"YW=Jj", b"\xffYWJj"):
    attempt("validate", base64.b64decode, text, validate=True)
print(base64.b64decode(b"+/8=", altchars=b"-_", validate=True), base64.urlsafe_b64decode(bytearray(b"+/-_")),
      base64.b64decode("YWJj", b"-_"), base64.b64encode(b"\xfb\xff", altchars=memoryview(b"-_")))
for alt in ("-_", 5, b"", [45, 95]):
    attempt("b64encode altchars", base64.b64encode, b"\xfb\xff", altchars=alt)
for alt in (5, "\xe9_", b""):
    attempt("b64decode altchars", base64.b64decode, b"YQ==", altchars=alt)
attempt("b64decode validate", base64.b64decode, b"YQ==", validate="")
attempt("b64decode validate", base64.b64decode, b"YQ==", validate=None)
attempt("b64decode none", base64.b64decode, None)
attempt("urlsafe", base64.urlsafe_b64encode, "x")

# base64: every Base32 padding length, digits, casefold and map01
for text in (b"M", b"MY======", b"M=======", b"MZ======", b"MZX=====", b"MZXW====", b"MZXW6Y==", b"MZXW6YT=", b"========",
             b"MZ=W6===", b"M8X=====", b"MZXW6===MZXW6===", b"MZXW6YTB\n", b"ME======"):
    attempt("b32decode", base64.b32decode, text)
print(base64.b32decode(b"MZXW0===", map01=b"l", casefold=True), base64.b32decode(b"MZXW1===", map01=bytearray(b"L")),
      base64.b32decode(bytearray(b"mzxw6==="), casefold="yes"), base64.b32encode(memoryview(b"foo")), base64.b32hexencode(bytearray(b"foo")))
for map01 in (b"", b"LL", 5, "\xe9"):
    attempt("map01", base64.b32decode, b"MZXW0===", map01=map01)
attempt("map01 short", base64.b32decode, b"M", map01=b"")
attempt("b32hexdecode", base64.b32hexdecode, b"CPNMU===", map01=b"L")
attempt("b32hexdecode", base64.b32hexdecode, b"CPNMU0==")
attempt("b32encode", base64.b32encode, 5)
for text in ("", "456", "45 6", "4\n", b"\xff\xff"):
    attempt("b16decode", base64.b16decode, text)
print(base64.b16decode(bytearray(b"4142")), base64.b16decode(memoryview(b"41")), base64.b16encode(memoryview(b"\xab")))

# base64: Ascii85 folding, padding and line wrapping (Adobe framing included)
for chunk in (b"", b"a", b"abc", b"\0\0\0", b"   ", b"    ", b"\0" * 5, b"\xff" * 4):
    print(chunk, base64.a85encode(chunk), base64.a85encode(chunk, pad=True), base64.a85encode(chunk, foldspaces=True),
          base64.b85encode(chunk), base64.b85encode(chunk, pad=True))
for wrapcol in (1, 2, 3, 5, 75, -1, True, 2.0):
    print(wrapcol, base64.a85encode(bytes(range(20)), wrapcol=wrapcol, adobe=True))
print(base64.a85encode(b"abcdefgh", wrapcol=7, adobe=True), base64.a85encode(b"abcdefgh", wrapcol=12, adobe=True),
      base64.a85encode(b"", wrapcol=2, adobe=True), base64.a85encode(b"\0" * 12, wrapcol=1), base64.a85encode(b"a", wrapcol=None))
for wrapcol in (1.5, "2"):
    attempt("wrapcol", base64.a85encode, b"abcdefgh", wrapcol=wrapcol)
attempt("a85encode", base64.a85encode, b"a", True)
attempt("a85encode", base64.a85encode, "text")

# base64: Ascii85 and Base85 decoding errors, ignorechars and framing
for text in (b"@", b"!!", b"s8W-\"", b"u", b"uuuuu@:zE_W", b"uuuu{", b"@:E_Wz", b"@:E_Wv", b"\xff", b"~>", b"@/p9-"):
    attempt("a85decode", base64.a85decode, text)
for text in (b"<~@:E_W~>", b"@:E_W~>", b"<~", b"<~>", b"<~~>", b"<<~~>", b"<~@/~~>", b"<~@:E_W~> ", b"<~ @:E_W ~>"):
    attempt("adobe", base64.a85decode, text, adobe=True)
for ignore in (b":", b"", "x ", 5, [32], None):
    attempt("ignorechars", base64.a85decode, b"@:E_W ", ignorechars=ignore)
print(base64.a85decode(b"y", foldspaces=True, ignorechars=b"y"), base64.a85decode(b"y", ignorechars=b"y"),
      base64.a85decode(b"yz", foldspaces=True), base64.a85decode(memoryview(b"@:E_W")))
attempt("a85decode y", base64.a85decode, b"@y", foldspaces=True)
attempt("a85decode kw", base64.a85decode, b"@:E_W", foo=1)
for text in (b"V", b"VE", b"|NsC1", b"~", b"0000~", b"|NsC0|NsC1", b"VPa\xffs", b'~~~~~"', b'~~"~~', bytearray(b"VPa!s")):
    attempt("b85decode", base64.b85decode, text)
print(base64.b85encode(b"x", pad=[]), base64.b85encode(b"x", pad=[1]))
blob = bytes(range(256)) * 3
print([f(blob) == blob for f in (lambda d: base64.a85decode(base64.a85encode(d, wrapcol=40, adobe=True), adobe=True),
                                 lambda d: base64.b85decode(base64.b85encode(d)), lambda d: base64.b32decode(base64.b32encode(d)),
                                 lambda d: base64.b16decode(base64.b16encode(d)), lambda d: base64.urlsafe_b64decode(base64.urlsafe_b64encode(d)))])

# base64: legacy interface checks, line lengths and short reads from a stream
for value in (None, 3.0, bytearray(b"x" * 58), memoryview(b"x" * 114)):
    attempt("encodebytes", base64.encodebytes, value)
for value in (b"YW=Jj", b"YWJ", memoryview(b"YWJj")):
    attempt("decodebytes", base64.decodebytes, value)


class Trickle:
    """A binary reader that hands out at most 10 bytes per read (a short read is not the end)."""

    def __init__(self, payload):
        self.payload = payload

    def read(self, size=-1):
        piece, self.payload = self.payload[:min(size, 10)], self.payload[min(size, 10):]
        return piece


target = io.BytesIO()
print(base64.encode(Trickle(data * 7), target), target.getvalue().count(b"\n"), {len(line) for line in target.getvalue().split(b"\n")})
restored = io.BytesIO()
print(base64.decode(io.BytesIO(b"YWJj\nZGVm\n\nZw==\n"), restored), restored.getvalue())
for call in (lambda: base64.b64decode("\xe9"), lambda: base64.b64decode(5), lambda: base64.encodebytes(5)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, type(e.__context__).__name__, type(e.__cause__).__name__, e.__suppress_context__)
print(base64.bytes_types, sorted(name for name in base64.__all__ if not hasattr(base64, name)))
