x = a @ b | c ^ d & e << f >> g
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 2; x **= 2; x @= m
x >>= 1; x <<= 1; x &= 1; x |= 1; x ^= 1
y = -x if +x else ~x
z = a is not b, a not in b, a in b
w = yield from gen()
