# errno: the names and numbers (Linux), errorcode, and the errno of the interpreter's own OSErrors.
import errno
import os

names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), len(errno.errorcode))
print([(n, getattr(errno, n)) for n in names])
print(sorted(errno.errorcode.items()) == sorted((getattr(errno, v), v) for v in errno.errorcode.values()))
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[errno.EWOULDBLOCK], errno.EDEADLK, errno.EOPNOTSUPP)
for call in (lambda: os.stat("087_no_such_file"), lambda: os.mkdir(".")):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, errno.errorcode[e.errno], e.errno == getattr(errno, errno.errorcode[e.errno]))
