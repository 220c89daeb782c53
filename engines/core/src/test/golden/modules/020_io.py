import io
s = io.StringIO()
s.write("hello ")
s.write("world\n")
print(s.getvalue(), end="")
print(s.tell())
s.seek(0)
print(repr(s.read(5)), repr(s.read()))
s2 = io.StringIO("a\nb\nc")
print(s2.readline(), s2.readlines(), s2.read() == "")
print(list(io.StringIO("x\ny\n")))
b = io.BytesIO()
b.write(b"\x00\x01")
b.write("é".encode())
print(b.getvalue(), b.tell(), len(b.getvalue()))
b.seek(1)
print(b.read(2), b.read())
b2 = io.BytesIO(b"line1\nline2\n")
print(b2.readline(), b2.readlines())
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
print(s3.getvalue())
s3.close()
try:
    s3.getvalue()
except ValueError as e:
    print(type(e).__name__, e)
w = io.TextIOWrapper(io.BytesIO(b"caf\xc3\xa9\n"), encoding="utf-8")
print(w.read(), end="")
