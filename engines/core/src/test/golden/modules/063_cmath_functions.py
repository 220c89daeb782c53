# cmath on finite arguments: CPython's results to the last digit, its errors, and __import__.
import cmath
for f in [lambda: cmath.log(2,1), lambda: cmath.log(0), lambda: cmath.sqrt('x'), lambda: cmath.exp(1000), lambda: cmath.rect(1, float('inf'))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(cmath.rect(2, 0), cmath.rect(-2.0, -0.0), cmath.sin(1+2j), cmath.tan(0.5-1j), cmath.tanh(800+1j), cmath.log(1j, 2), cmath.sqrt(-0.0-4j))
print(cmath.cos(1-1j), cmath.cosh(0.3+0.2j), cmath.sinh(-1j), cmath.log10(-100), cmath.exp(-1+3j), cmath.sqrt(3+4j), cmath.log(1e-320+1e-320j))
print(cmath.polar(-3-4j), cmath.phase(-0.0-1j), cmath.isclose(1, 1+1e-10j), cmath.isfinite(1+2j), cmath.e, cmath.tau, cmath.infj, cmath.nanj)
print(__import__("os.path").__name__, __import__("os.path", fromlist=["join"]).__name__)
try:
    cmath.isclose(1, 1, 0.1)
except TypeError:
    print("isclose: tolerances are keyword-only")
