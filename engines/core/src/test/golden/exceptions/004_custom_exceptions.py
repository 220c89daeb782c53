class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(field, msg)
        self.field = field
        self.msg = msg
    def __str__(self):
        return f"{self.field}: {self.msg}"
class Quiet(AppError):
    def __repr__(self):
        return "Quiet!"
try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, e, e.args, e.field, repr(e))
e = AppError()
print(repr(e), str(e), e.args)
e = AppError("one")
print(repr(e), str(e), e.args)
e = AppError("a", 2, None)
print(repr(e), str(e), e.args)
print(repr(Quiet("x")), str(Quiet("x")))
print(repr(ValueError("msg")), str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(KeyError("a", "b")))
print(str(IndexError(5)), repr(OSError(2, "No such file")), str(OSError(2, "No such file")))
err = OSError(2, "No such file", "a.txt")
print(err.errno, err.strerror, err.filename, str(err), type(err).__name__)
class WithAttrs(Exception):
    code = 500
try:
    raise WithAttrs
except WithAttrs as e:
    print(type(e).__name__, e.code, e.args, repr(e))
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        pass
    except NotExc:
        pass
    print("uncaught except clause with non-exception class is fine if nothing raised")
except TypeError as e:
    print(type(e).__name__, e)
ex = ValueError("args")
ex.args = ("changed",)
print(ex)
print(ZeroDivisionError("custom msg"))
