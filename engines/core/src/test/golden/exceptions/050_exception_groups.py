# PEP 654: ExceptionGroup, its split/subgroup/derive, except* and how groups are printed.
import re
import traceback


def clean(text):
    return re.sub(r"[^\s\"'<]*/(?=050_exception_groups\.py)", "", text)


for args in [("x",), (1, [ValueError()]), ("x", 5), ("x", []), ("x", [1]), ("x", [KeyboardInterrupt()])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
eg = ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
print(eg.args, eg.exceptions, eg.message, str(eg), repr(eg))
print(eg.split(ValueError))
print(eg.subgroup(lambda e: isinstance(e, TypeError)), eg.subgroup(KeyError))
print(eg.split((TypeError, ValueError)), eg.subgroup(ExceptionGroup) is eg)
print(isinstance(eg, Exception), ExceptionGroup.__mro__, issubclass(ExceptionGroup, BaseExceptionGroup))
print(eg.derive([KeyError("k")]), ExceptionGroup[int])


class Tagged(ExceptionGroup):
    def derive(self, excs):
        return Tagged(self.message + "!", excs)


t = Tagged("t", [ValueError(1), TypeError(2)])
print(repr(t.split(ValueError)[0]), type(t.subgroup(TypeError)).__name__)
try:
    eg.split(5)
except TypeError as e:
    print(e)


def run(f):
    try:
        f()
    except BaseException as e:
        print("->", repr(e))


def naked_unmatched():
    try:
        raise ValueError(1)
    except* TypeError:
        print("not here")


def naked_reraised():
    try:
        raise ValueError(1)
    except* ValueError:
        raise


def new_and_rest():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")


def two_clauses():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        print("handler", repr(e))
        raise
    except* (TypeError, OSError) as e:
        print("handler2", repr(e), repr(e.__context__) if e.__context__ else None)


def all_handled():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("values", e.exceptions)
    except* TypeError:
        print("types")
    else:
        print("else")
    finally:
        print("finally")
    print("after", "e" in dir())


def no_exception():
    try:
        print("body")
    except* ValueError:
        print("no")
    else:
        print("else ran")


def nested():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
        except* ValueError as e:
            try:
                raise ExceptionGroup("in", [KeyError(3)])
            except* KeyError as k:
                print("inner handler", repr(k))
    except* TypeError as t:
        print("outer handler", repr(t))


for f in (naked_unmatched, naked_reraised, new_and_rest, two_clauses, all_handled, no_exception, nested):
    run(f)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
for src in ("try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
            "try:\n    pass\nexcept*:\n    pass\n",
            "for i in []:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
            "for i in []:\n    try:\n        pass\n    except* ValueError:\n        for j in []:\n            break\n"):
    try:
        compile(src, "s.py", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)


def raises_group():
    raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError(3)])])


try:
    raises_group()
except ExceptionGroup as g:
    g.add_note("a note")
    print(clean("".join(traceback.format_exception(g))))
big = ExceptionGroup("big", [ValueError(i) for i in range(17)])
print("".join(traceback.format_exception(big)))
try:
    raises_group()
except* ValueError:
    raise RuntimeError("while handling")
