import math
print(math.sqrt(2), math.pow(2, 10), math.exp(1), math.log(100, 10), math.log1p(0), math.expm1(0))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(9.99), math.floor(10 ** 20 + 0.5))
print(math.gcd(48, 18), math.lcm(4, 6, 10), math.factorial(15), math.comb(52, 5), math.perm(10), math.isqrt(99))
print(math.dist([0, 0], [3, 4]), math.hypot(1, 1, 1), math.prod(range(1, 6), start=2))
print(round(math.sin(math.pi / 6), 12), round(math.tan(math.pi / 4), 12), math.asin(1), math.acos(1), math.atan(1))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.degrees(1), math.radians(90))
print(math.inf > 1e308, math.isnan(math.inf - math.inf), math.copysign(1, -0.0), math.nextafter(1, 2) > 1, math.ulp(1.0))
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]), math.remainder(10, 3), math.fmod(10, 3))
print(math.erf(0), math.gamma(5), math.lgamma(1))
for f in [lambda: math.log(-1), lambda: math.acos(2), lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.sqrt("x")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
