b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1])
print(B'abc', b"\n\t\\")
print(b'\101\x42C')
print(list(b"AZ"))
print(b"a" b"b" b'c')
print(type(b"").__name__)
print(b"""multi
line""")
print(repr(b"'"), repr(b'"'), repr(b"'\""))
print(b"\u00e9")
print(bytes([0, 127, 128, 255]))
print(b"abc"[1:], b"abc"[::-1])
print(b"x" * 3, b"ab" + b"cd")
