import io
s = io.StringIO()
print(s.write("hello "), s.write("world\n"))
print(s.getvalue(), end="")
print(s.tell())
s.seek(0)
print(repr(s.read(5)), repr(s.read()))
s2 = io.StringIO("a\nb\nc")
print(s2.readline(), s2.readlines(), s2.read() == "")
print(list(io.StringIO("x\ny\n")))
import sys
old = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print("captured", 1, 2)
sys.stdout = old
print("captured text:", repr(buf.getvalue()))
s3 = io.StringIO("initial")
s3.seek(0, 2)
s3.write("+more")
print(s3.getvalue(), s3.closed)
s3.seek(3); print(s3.truncate(), s3.tell(), s3.getvalue())
s3.seek(10); s3.write("x"); print(repr(s3.getvalue()))
s3.close()
print(s3.closed)
try:
    s3.getvalue()
except ValueError as e:
    print(type(e).__name__, e)
s4 = io.StringIO("a\r\nb\rc", newline=None)
print(repr(s4.getvalue()), s4.readlines())
try:
    io.StringIO().write(5)
except TypeError as e:
    print(e)
print("x", file=s4); print(repr(s4.getvalue()))
s5 = io.StringIO("😀ab"); print(s5.read(1), s5.tell(), s5.read())
