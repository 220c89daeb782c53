package org.enginehost.python.runtime;

/** Python {@code bytes}: an immutable byte string. */
public class PyBytes extends BytesBase {
    public static final PyType TYPE = PyType.builtin("bytes", PyBytes::construct);
    static final PyType ITERATOR = PyType.builtin("bytes_iterator", null);
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    private long hash = -1;

    public PyBytes(byte[] data) {
        super(data, data.length);
    }

    @Override
    BytesBase make(byte[] b) {
        return new PyBytes(b);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public long pyHash() {
        long h = hash;
        if (h == -1) {
            h = 0;
            for (int i = 0; i < size; i++) {
                h = h * 1000003 + (data[i] & 0xff);
            }
            h ^= size;
            if (h == -1) {
                h = -2;
            }
            hash = h;
        }
        return h;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(pyHash());
    }

    /** {@code bytes(...)} and {@code bytearray(...)} argument handling: the resulting bytes. */
    static byte[] fromArgs(String tname, PyObject[] a, String[] k) {
        PyObject[] p = StrMethods.bind(tname, prepend(a), k, 0, true, "source", "encoding", "errors");
        PyObject src = p[0];
        if (src == null) {
            if (p[1] != null || p[2] != null) {
                throw PyErr.typeError(p[1] != null ? "encoding without a string argument" : "errors without a string argument");
            }
            return new byte[0];
        }
        if (tname.equals("bytes") && p[1] == null && p[2] == null && src.getType().heap
                && src.getType().lookup("__bytes__") != null) {
            PyObject r = src.getType().lookup("__bytes__").call(new PyObject[] {src}, null);
            if (!(r instanceof PyBytes)) {
                throw PyErr.typeError("__bytes__ returned non-bytes (type " + r.getType().name + ")");
            }
            return ((PyBytes) r).toByteArray().clone();
        }
        if (src instanceof PyStr) {
            if (p[1] == null) {
                throw PyErr.typeError("string argument without an encoding");
            }
            String enc = StrMethods.strArg(p[1], tname + "() argument 'encoding'");
            String err = p[2] == null ? "strict" : StrMethods.strArg(p[2], tname + "() argument 'errors'");
            return Codecs.encode(((PyStr) src).value, enc, err);
        }
        if (p[1] != null) {
            throw PyErr.typeError("encoding without a string argument");
        }
        if (p[2] != null) {
            throw PyErr.typeError("errors without a string argument");
        }
        if (src instanceof BytesBase) {
            return ((BytesBase) src).toByteArray().clone();
        }
        if (src instanceof PyMemoryView) {
            return ((PyMemoryView) src).toByteArray();
        }
        if (Index.has(src)) {
            long n = StrMethods.intArg(src);
            if (n < 0) {
                throw PyErr.valueError("negative count");
            }
            Memory.require(n, 1);
            return new byte[(int) n];
        }
        if (src instanceof PyFloat || src instanceof PyComplex) {
            throw PyErr.typeError("cannot convert '" + src.getType().name + "' object to " + tname);
        }
        PyObject it;
        try {
            it = src.iter();
        } catch (PyException e) {
            throw PyErr.typeError("cannot convert '" + src.getType().name + "' object to " + tname);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (x instanceof PyInt && (((PyInt) x).big != null || ((PyInt) x).value < 0 || ((PyInt) x).value > 255)) {
                throw PyErr.valueError("bytes must be in range(0, 256)");
            }
            out.write(byteValue(x));
        }
        return out.toByteArray();
    }

    /** An int item stored into bytes: 0..255 or ValueError / TypeError. */
    static int byteValue(PyObject x) {
        PyInt i = Index.of(x);
        if (i.big != null || i.value < 0 || i.value > 255) {
            throw PyErr.valueError("byte must be in range(0, 256)");
        }
        return (int) i.value;
    }

    private static PyObject[] prepend(PyObject[] a) {
        PyObject[] r = new PyObject[a.length + 1];
        r[0] = PyNone.NONE;
        System.arraycopy(a, 0, r, 1, a.length);
        return r;
    }

    static PyObject construct(PyType type, PyObject[] a, String[] k) {
        if (a.length == 1 && k == null && a[0].getType() == TYPE) {
            return a[0];
        }
        return new PyBytes(fromArgs("bytes", a, k));
    }
}
