# atexit: functions run after the script's last statement, last registered first, with their
# arguments; unregister removes every registration of a function; errors in one do not stop the
# others (they are reported on stderr, which the corpus does not compare).
import atexit


def say(*args, **kwargs):
    print("say", args, sorted(kwargs.items()))


def fails():
    raise ValueError("ignored at exit")


def never():
    print("never printed")


print(atexit.register(say, 1, 2, k=3) is say)
atexit.register(never)
atexit.register(fails)
atexit.register(say, "second")
atexit.register(never)
atexit.unregister(never)
for bad in (5, None):
    try:
        atexit.register(bad)
    except TypeError as e:
        print(type(e).__name__, e)
atexit.register(lambda: print("registered last, runs first"))
print("end of script")
