# Every method of str, bytes and bytearray called with no arguments and with five: CPython's
# TypeError wording, which differs by how CPython parses each method's arguments.
import itertools
for v in ["abc", b"abc", bytearray(b"abc")]:
    for name in sorted(dir(type(v))):
        if name.startswith("__") or name in ("maketrans", "fromhex", "format", "format_map"):
            continue
        m = getattr(v if not isinstance(v, bytearray) else bytearray(v), name)
        for n in (0, 5):
            try:
                m(*(["a"] * n) if isinstance(v, str) else [b"a"] * n)
            except TypeError as e:
                print(type(v).__name__, name, n, "|", e)
            except Exception as e:
                print(type(v).__name__, name, n, "|", type(e).__name__)
for f in [lambda: len(1, 2), lambda: abs(), lambda: divmod(1), lambda: isinstance(1), lambda: ord("a", "b"), lambda: chr(),
          lambda: {}.get(), lambda: [].insert(1), lambda: {}.setdefault(), lambda: "a".replace("a")]:
    try:
        f()
    except TypeError as e:
        print(e)
