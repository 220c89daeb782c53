import re
it = re.finditer(r"[aeiou]", "education")
print(next(it), next(it).span())
print(re.compile('a+', re.I | re.M), re.compile("x"), re.compile(r"(?i)x").flags, re.compile("a").flags)
m = re.match(r"(?P<a>x)(?P<b>y)?", "xz")
print(m, m.lastindex, m.lastgroup, m.groupdict(), m.groupdict("d"), m.expand(r"[\g<a>|\1]"), m.regs, m.pos, m.endpos, m.string)
for bad in ["a**", "*a", "[abc", "(?P<1>x)", r"\q", "a)", "(?P=nope)", "x{2,1}", r"(a)\2"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("err", e, e.pos, e.msg)
p = re.compile(r"\d+")
print(p.search("ab12cd34", 4), p.match("ab12", 2), p.findall("1 22 333", 2, 6), p.fullmatch("123", 0, 2))
print(re.split(r"\b", "a b"), re.sub("x*", "-", "abxd"), re.findall(r"\w+", "héllo 😀 wörld"), re.search("d", "😀abd").span())
print(re.sub(r"(\d)", r"\1\n", "a1b"), re.escape("a-b c\n~"), re.match("a{,2}", "aaa").group(), re.match("a{x", "a{x").group())
print(re.findall(r"(a)|b", "ab"), re.split(r"(a)|b", "xaybz"), re.match(r"\A\w+\Z", "abc\n"), re.match(r"\w+$", "abc\n"))
