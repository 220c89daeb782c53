a = 2 ** 200
print(a)
print(a + 1, a - 1)
print(a * a)
print(a // 3, a % 3)
print(-a // 7, -a % 7)
print(len(str(3 ** 1000)))
print(10 ** 30 // 10 ** 15)
f = 1
for i in range(1, 41):
    f *= i
print(f)
print(f.bit_length(), (-f).bit_length())
print(a > 10 ** 60, a == 2 ** 200, a != a + 1)
print(int("9" * 50) + 1)
print(-(10 ** 20) // 3, -(10 ** 20) % 3)
print(pow(2, 1000) % 1000007)
print((2 ** 64) >> 3, (2 ** 64) << 10, (2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1)
print(~(2 ** 70), -(2 ** 70) >> 3)
print(hex(2 ** 100), oct(2 ** 65), bin(2 ** 70))
print(abs(-(2 ** 80)), 2 ** 80 / 2 ** 79)
print(float(2 ** 80), int(1e20), int(1.5e300) == 15 * 10 ** 299)
try:
    float(2 ** 2000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2 ** 2000 / 3
except OverflowError as e:
    print(type(e).__name__, e)
print((2 ** 2000) // (2 ** 1990))
