# An uncaught exception goes to the sys.excepthook the script installed: called with the type, the
# value and the traceback (whose last frame is the raising line), and the status stays 1.
import sys


def hook(t, v, tb):
    while tb.tb_next is not None:
        tb = tb.tb_next
    print("hook got", t.__name__, repr(v), "line", tb.tb_lineno, "in", tb.tb_frame.f_code.co_name)
    print("is __excepthook__ kept:", sys.__excepthook__ is not hook)
    print("hooked:", t.__name__, file=sys.stderr)


def fail(n):
    return n // 0


sys.excepthook = hook
print("before")
fail(3)
print("not reached")
