# The warnings module: default filters, actions, registries, catch_warnings and formatting.
import io
import re
import sys
import warnings


def clean(text):
    return re.sub(r"[^\s\"'<]*/(?=071_warnings\.py)", "", text)


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


def noisy(i):
    warnings.warn(f"noisy {i % 2}")


buf = io.StringIO()
saved = sys.stderr
sys.stderr = buf
for i in range(4):
    noisy(i)
old_api()
old_api()
warnings.warn("plain")
warnings.warn(RuntimeWarning("an instance"))
sys.stderr = saved
print(clean(buf.getvalue()))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    noisy(0)
    noisy(0)
    warnings.warn("dep", DeprecationWarning)
    warnings.warn("bytes!", BytesWarning)
print([(str(w.message), w.category.__name__, w.lineno) for w in log])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", UserWarning)
    except UserWarning as e:
        print("raised", repr(e))
    warnings.filterwarnings("ignore", message="quiet.*")
    warnings.warn("quiet please")
    print("ignored")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.warn("future", FutureWarning)
print(len(log), [str(w.message) for w in log])
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  x = 1  "))
for bad in (lambda: warnings.simplefilter("loud"), lambda: warnings.warn("x", int),
            lambda: warnings.filterwarnings("ignore", category=int)):
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
out = io.StringIO()
warnings.showwarning("shown", UserWarning, "f.py", 10, file=out, line="code()")
print(repr(out.getvalue()))
