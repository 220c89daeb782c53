specs_int = ["", "d", "5d", "<5d", "^5d", ">5d", "*^7d", "+d", "-d", " d", "05d", "+06d", ",d", "_d", "_b", "b", "#b", "o", "#o", "x", "#x", "X", "#X", "c", "n", "e", ".2e", "f", "%", "=+8d", "08,d", "#010x"]
for spec in specs_int:
    print(repr(spec), repr(format(12345 if spec != "c" else 9731, spec)), repr(format(-42 if spec != "c" else 65, spec)))
specs_float = ["", "f", ".0f", ".3f", "10.2f", "<10.2f", "^10.2f", "+.1f", " .1f", "010.2f", ",.2f", "_.3f", "e", ".2e", "E", "g", ".3g", "G", ".10g", "%", ".1%", "#.0f", "#g", "n", ".2", "=10.1f", "F"]
for spec in specs_float:
    print(repr(spec), repr(format(1234.5678, spec)), repr(format(-0.000123, spec)), repr(format(float("inf"), spec)))
for v in [1e16, 1e-5, 123456789.0, 0.0, -0.0, 1.5e300, float("nan")]:
    print(format(v, ""), format(v, "g"), format(v, ".3g"), format(v, "e"), format(v, "F"))
for s in ["", "s", "10s", "<10", ">10", "^10", ".2", "*^10.3"]:
    print(repr(format("hello", s)))
for v, spec in [("x", "d"), (1.5, "d"), (3, "s"), ("x", ","), (1, ".2s"), (1, "z")]:
    try:
        format(v, spec)
    except ValueError as e:
        print(type(e).__name__, e)
