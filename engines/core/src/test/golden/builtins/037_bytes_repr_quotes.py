# bytes and bytearray reprs pick their quotes alike, but bytearray's escapes every single quote,
# even inside double quotes, as CPython 3.11 does.
samples = [b"", b"x", b"a'", b'a"', b"a'\"", b"'", b'"', b"\\'", b"it's \"ok\"\n", bytes(range(0, 256, 17))]
for b in samples:
    print(repr(b), repr(bytearray(b)))
print(str(bytearray(b"a'")), ascii(bytearray(b"a'")), f"{bytearray(b'q')!r}")
