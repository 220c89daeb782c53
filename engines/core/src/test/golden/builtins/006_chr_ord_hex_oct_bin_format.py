print(chr(97), chr(0x263A), ord("a"), ord("€"), ord("\U0001F600"))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
class Idx:
    def __index__(self):
        return 10
print(hex(Idx()), bin(Idx()), oct(Idx()), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10][Idx()], range(20)[Idx()])
for f in [lambda: hex(1.5), lambda: bin("1"), lambda: ord(1)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(format(3.14159, ".2f"), format(42), format(42, "b"), format("x", ">3"), format(1234567, ","), format(0.25, "%"))
print(format(True), format(None), format([1, 2]), format(1e100, ".3e"))
try:
    format(object(), "d")
except TypeError as e:
    print(type(e).__name__, e)
print(repr(format("", "")), format(-3, "05"), format(3, "x>5"))
