s = "0123456789"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:-100:-1], s[:100])
print(s[0], s[-1], s[slice(1, 4)], s[slice(None, None, 3)])
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["1"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(s[True], "abc" * 3, "abc" * 0, "abc" * -1, 2 * "xy")
print(min("hello"), max("hello"), sorted("hello"), list(reversed("abc")))
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "abc" == "abc")
