# repr(float) is the shortest decimal that reads back, the nearer of two candidates when both
# have that length. At a power of two the doubles below are half as far apart as those above, so
# the nearer candidate can fail to read back while the other one does (2**-24).
for k in range(-60, 61, 3):
    x = 2.0 ** k
    print(k, repr(x), repr(-x), repr(x * 3), repr(x / 3))
print(repr(2 ** -24), repr(2.0 ** -24 * 5), repr(5e-324), repr(2.2250738585072014e-308))
print(repr(1e23), repr(9007199254740993.0), repr(0.1 + 0.2), repr(1 / 3), repr(2e-7))
print([repr(m * 2.0 ** -40) for m in range(1, 40, 3)])
# ties between two shortest candidates go to the even digit
print(repr(0.0005083084106445312), repr(0.0007486343383789062))
# str() and f-strings use the same digits
print(str(2 ** -24), f"{2 ** -24}", f"{2 ** -24!r}", format(2 ** -24, ""), "%r" % (2 ** -24,))
