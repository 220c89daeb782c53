# sys.stdin with nothing to read (the corpus runs every program with stdin from /dev/null):
# the text stream's attributes, its reads at end of input, and its errors.
import io
import sys

s = sys.stdin
print(repr(s))
print(s.name, s.mode, s.encoding, s.closed)
print(s.readable(), s.writable())
print(repr(s.read()), repr(s.readline()), s.readlines(), list(s))
print(repr(s.read(5)), repr(s.readline(2)), repr(s.read(None)))
print(sys.__stdin__ is s)
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
try:
    s.write("x")
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
try:
    s.read("2")
except TypeError as e:
    print(type(e).__name__, e)
for line in s:
    print("never", line)
# the same io.UnsupportedOperation as a read-only file's
with open("082_sys_stdin.py") as f:
    try:
        f.write("x")
    except io.UnsupportedOperation as e:
        print("file:", type(e).__name__, e, isinstance(e, OSError))
