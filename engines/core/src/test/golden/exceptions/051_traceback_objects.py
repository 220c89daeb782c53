# Traceback objects: tb_next links the entries from the handler's frame to the raising one, each
# with its frame (tb_frame: code, locals, line) and line (tb_lineno).
import sys


def inner(x):
    y = x * 2
    return 1 / (y - y)


def middle(n):
    label = "middle"
    return inner(n + 1)


def walk(tb):
    out = []
    while tb is not None:
        f = tb.tb_frame
        names = sorted(f.f_locals) if f.f_code.co_name != "<module>" else None
        out.append((f.f_code.co_name, tb.tb_lineno, names, isinstance(tb.tb_lasti, int)))
        tb = tb.tb_next
    return out


def catch():
    try:
        middle(20)
    except ZeroDivisionError as e:
        return e


e = catch()
print([n for n in dir(e.__traceback__) if not n.startswith("__")])
for entry in walk(e.__traceback__):
    print(entry)
inner_frame = e.__traceback__.tb_next.tb_next.tb_frame
print(inner_frame.f_locals, inner_frame.f_back.f_code.co_name, inner_frame.f_lineno)
try:
    e.__traceback__.tb_lineno = 3
except AttributeError as err:
    print(type(err).__name__)
