e = ValueError("a", "b")
print(e.args, len(e.args), str(e))
e2 = e.with_traceback(None)
print(e2 is e)
try:
    raise TypeError("typed")
except TypeError as err:
    print(err.__traceback__ is not None, err.__traceback__.tb_lineno)
class Rich(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
r = Rich("failure", 7)
print(r, r.code, r.args, repr(r))
ex = Exception("note test")
ex.add_note("first note")
ex.add_note("second note")
print(ex.__notes__)
print(isinstance(StopIteration(5).value, int), StopIteration(5).value, StopIteration().value)
print(KeyError("x").args, SystemExit(3).code, SystemExit().code, SystemExit("msg").code)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
print(BaseException.__subclasses__()[:0], Exception.__name__, BaseException.__base__.__name__)
