s = 'single'
d = "double"
t = """triple
quoted"""
u = '''also
triple'''
print(s, d, t, u)
print('tab\there', "new\\nline", 'quote\'s', "dq\"", '\x41\u00e9\N{GREEK SMALL LETTER ALPHA}')
print(r'raw\n', 'con' 'cat' "enated")
print("ab" + "cd", "ab" * 3, 3 * "x", "" * 5, "ab" * -1)
print("ell" in "hello", "z" in "hello", "z" not in "hello")
w = "hello world"
print(len(w), w[0], w[-1], w[4], w[1:5], w[:5], w[6:], w[::2], w[::-1], w[-5:-1])
print(repr("it's"), repr('say "hi"'), repr('both \' and "'), repr("nl\n"), repr("\x00\x7f"))
print(str(42), str(1.5), str(None), str(True), str([1, 'a']), repr('a'))
print("Hello".upper(), "Hello".lower(), "  pad  ".strip(), ",".join(["a", "b", "c"]))
print("a,b,,c".split(","), "  a  b ".split(), "hello".replace("l", "L"), "hello".find("l"))
print("abc" < "abd", "abc" == "abc", "B" < "a", "hello".startswith("he"), "hello".endswith("lo"))
for ch in "abc":
    print(ch, end="|")
print()
print(len("héllo"), "é" * 2, "日本語"[1])
