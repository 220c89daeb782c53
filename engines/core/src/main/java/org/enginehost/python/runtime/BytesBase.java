package org.enginehost.python.runtime;

import java.util.Arrays;

/**
 * What {@code bytes} and {@code bytearray} share: a byte array (of which the first {@link #size}
 * bytes are the value), indexing, slicing, iteration, comparison, concatenation and repetition.
 * The methods live in {@link BytesMethods}.
 */
public abstract class BytesBase extends PyObject {
    byte[] data;
    int size;

    BytesBase(byte[] data, int size) {
        this.data = data;
        this.size = size;
    }

    /** A new object of the same kind as this one holding {@code b} (not copied). */
    abstract BytesBase make(byte[] b);

    /** The value as an exact-size array (shared for bytes, copied for bytearray). */
    public byte[] toByteArray() {
        return size == data.length && this instanceof PyBytes ? data : Arrays.copyOf(data, size);
    }

    public int size() {
        return size;
    }

    public int byteAt(int i) {
        return data[i] & 0xff;
    }

    /** The bytes as a Latin-1 string: one char per byte, handy for searching. */
    String latin1() {
        char[] cs = new char[size];
        for (int i = 0; i < size; i++) {
            cs[i] = (char) (data[i] & 0xff);
        }
        return new String(cs);
    }

    static byte[] fromLatin1(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        return b;
    }

    /** The bytes of a bytes-like argument, or a TypeError naming what was given. */
    static byte[] bytesOf(PyObject o) {
        if (o instanceof BytesBase) {
            return ((BytesBase) o).toByteArray();
        }
        if (o instanceof PyMemoryView) {
            return ((PyMemoryView) o).toByteArray();
        }
        throw PyErr.typeError("a bytes-like object is required, not '" + o.getType().name + "'");
    }

    @Override
    public String repr() {
        return repr(data, size);
    }

    @Override
    public String str() {
        return repr();
    }

    static String repr(byte[] data, int size) {
        return repr(data, size, false);
    }

    /**
     * The b'...' literal of the bytes; {@code alwaysEscapeSingleQuote} is bytearray's repr, which
     * in CPython 3.11 escapes a single quote even inside double quotes ({@code bytearray(b"a\'")}).
     */
    static String repr(byte[] data, int size, boolean alwaysEscapeSingleQuote) {
        boolean sq = false;
        boolean dq = false;
        for (int i = 0; i < size; i++) {
            if (data[i] == '\'') {
                sq = true;
            } else if (data[i] == '"') {
                dq = true;
            }
        }
        char quote = sq && !dq ? '"' : '\'';
        StringBuilder sb = new StringBuilder(size + 3);
        sb.append('b').append(quote);
        for (int i = 0; i < size; i++) {
            int c = data[i] & 0xff;
            if (c == quote || c == '\\' || (c == '\'' && alwaysEscapeSingleQuote)) {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    @Override
    public boolean isTrue() {
        return size > 0;
    }

    @Override
    public int len() {
        return size;
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyInt ik = key instanceof PySlice ? null : Index.orNull(key);
        if (ik != null) {
            long i = Index.position(ik, key);
            if (i < 0) {
                i += size;
            }
            if (i < 0 || i >= size) {
                throw PyErr.indexError(getType().name.equals("bytes") ? "index out of range" : "bytearray index out of range");
            }
            return PyInt.of(data[(int) i] & 0xff);
        }
        if (key instanceof PySlice) {
            int[] r = ((PySlice) key).indices(size);
            byte[] out = new byte[Math.max(0, r[3])];
            if (r[2] == 1) {
                System.arraycopy(data, r[0], out, 0, out.length);
            } else {
                for (int k = 0, i = r[0]; k < out.length; k++, i += r[2]) {
                    out[k] = data[i];
                }
            }
            return make(out);
        }
        throw PyErr.typeError(getType().name.equals("bytes") ? "byte indices must be integers or slices, not " + key.getType().name
                : "bytearray indices must be integers or slices, not " + key.getType().name);
    }

    @Override
    public PyObject iter() {
        int[] i = {0};
        return new PyJavaIterator(getType() == PyBytes.TYPE ? PyBytes.ITERATOR : PyByteArray.ITERATOR,
                () -> i[0] < size ? PyInt.of(data[i[0]++] & 0xff) : null);
    }

    @Override
    public boolean contains(PyObject v) {
        if (v instanceof PyInt) {
            long x = ((PyInt) v).big != null ? -1 : ((PyInt) v).value;
            if (x < 0 || x > 255) {
                throw PyErr.valueError("byte must be in range(0, 256)");
            }
            for (int i = 0; i < size; i++) {
                if ((data[i] & 0xff) == x) {
                    return true;
                }
            }
            return false;
        }
        byte[] n = bytesOf(v);
        return indexOf(data, size, n, 0, size) >= 0;
    }

    /** First index of {@code n} in {@code h[from..to)}, or -1. */
    static int indexOf(byte[] h, int hlen, byte[] n, int from, int to) {
        int last = to - n.length;
        outer:
        for (int i = from; i <= last; i++) {
            for (int j = 0; j < n.length; j++) {
                if (h[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public PyObject binop(int op, PyObject other) {
        int base = op >= BinOp.INPLACE ? op - BinOp.INPLACE : op;
        if (base == BinOp.ADD) {
            if (other instanceof PyMemoryView) {
                other = new PyBytes(((PyMemoryView) other).toByteArray());
            }
            if (!(other instanceof BytesBase)) {
                throw PyErr.typeError("can't concat " + other.getType().name + " to " + getType().name);
            }
            BytesBase o = (BytesBase) other;
            byte[] out = Arrays.copyOf(data, size + o.size);
            System.arraycopy(o.data, 0, out, size, o.size);
            return make(out);
        }
        if (base == BinOp.MUL && other instanceof PyInt) {
            return make(repeat((PyInt) other));
        }
        if (base == BinOp.MOD) {
            return make(PercentFormat.formatBytes(toByteArray(), other));
        }
        return null;
    }

    byte[] repeat(PyInt n) {
        long k = Sequences.repeatCount(n, size);
        if (k <= 0 || size == 0) {
            return new byte[0];
        }
        byte[] out = new byte[(int) (k * size)];
        ThreadState ts = ThreadState.currentOrDetached();
        for (int i = 0; i < k; i++) {
            ts.poll();
            System.arraycopy(data, 0, out, i * size, size);
        }
        return out;
    }

    @Override
    public PyObject rbinop(int op, PyObject other) {
        if (op == BinOp.MUL && other instanceof PyInt) {
            return make(repeat((PyInt) other));
        }
        return null;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof BytesBase)) {
            return null;
        }
        BytesBase o = (BytesBase) other;
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            boolean eq = size == o.size && Arrays.equals(data, 0, size, o.data, 0, o.size);
            return PyBool.of(eq == (op == CompareOp.EQ));
        }
        return PyBool.of(CompareOp.test(op, Arrays.compareUnsigned(data, 0, size, o.data, 0, o.size)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BytesBase && Arrays.equals(data, 0, size, ((BytesBase) o).data, 0, ((BytesBase) o).size);
    }
}
