b = b"Hello, World"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.split(b", "), b.split(), b"a b  c".split(), b.replace(b"l", b"L"), b.find(b"o"), b.rfind(b"o"), b.count(b"l"))
print(b.startswith(b"He"), b.endswith((b"x", b"ld")), b.index(b"W"), b.strip(b"Hd"), b"  x ".strip())
print(b"-".join([b"a", b"b"]), b.partition(b", "), b.center(16, b"*"), b.ljust(14, b"."), b.zfill(14))
print(b.hex(), bytes.fromhex("48 65 6c"), b.hex(":"), b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b" ".isspace())
print(b[0], b[-1], b[1:4], b[::-1], list(b[:3]), b * 2, b + b"!", b"o" in b, 111 in b)
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(5)), bytes(b"copy"))
print(b.decode(), repr(b"\x00\t\n\r\x7f\x80"), b"abc" < b"abd", b"a" == "a")
for f in [lambda: bytes([256]), lambda: bytes("x"), lambda: b"a" + "b", lambda: bytes.fromhex("zz"), lambda: b"abc".index(b"z")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"a,b".rsplit(b",", 1), b"x\ny\n".splitlines())
print(b"%d-%s" % (1, b"x"), b"ab".removeprefix(b"a"), b"abc".expandtabs(), bytes.maketrans(b"", b"")[:5])
