# memoryview over bytes and bytearray: views, slices sharing the buffer, writes, release, errors
def t(f):
    try:
        r = f()
        print(repr(r) if not isinstance(r, memoryview) else ("mv", r.tolist()))
    except Exception as e:
        print(type(e).__name__, e)
def setit(o, k, v):
    o[k] = v
def delit(o, k):
    del o[k]
b = b"hello"
ba = bytearray(b"abcdef")
m = memoryview(b)
w = memoryview(ba)
t(lambda: (len(m), m[0], m[-1], m[1:3].tobytes(), m[::2].tolist(), m[::-1].tobytes(), m.readonly, w.readonly))
t(lambda: (m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.strides, m[::2].strides, m.obj is b, m[1:].obj is b, m.suboffsets))
t(lambda: (m.c_contiguous, m.f_contiguous, m.contiguous, m[::2].contiguous))
t(lambda: m[5]); t(lambda: m[-6]); t(lambda: m["a"]); t(lambda: m[1.0])
t(lambda: setit(m, 0, 1))
t(lambda: setit(w, 0, 256)); t(lambda: setit(w, 0, -1)); t(lambda: setit(w, 0, "a")); t(lambda: setit(w, 0, b"a"))
t(lambda: setit(w, slice(0, 2), b"xyz")); t(lambda: setit(w, slice(0, 2), [1, 2])); t(lambda: setit(w, slice(0, 2), "ab"))
t(lambda: delit(w, 0)); t(lambda: setit(w, 9, 1))
w[0] = 65; w[1:3] = b"XY"; w[4:6] = memoryview(b"__"); w[::5] = b"!?"
print(ba)
t(lambda: (m == b"hello", m == bytearray(b"hello"), m == memoryview(b"hello"), m == "hello", m != b"x", m == [104]))
t(lambda: (bytes(w), bytearray(m[1:4]), list(m), b"x" + m, bytearray(b"q") + m, b"-".join([m, w[:2]])))
t(lambda: (m.hex(), m.hex(":"), m.hex("-", 2), m.tobytes(), m.tolist(), hash(m) == hash(b"hello")))
t(lambda: hash(w))
t(lambda: memoryview("abc")); t(lambda: memoryview(5)); t(lambda: memoryview([1]));  t(lambda: memoryview())
t(lambda: memoryview(m)[1:].tobytes())
x = memoryview(b"abc")
x.release(); x.release()
t(lambda: len(x)); t(lambda: x[0]); t(lambda: x.tobytes()); t(lambda: x.readonly); t(lambda: x.nbytes); t(lambda: x.obj)
t(lambda: x == x); t(lambda: x == b"abc"); t(lambda: bytes(x)); t(lambda: x.format); t(lambda: x.hex())
with memoryview(bytearray(b"zz")) as y:
    print(y.tolist(), y.readonly)
t(lambda: y[0])
print(repr(y).startswith("<released memory at 0x"), repr(m).startswith("<memory at 0x"))
print(type(m).__name__, isinstance(m, memoryview), 104 in m, 5 in m, bool(memoryview(b"")))
t(lambda: m.toreadonly()); t(lambda: w.toreadonly().readonly)
t(lambda: memoryview(b"abc") < memoryview(b"abd"))
t(lambda: m[1:3][0]); t(lambda: m[10:20].tobytes()); t(lambda: m[1:4:2].tolist())
t(lambda: setit(w, slice(0, 4, 2), b"ab")); print(ba)
t(lambda: setit(w, slice(0, 4, 2), b"abc"))
t(lambda: str(b"ab".decode()) + str(memoryview(b"ab").tobytes().decode()))
