print("%s and %r" % ("str", "str"))
print("%d|%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42, 42))
print("%f|%.2f|%10.3f|%-10.1f|%e|%.3E|%g|%G" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 31415.9, 0.00001, 1e20))
print("%x|%X|%#x|%o|%#o|%c|%c" % (255, 255, 255, 8, 8, 65, "z"))
print("%%|%s%%" % 50)
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s" % (1, ), "%s" % [1, 2], "%s %s" % ("a", "b"), "%s" % None)
print("%r" % "it's", "%a" % "é", "%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
print("%i %u" % (3.9, -2), "%d" % True, "%.0f %.0f" % (0.5, 1.5))
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", 1), ("%c", 1000000000)]:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
print(b"%s %d %x" % (b"bytes", 5, 255))
