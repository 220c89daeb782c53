# io.BytesIO and io.TextIOWrapper: positions, seeking past the end, truncation, iteration,
# bytes-like writes, closed streams and the errors CPython gives.
import io

b = io.BytesIO(b"abc")
print(b.read(), b.tell(), b.read(), b.readable(), b.writable(), b.seekable())
b.seek(6)
b.write(b"z")
print(b.getvalue())
b.seek(-2, 2)
print(b.read(), b.seek(0, 1))
print(b.truncate(4), b.getvalue(), b.tell())
b.write(bytearray(b"XY"))
b.write(memoryview(b"!"))
print(b.getvalue())
try:
    b.write("text")
except TypeError as e:
    print("TypeError", e)
try:
    b.seek(-1)
except ValueError as e:
    print("ValueError", e)
lines = io.BytesIO(b"one\ntwo\nthree")
print([l for l in lines])
print(io.BytesIO(b"a\nbb\nccc\n").readlines(3))
with io.BytesIO(b"data") as c:
    print(c.read(2), c.closed)
print(c.closed)
for op in (c.read, c.getvalue, c.tell):
    try:
        op()
    except ValueError as e:
        print("ValueError", e)

raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding="utf-8")
print(w.write("héllo\n"), w.encoding)
w.flush()
print(raw.getvalue())
r = io.TextIOWrapper(io.BytesIO("ligne 1\r\nligne 2\nfin".encode("utf-8")), encoding="utf-8")
print(repr(r.readline()), r.readlines())
r2 = io.TextIOWrapper(io.BytesIO(b"x\ny\n"))
print(list(r2), r2.read() == "")
