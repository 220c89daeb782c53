# \U escapes beyond U+10FFFF (also ones whose eight digits overflow 32 bits) and \x/\u/\U escapes with
# non-ASCII digits are SyntaxErrors, in plain string literals and in f-strings; the largest code point is fine.
sources = [
    r'"\U0010FFFF"', r'"\U00110000"', r'"\UF001F600"', r'"\UFFFFFFFF"', r'"\U80000000"',
    r'f"{1}\UF001F600"', r'f"\U00110000{2}"', r'f"\U0010ffff{3}"',
    '"\\x\uff14\uff11"', '"\\u\uff10\uff10\uff14\uff11"', 'f"\\x\uff14\uff11{4}"', '"\\x4\u0661"',
    r'b"\x41\x7f"', r'"\x41\u0042\U00000043"',
]
for src in sources:
    try:
        v = eval(src)
        print(ascii(src), "->", ascii(v))
    except SyntaxError as e:
        print(ascii(src), "SyntaxError:", e.msg)
