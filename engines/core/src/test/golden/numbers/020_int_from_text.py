# int() of text: the plain decimal fast path and everything it hands over (spaces CPython does and does not skip, signs, underscores, non-ASCII digits, long numerals, prefixes, other bases, bytes).
cases = ["12", "x7", "", "-40", "305", "4o4", "9999", "0", "-", "77", "1e3", " 8 ", "-75", "+5", " -0 ", "007",
         "\t\n42\r\x0b\x0c", "\x1c5", "5\x1f", "\u20035\u2003", "\u0665\u0661", "1_000", "_1", "1__0", "1_",
         "123456789012345678", "1234567890123456789", "-999999999999999999", "99999999999999999999999",
         "0x10", "0b1", " + 5", "+-5", "--5", "5 5", "\xa05", "٣"]
for c in cases:
    try:
        print(repr(c), int(c))
    except ValueError as e:
        print(repr(c), "ValueError", e)
for c in ["0x10", "0b101", "0o17", "010", "0", "00", "0_0", " 0X1f ", "1_0"]:
    try:
        print(repr(c), int(c, 0))
    except ValueError as e:
        print(repr(c), "ValueError", e)
for b in (2, 16, 36):
    for c in ["101", "ff", "zz", " -1a ", "0xff", "0b11"]:
        try:
            print(b, repr(c), int(c, b))
        except ValueError as e:
            print(b, repr(c), "ValueError", e)
print(int(b" 42 "), int(bytearray(b"-7")))
