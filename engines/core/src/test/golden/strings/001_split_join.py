s = "  a b\tc\n d  "
print(s.split())
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("".split(), "".split(","), "   ".split(), " x ".split(" "))
print("a  b  c".split(" "), "a  b  c".split(None, 1), "a  b  c".rsplit(None, 1))
print("a::b::c".split("::"), "abc".split("abc"))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("line1\nline2\r\nline3\rline4".splitlines())
print("a\nb\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("x\x0by\x0cz\x1cw\u2028v".splitlines())
print(",".join(["a", "b", "c"]), "".join([]), "-".join("abc"), " ".join(map(str, range(3))))
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print("a=1&b=2".partition("&"), "abc".partition("x"), "a-b-c".rpartition("-"), "abc".rpartition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
