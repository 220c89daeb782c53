s = "a€😀中"
print(len(s), [len(c) for c in s], [ord(c) for c in s], [hex(ord(c)) for c in s])
print(chr(65), chr(0x20AC), chr(0x1F600), chr(0), repr(chr(127)), repr(chr(0x10FFFF)))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print("ß".upper(), "ﬀ".upper(), "ŉ".upper(), "Σ".lower(), "ΟΔΟΣ".lower())
print(s[::-1], s[1], s[2:], s.encode("utf-8"), len(s.encode("utf-8")), len(s.encode("utf-16")))
print(ascii(s), repr(s), str(s))
print("é" == "e\u0301", len("e\u0301"), "\u00e9".isalpha())
print(sorted(["b", "a", "é", "Z", "😀", "中"]), "z" < "é" < "中" < "😀")
print("🙂".isprintable(), "\u200b".isprintable(), "\n".isprintable())
print("x😀y".find("y"), "x😀y".index("😀"), "😀" * 3, "a😀b".split("😀"))
