import re
m = re.match(r"(\w+) (\w+)", "Hello World extra")
print(m.group(), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end(2))
print(re.match(r"\d+", "abc123"), re.search(r"\d+", "abc123def").group(), re.fullmatch(r"\d+", "123").group(), re.fullmatch(r"\d+", "123a"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c3"), re.findall(r"x*", "axxb"))
print([m.group() for m in re.finditer(r"[aeiou]", "education")], [m.span() for m in re.finditer(r"\bis\b", "this is it is")])
print(re.sub(r"\s+", " ", "a   b \t\n c"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home ann@work"), re.sub("a", "b", "aaa", count=2))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"), re.subn("o", "0", "foo boo"))
print(re.sub(r"(?P<word>\w+)", r"<\g<word>>", "hi there"), re.sub(r"(a)(b)?", r"[\1\2]", "ab a"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b"), re.split(r"\s", "a b c", maxsplit=1), re.split("x", ""))
m = re.search(r"(?P<year>\d{4})-(?P<month>\d{2})", "date: 2024-03-15")
print(m.group("year"), m["month"], m.groupdict(), m.lastgroup, m.re.pattern)
pat = re.compile(r"^hello", re.IGNORECASE | re.MULTILINE)
print(pat.findall("Hello\nhello\nHELLO world\nsay hello"), pat.flags & re.IGNORECASE != 0)
print(re.findall(r"a.b", "a\nb axb", re.DOTALL), re.findall(r"a.b", "a\nb axb"))
verbose = re.compile(r"""
    (\d{3})   # area
    [-.]?     # sep
    (\d{4})   # number
""", re.VERBOSE)
print(verbose.search("call 555-1234 now").groups())
print(re.search(r"(a)(b)?(c)", "ac").groups(), re.search(r"(a)(b)?(c)", "ac").groups("-"))
print(re.findall(r"(\w)\1", "aabbcd eef"), re.search(r"(\w+) \1", "hello hello world").group())
print(re.findall(r"\d+?", "123"), re.findall(r"<.*?>", "<a><b>"), re.findall(r"<.*>", "<a><b>"))
print(re.escape("a.b*c?"), re.findall(r"(?i)abc", "ABC abc AbC"), re.match(r"(?=abc)a", "abc").group(), re.findall(r"\w+(?!\d)", "ab1 cd"))
print(re.findall(r"(?<=\$)\d+", "cost $40 and $5"), re.sub(r"^", "> ", "l1\nl2", flags=re.M))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print(type(e).__name__, e)
print(bool(re.match("", "x")), re.match("a|b", "b").group(), re.compile(r"\d").pattern)
print(re.findall(r"[^\W\d_]+", "héllo wörld 123 _x"), re.findall(r"\bw\w*", "word what wow"))
