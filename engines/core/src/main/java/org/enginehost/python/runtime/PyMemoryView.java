package org.enginehost.python.runtime;

import java.util.Arrays;

/**
 * Python {@code memoryview} over the bytes of a {@code bytes} or {@code bytearray} (format 'B',
 * one dimension). A view is a window {@code start, start+step, ...} ({@link #length} items) onto
 * the exporter's storage: slicing makes another window onto the same storage, and writes through a
 * view of a bytearray change the bytearray.
 *
 * <p>Unlike CPython, a bytearray may still be resized while views of it exist (the JVM has no
 * reference counts that would tell when a view is gone); a view whose window no longer fits the
 * resized bytearray raises BufferError when used.
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = PyType.builtin("memoryview", PyMemoryView::construct);
    static final PyType ITERATOR = PyType.builtin("memory_iterator", null);
    private static final String RELEASED = "operation forbidden on released memoryview object";

    /** The exporting object: a bytes or bytearray. */
    public final BytesBase obj;
    private final int start;
    private final int step;
    private final int length;
    public final boolean readonly;
    private volatile boolean released;

    private PyMemoryView(BytesBase obj, int start, int step, int length, boolean readonly) {
        this.obj = obj;
        this.start = start;
        this.step = step;
        this.length = length;
        this.readonly = readonly;
    }

    /** {@code memoryview(b)}: a view of all of the bytes or bytearray {@code b}. */
    public static PyMemoryView of(BytesBase b) {
        return new PyMemoryView(b, 0, 1, b.size, !(b instanceof PyByteArray));
    }

    /**
     * A new, unreleased view of the same storage and window: what another interpreter receives
     * when this view is shared with it.
     */
    public PyMemoryView shareView() {
        checkLive();
        return new PyMemoryView(obj, start, step, length, readonly);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    static PyObject construct(PyType type, PyObject[] a, String[] k) {
        if (k != null && k.length == 1 && k[0].equals("object") && a.length == 1) {
            k = null;
        }
        if (k != null && k.length > 0) {
            throw PyErr.typeError("memoryview() got an unexpected keyword argument '" + k[0] + "'");
        }
        if (a.length == 0) {
            throw PyErr.typeError("memoryview() missing required argument 'object' (pos 1)");
        }
        if (a.length > 1) {
            throw PyErr.typeError("memoryview() takes at most 1 argument (" + a.length + " given)");
        }
        PyObject o = a[0];
        if (o instanceof BytesBase) {
            return of((BytesBase) o);
        }
        if (o instanceof PyMemoryView) {
            return ((PyMemoryView) o).shareView();
        }
        if (o.getClass().getSimpleName().equals("PyArray")) {
            throw PyErr.format(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "memoryview of array.array is not supported yet");
        }
        throw PyErr.typeError("memoryview: a bytes-like object is required, not '" + o.getType().name + "'");
    }

    private void checkLive() {
        if (released) {
            throw PyErr.valueError(RELEASED);
        }
    }

    /** The exporter's storage, checked to still hold this window. */
    private byte[] data() {
        checkLive();
        if (length > 0) {
            int last = start + (length - 1) * step;
            int lo = Math.min(start, last);
            int hi = Math.max(start, last);
            if (lo < 0 || hi >= obj.size) {
                throw PyErr.format(ExceptionTypes.BUFFER_ERROR, "memoryview: the underlying bytearray was resized");
            }
        }
        return obj.data;
    }

    /** The viewed bytes, copied. */
    public byte[] toByteArray() {
        byte[] d = data();
        if (step == 1) {
            return Arrays.copyOfRange(d, start, start + length);
        }
        byte[] out = new byte[length];
        for (int i = 0, j = start; i < length; i++, j += step) {
            out[i] = d[j];
        }
        return out;
    }

    @Override
    public int len() {
        checkLive();
        return length;
    }

    @Override
    public boolean isTrue() {
        return len() != 0;
    }

    private int offset(PyInt key) {
        long i = Sequences.index(key);
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw PyErr.indexError("index out of bounds on dimension 1");
        }
        return start + (int) i * step;
    }

    @Override
    public PyObject getItem(PyObject key) {
        checkLive();
        if (key instanceof PyInt) {
            int at = offset((PyInt) key);
            return PyInt.of(data()[at] & 0xff);
        }
        if (key instanceof PySlice) {
            int[] r = ((PySlice) key).indices(length);
            return new PyMemoryView(obj, start + r[0] * step, step * r[2], r[3], readonly);
        }
        throw PyErr.typeError("memoryview: invalid slice key");
    }

    private void checkWritable() {
        checkLive();
        if (readonly) {
            throw PyErr.typeError("cannot modify read-only memory");
        }
        if (Ownership.active && obj instanceof PyByteArray) {
            Ownership.check(((PyByteArray) obj).owner);
        }
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        checkWritable();
        if (key instanceof PyInt) {
            int at = offset((PyInt) key);
            if (!(value instanceof PyInt)) {
                throw PyErr.typeError("memoryview: invalid type for format 'B'");
            }
            PyInt v = (PyInt) value;
            if (v.big != null || v.value < 0 || v.value > 255) {
                throw PyErr.valueError("memoryview: invalid value for format 'B'");
            }
            data()[at] = (byte) v.value;
            return;
        }
        if (key instanceof PySlice) {
            byte[] src = bytesLike(value);
            int[] r = ((PySlice) key).indices(length);
            if (src.length != r[3]) {
                throw PyErr.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            byte[] d = data();
            for (int k = 0, j = start + r[0] * step; k < r[3]; k++, j += step * r[2]) {
                d[j] = src[k];
            }
            return;
        }
        throw PyErr.typeError("memoryview: invalid slice key");
    }

    @Override
    public void delItem(PyObject key) {
        checkLive();
        if (readonly) {
            throw PyErr.typeError("cannot modify read-only memory");
        }
        throw PyErr.typeError("cannot delete memory");
    }

    /** The bytes of a bytes-like object (bytes, bytearray, memoryview), copied; else TypeError. */
    public static byte[] bytesLike(PyObject o) {
        if (o instanceof PyMemoryView) {
            return ((PyMemoryView) o).toByteArray();
        }
        if (o instanceof BytesBase) {
            return ((BytesBase) o).toByteArray().clone();
        }
        throw PyErr.typeError("a bytes-like object is required, not '" + o.getType().name + "'");
    }

    @Override
    public PyObject iter() {
        checkLive();
        int[] i = {0};
        return new PyJavaIterator(ITERATOR, () -> {
            if (i[0] >= length) {
                return null;
            }
            return PyInt.of(data()[start + step * i[0]++] & 0xff);
        });
    }

    @Override
    public boolean contains(PyObject v) {
        byte[] b = toByteArray();
        for (byte x : b) {
            if (Operations.isTrue(Operations.compare(CompareOp.EQ, PyInt.of(x & 0xff), v))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return null;
        }
        boolean eq;
        if (other == this) {
            eq = true;
        } else if (released || other instanceof PyMemoryView && ((PyMemoryView) other).released) {
            eq = false;
        } else if (other instanceof PyMemoryView || other instanceof BytesBase) {
            eq = Arrays.equals(toByteArray(), bytesLike(other));
        } else {
            return null;
        }
        return PyBool.of(eq == (op == CompareOp.EQ));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyObject && richCompare((PyObject) o, CompareOp.EQ) == PyBool.TRUE;
    }

    @Override
    public long pyHash() {
        checkLive();
        if (!readonly) {
            throw PyErr.valueError("cannot hash writable memoryview object");
        }
        return new PyBytes(toByteArray()).pyHash();
    }

    @Override
    public String repr() {
        return (released ? "<released memory at 0x" : "<memory at 0x")
                + String.format("%012x", System.identityHashCode(this)) + ">";
    }

    @Override
    public PyObject getAttr(String name) {
        switch (name) {
            case "obj": checkLive(); return obj;
            case "readonly": checkLive(); return PyBool.of(readonly);
            case "nbytes": checkLive(); return PyInt.of(length);
            case "format": checkLive(); return new PyStr("B");
            case "itemsize": checkLive(); return PyInt.of(1);
            case "ndim": checkLive(); return PyInt.of(1);
            case "shape": checkLive(); return PyTuple.of(new PyObject[] {PyInt.of(length)});
            case "strides": checkLive(); return PyTuple.of(new PyObject[] {PyInt.of(step)});
            case "suboffsets": checkLive(); return PyTuple.EMPTY;
            case "c_contiguous":
            case "f_contiguous":
            case "contiguous":
                checkLive();
                return PyBool.of(step == 1 || length <= 1);
            default: return super.getAttr(name);
        }
    }

    private static PyMemoryView self(PyObject[] a) {
        if (a.length == 0 || !(a[0] instanceof PyMemoryView)) {
            throw PyErr.typeError("descriptor requires a 'memoryview' object");
        }
        return (PyMemoryView) a[0];
    }

    /** The methods of memoryview; called once from {@link MethodTables}. */
    static void install() {
        PyType t = TYPE;
        t.addMethod("tobytes", (a, k) -> {
            StrMethods.bind("tobytes", a, k, 0, true, "order");
            return new PyBytes(self(a).toByteArray());
        });
        t.addMethod("tolist", (a, k) -> {
            PyBuiltinFunction.checkArgs("tolist", a, k, 1, 1);
            byte[] b = self(a).toByteArray();
            PyList out = new PyList();
            for (byte x : b) {
                out.append(PyInt.of(x & 0xff));
            }
            return out;
        });
        t.addMethod("hex", (a, k) -> {
            PyObject[] p = StrMethods.bind("hex", a, k, 0, true, "sep", "bytes_per_sep");
            byte[] b = self(a).toByteArray();
            return new PyStr(BytesMethods.hex(b, b.length, p[0], p[1]));
        });
        t.addMethod("release", (a, k) -> {
            PyBuiltinFunction.checkArgs("release", a, k, 1, 1);
            self(a).released = true;
            return PyNone.NONE;
        });
        t.addMethod("toreadonly", (a, k) -> {
            PyBuiltinFunction.checkArgs("toreadonly", a, k, 1, 1);
            PyMemoryView m = self(a);
            m.checkLive();
            return new PyMemoryView(m.obj, m.start, m.step, m.length, true);
        });
        t.addMethod("cast", (a, k) -> {
            if (a.length < 2 && (k == null || k.length == 0)) {
                throw PyErr.typeError("cast() missing required argument 'format' (pos 1)");
            }
            PyBuiltinFunction.checkMethodArgsOldStyle("cast", a, k, 2, 3);
            throw PyErr.format(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "memoryview.cast is not supported yet");
        });
        t.addMethod("__enter__", (a, k) -> {
            self(a).checkLive();
            return a[0];
        });
        t.addMethod("__exit__", (a, k) -> {
            self(a).released = true;
            return PyBool.FALSE;
        });
        t.fixArgs(0, "__enter__");
    }
}
