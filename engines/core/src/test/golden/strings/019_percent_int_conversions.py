# %-formatting of ints at the edges of the machine-size range, every integer conversion with
# its flags, and the bool and float arguments %d accepts.
values = [0, 1, -1, 7, -255, 2**63 - 1, -2**63, -2**63 + 1, 2**63, -2**64 - 5, 10**30, -10**30]
for v in values:
    print("%d|%+d|% d|%i|%u" % (v, v, v, v, v))
    print("%x|%X|%o|%#x|%#X|%#o|%+#x" % (v, v, v, v, v, v, v))
    print("[%5.3d] [%-8x] [%08d] [%+08d] [%.25d]" % (v, v, v, v, v))
print("%d %d %x" % (True, False, True))
print("%d %i %d" % (3.99, -3.99, 1e20))
print("%(a)d %(b)05d %(c)#o" % {"a": -3, "b": 42, "c": 8})
for fmt, arg in [("%x", 3.5), ("%d", "7"), ("%o", None)]:
    try:
        print(fmt % arg)
    except TypeError as e:
        print("TypeError:", e)
