s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.rfind("hello"), s.find("o", 5, 10))
print(s.index("world"), s.rindex("o"), s.count("l"), s.count("hello"), s.count(""), "".count(""))
print(s.find(""), s.rfind(""), s.find("", 100), "abc".find("c", -1), "abc".find("a", -10))
print("aaaa".count("aa"), "abcabc".count("abc", 1), "ababab".rfind("ab", 0, 5))
try:
    s.index("xyz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("xyz")
except ValueError as e:
    print(type(e).__name__, e)
print(s.startswith("hello"), s.startswith("world", 6), s.startswith(("x", "he")), s.endswith("python"), s.endswith(("a", "on")))
print(s.startswith("world", 6, 8), s.endswith("hello", 0, 5), "".startswith(""), "abc".endswith(""))
try:
    s.startswith(["he"])
except TypeError as e:
    print(type(e).__name__, e)
print("ell" in "hello", "" in "abc", "z" not in "abc")
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
