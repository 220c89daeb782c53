package org.enginehost.python.runtime;

import java.util.Arrays;

/** Python {@code bytearray}: a mutable byte string. */
public final class PyByteArray extends BytesBase {
    public static final PyType TYPE = PyType.builtin("bytearray", PyByteArray::construct);
    static final PyType ITERATOR = PyType.builtin("bytearray_iterator", null);

    /** The parallel worker call that created this bytearray, or null (main); see {@link Ownership}. */
    public Object owner = Ownership.owner();

    public PyByteArray(byte[] data) {
        super(data, data.length);
    }

    @Override
    BytesBase make(byte[] b) {
        return new PyByteArray(b);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "bytearray(" + BytesBase.repr(data, size, true) + ")";
    }

    @Override
    public long pyHash() {
        throw PyErr.typeError("unhashable type: 'bytearray'");
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(Arrays.copyOf(data, size));
    }

    static PyObject construct(PyType type, PyObject[] a, String[] k) {
        return new PyByteArray(PyBytes.fromArgs("bytearray", a, k));
    }

    private void ensure(int n) {
        if (n > data.length) {
            data = Arrays.copyOf(data, Math.max(n, data.length * 2 + 8));
        }
    }

    public void append(int b) {
        if (Ownership.active) {
            Ownership.check(owner);
        }
        ensure(size + 1);
        data[size++] = (byte) b;
    }

    public void extend(byte[] b) {
        if (Ownership.active) {
            Ownership.check(owner);
        }
        ensure(size + b.length);
        System.arraycopy(b, 0, data, size, b.length);
        size += b.length;
    }

    void insert(long where, int b) {
        if (Ownership.active) {
            Ownership.check(owner);
        }
        long i = where;
        if (i < 0) {
            i += size;
            if (i < 0) {
                i = 0;
            }
        } else if (i > size) {
            i = size;
        }
        ensure(size + 1);
        System.arraycopy(data, (int) i, data, (int) i + 1, size - (int) i);
        data[(int) i] = (byte) b;
        size++;
    }

    int pop(long where) {
        if (Ownership.active) {
            Ownership.check(owner);
        }
        if (size == 0) {
            throw PyErr.indexError("pop from empty bytearray");
        }
        long i = where < 0 ? where + size : where;
        if (i < 0 || i >= size) {
            throw PyErr.indexError("pop index out of range");
        }
        int v = data[(int) i] & 0xff;
        System.arraycopy(data, (int) i + 1, data, (int) i, size - (int) i - 1);
        size--;
        return v;
    }

    void clear() {
        if (Ownership.active) {
            Ownership.check(owner);
        }
        data = new byte[0];
        size = 0;
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (Ownership.active) {
            Ownership.check(owner);
        }
        PyInt ik = key instanceof PySlice ? null : Index.orNull(key);
        if (ik != null) {
            long i = Index.position(ik, key);
            if (i < 0) {
                i += size;
            }
            if (i < 0 || i >= size) {
                throw PyErr.indexError("bytearray index out of range");
            }
            data[(int) i] = (byte) PyBytes.byteValue(value);
            return;
        }
        if (key instanceof PySlice) {
            byte[] src;
            if (value instanceof PyInt) {
                throw PyErr.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            } else if (value instanceof BytesBase) {
                src = ((BytesBase) value).toByteArray().clone();
            } else if (value instanceof PyStr) {
                throw PyErr.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            } else {
                src = PyBytes.fromArgs("bytearray", new PyObject[] {value}, null);
            }
            int[] r = ((PySlice) key).indices(size);
            if (r[2] == 1) {
                int lo = r[0];
                int hi = Math.max(lo, r[1]);
                byte[] out = new byte[size - (hi - lo) + src.length];
                System.arraycopy(data, 0, out, 0, lo);
                System.arraycopy(src, 0, out, lo, src.length);
                System.arraycopy(data, hi, out, lo + src.length, size - hi);
                data = out;
                size = out.length;
                return;
            }
            if (src.length != r[3]) {
                throw PyErr.valueError("attempt to assign bytes of size " + src.length + " to extended slice of size " + r[3]);
            }
            for (int k = 0, i = r[0]; k < r[3]; k++, i += r[2]) {
                data[i] = src[k];
            }
            return;
        }
        throw PyErr.typeError("bytearray indices must be integers or slices, not " + key.getType().name);
    }

    @Override
    public void delItem(PyObject key) {
        if (Ownership.active) {
            Ownership.check(owner);
        }
        PyInt ik = key instanceof PySlice ? null : Index.orNull(key);
        if (ik != null) {
            long i = Index.position(ik, key);
            if (i < 0) {
                i += size;
            }
            if (i < 0 || i >= size) {
                throw PyErr.indexError("bytearray index out of range");
            }
            pop(i);
            return;
        }
        if (key instanceof PySlice) {
            int[] r = ((PySlice) key).indices(size);
            boolean[] drop = new boolean[size];
            for (int k = 0, i = r[0]; k < r[3]; k++, i += r[2]) {
                drop[i] = true;
            }
            int j = 0;
            for (int i = 0; i < size; i++) {
                if (!drop[i]) {
                    data[j++] = data[i];
                }
            }
            size = j;
            return;
        }
        throw PyErr.typeError("bytearray indices must be integers or slices, not " + key.getType().name);
    }

    @Override
    public PyObject ibinop(int op, PyObject other) {
        if (Ownership.active) {
            Ownership.check(owner);
        }
        if (op == BinOp.INPLACE + BinOp.ADD) {
            if (!(other instanceof BytesBase)) {
                throw PyErr.typeError("can't concat " + other.getType().name + " to bytearray");
            }
            extend(((BytesBase) other).toByteArray());
            return this;
        }
        if (op == BinOp.INPLACE + BinOp.MUL && other instanceof PyInt) {
            byte[] r = repeat((PyInt) other);
            data = r;
            size = r.length;
            return this;
        }
        return binop(op, other);
    }
}
