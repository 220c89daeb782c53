name = "world"
n = 42
pi = 3.14159265
print(f"hello {name}!", f"{n}", f"{n + 1}", f"{{literal}}")
print(f"{pi:.2f}", f"{n:5d}|", f"{n:<5d}|", f"{n:^7}|", f"{n:05d}", f"{n:x}", f"{n:#b}")
print(f"{name!r}", f"{name:>8}", f"{1234567:,}", f"{0.25:.1%}", f"{1e-7:g}", f"{12345.678:e}")
print(f"{n=}", f"{pi=:.3f}", f"{'nested'}", f"{[1, 2]}", f"{None}")
w = 6
print(f"{n:{w}}|", f"{-3.5:+.2f}", f"{3.0}", f"{1/3:.10}", format(255, "X"))
