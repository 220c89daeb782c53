a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b)
print(a ** 2, a ** 0.5, abs(a), -a, +a)
print(a == complex(3, 4), a != b)
print(a.real, a.imag, a.conjugate())
print(complex(2), complex(2.5, -1), complex("1-1j"), complex(" 2j "), complex())
print(repr(complex(0, 0)), repr(complex(-0.0, 0)), repr(complex(1, -0.0)))
print(complex(float("inf"), float("nan")))
print(1j * 1j, (1 + 1j) ** 2, 2 * (1 + 1j), (1 + 1j) + 1)
print(str(1e20j), repr(1.5e-10 + 2j))
for f in [lambda: a < b, lambda: a // b, lambda: a % b, lambda: int(a), lambda: complex("1+"), lambda: a / 0]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(hash(3 + 0j) == hash(3), complex(1, 2) == (1 + 2j))
print(pow(1j, 2), pow(2, 1j).real.__round__(6))
