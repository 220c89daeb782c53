s = "abc"
for w in [0, 2, 3, 4, 7, 8]:
    print(repr(s.center(w)), repr(s.ljust(w)), repr(s.rjust(w)), repr(s.center(w, "*")), repr(s.ljust(w, "-")), repr(s.rjust(w, "0")))
print("ab".center(5, "x"), "ab".center(6, "x"), "a".center(4, "x"), "abc".center(6, "x"))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "".zfill(3), "12345".zfill(3), "-".zfill(3))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".ljust("5")
except TypeError as e:
    print(type(e).__name__, e)
