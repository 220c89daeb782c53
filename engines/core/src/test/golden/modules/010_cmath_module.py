import cmath
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(-4 + 0j))
print(cmath.phase(-1), cmath.phase(1j), abs(cmath.exp(1j * cmath.pi) + 1) < 1e-15)
print(cmath.polar(1j), cmath.rect(2, 0))
print(cmath.isnan(complex(float("nan"), 0)), cmath.isinf(complex(float("inf"), 0)), cmath.isclose(1 + 1j, 1 + 1.0000000001j))
print(cmath.log(1), cmath.log10(100), cmath.pi == __import__("math").pi)
z = cmath.exp(complex(0, cmath.pi / 2))
print(round(z.real, 10), round(z.imag, 10))
