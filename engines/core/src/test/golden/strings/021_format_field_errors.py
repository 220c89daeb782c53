# Malformed replacement fields in str.format and string.Formatter().parse get CPython's errors: after '!' the
# next character is the conversion whatever it is, an unterminated spec is an "unmatched '{'", a '[' index
# is skipped whole in the field name, and specs nest two levels at most.
class A:
    x = 5
d = {"k": 1, "}": 2, "0": 3}
cases = ["{a[}", "{a[0}x}", "{d[k]}", "{d[}]}", "{d[0]}", "{l[1]}", "{l[1}", "{a.x}", "{a.}", "{a..x}", "{0[}", "{0}{}",
         "{}{0}", "{a:{b[}}", "{a:{b}}", "{a:{{}}", "{{}}", "{", "}", "a{", "{}}", "{:{:{}}}", "{:{}}",
         "{[}", "{.x}", "{0.x}"]
for fmt in cases:
    try:
        print(repr(fmt), repr(fmt.format(7, 8, b=3, d=d, l=[10, 20])))
    except (ValueError, KeyError, IndexError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
print("{x}-{y}".format_map({"x": 1, "y": 2}))
for fmt in ["{a!}", "{a!s", "{a!rr}", "{a!", "{a!}}", "{a!x}", "{a!r:}", "{a!r:x", "{a", "{a:", "{a:{b}", "{0!}", "x{a!}y", "{a!:}", "{!}", "{a!!}", "{a!r }"]:
    try:
        print(repr(fmt), repr(fmt.format(1, a=1, b=3)))
    except (ValueError, KeyError, IndexError) as e:
        print(repr(fmt), type(e).__name__, e)
import string
f = string.Formatter()
for fmt in ["{a!}", "{a!s", "{a!rr}", "{a!", "{a!}}", "{a!x}", "{a!r:}", "{a!r:x", "{a", "{a:", "{a:{b}", "{0!}",
            "x{a!}y", "{a!:}", "{!}", "{a!!}", "{a!r }", "{a[}", "{d[}]}", "{", "}", "a{", "{}}", "{:{:{}}}", "ab{c}d{e!r:>{w}}f",
            "{{x}}", "{0[1].y}"]:
    try:
        print(repr(fmt), list(f.parse(fmt)))
    except ValueError as e:
        print(repr(fmt), type(e).__name__, e)
print(f.format("{:{:{}}}", 1, 2, 3) if False else "")
for fmt in ["{:{:{}}}", "{0:{1}}", "{a!r:{b}}"]:
    try:
        print(repr(fmt), f.format(fmt, 1, 5, 3, a="x", b=4))
    except (ValueError, IndexError) as e:
        print(repr(fmt), type(e).__name__, e)
