a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(1 << 0, 1 << 10, 1 << 64, 1024 >> 3, 1 >> 1, -1 >> 10, -16 >> 2)
print(-5 & 0xFF, -5 | 0, -5 ^ -1, -12 & -7)
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-1).bit_length())
print((255).bit_count(), (-7).bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1024).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
print(True & False, True | False, True ^ True, type(True & True).__name__, ~True)
print((5).as_integer_ratio(), (10).numerator, (10).denominator, (3).real, (3).imag, (3).conjugate())
