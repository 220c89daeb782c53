# The traceback module: formatting the handled exception, chains, limits, notes, stacks.
import io
import re
import sys
import traceback


def clean(text):
    # CPython names the script by its absolute path; keep the tests independent of the folder.
    return re.sub(r"[^\s\"'<]*/(?=070_traceback_module\.py)", "", text)


def inner(n):
    if n == 0:
        raise ValueError("deep")
    inner(n - 1)


def outer():
    try:
        inner(2)
    except ValueError as e:
        raise KeyError("wrapped") from e


try:
    outer()
except KeyError:
    text = traceback.format_exc()
    print(clean(text))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)
    print(clean(traceback.format_exc(chain=False)))
    print(clean(traceback.format_exc(limit=1)))
    print(clean(traceback.format_exc(limit=-1)))
    et, ev, tb = sys.exc_info()
    print(traceback.format_exception_only(et, ev), sys.exception() is ev)
    for fs in traceback.extract_tb(tb):
        print(clean(fs.filename), fs.lineno, fs.name, repr(fs.line), len(fs))
    print(clean("".join(traceback.format_tb(tb))))
    print(clean(repr(traceback.extract_tb(tb)[-1])))
print(sys.exception(), traceback.format_exc())

e = ValueError("with notes")
e.add_note("first note")
e.add_note("second")
print(traceback.format_exception_only(e))
print(traceback.format_exception(e))
print(traceback.format_exception(None), traceback.format_exception_only(None))


def where():
    return traceback.format_stack()


print(clean("".join(where())))
print([clean(f.filename) for f in traceback.extract_stack()][-1:], traceback.extract_stack()[-1].name)
try:
    compile("x = (1,\n", "snippet.py", "exec")
except SyntaxError as se:
    print("".join(traceback.format_exception_only(se)))


def rec(n):
    if n >= 25:
        raise ZeroDivisionError("bottom")
    rec(n + 1)


try:
    rec(0)
except ZeroDivisionError:
    print(clean(traceback.format_exc()))
print(traceback.format_list([("f.py", 3, "fn", "x = 1"), ("g.py", 9, "gn", None)]))
print(traceback.StackSummary.from_list([("a.py", 1, "m", "pass")]).format())
