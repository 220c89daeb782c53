# A sys.excepthook that raises: CPython reports "Error in sys.excepthook:" with the hook's own
# traceback, then "Original exception was:" with the script's (checked here: the last line).
import sys


def hook(t, v, tb):
    print("hook runs first")
    raise ValueError("boom in hook")


sys.excepthook = hook
print("before")
raise KeyError("original")
