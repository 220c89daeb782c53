s = "héllo wörld €"
b = s.encode()
print(b, len(s), len(b))
print(s.encode("utf-8") == b, b.decode("utf-8") == s)
print(s.encode("latin-1", errors="replace"), s.encode("ascii", errors="ignore"), s.encode("ascii", "replace"))
print(s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
print("abc".encode("utf-16-le"), "abc".encode("utf-32-be"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff abc".decode("utf-8", "replace"), b"\xff abc".decode("utf-8", "ignore"), b"\xe9".decode("latin-1"))
print(b"caf\xc3\xa9".decode(), str(b"caf\xc3\xa9", "utf-8"), str(b"abc"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print("😀".encode("utf-8"), "😀".encode("utf-16-le"), len("😀".encode("utf-16-le")))
