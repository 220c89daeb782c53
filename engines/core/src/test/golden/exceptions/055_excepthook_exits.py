# A sys.excepthook that raises SystemExit sets the exit status; one set back to the default
# (sys.__excepthook__) reports as usual; a SystemExit never reaches the hook.
import sys


def hook(t, v, tb):
    print("hook:", t.__name__)
    sys.exit(7)


sys.excepthook = print
sys.excepthook = sys.__excepthook__
sys.excepthook = hook
try:
    raise SystemExit(3)
except SystemExit as e:
    print("caught SystemExit", e.code)
raise LookupError("to the hook")
