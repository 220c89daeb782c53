package org.enginehost.python.runtime;

/** A slice object {@code start:stop:step}. */
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice", PySlice::construct);

    static void install() {
        TYPE.addMethod("indices", (a, k) -> {
            PyBuiltinFunction.checkArgs("indices", a, k, 2, 2);
            long n = Sequences.asIndex(a[1]);
            if (n < 0) {
                throw PyErr.valueError("length should not be negative");
            }
            if (n > Integer.MAX_VALUE) {
                throw PyErr.overflow("Python int too large to convert to C ssize_t");
            }
            int[] r = ((PySlice) a[0]).indices((int) n);
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
        });
    }

    static PyObject construct(PyType type, PyObject[] a, String[] k) {
        PyBuiltinFunction.noKeywords("slice", k);
        switch (a.length) {
            case 1: return new PySlice(PyNone.NONE, a[0], PyNone.NONE);
            case 2: return new PySlice(a[0], a[1], PyNone.NONE);
            case 3: return new PySlice(a[0], a[1], a[2]);
            default:
                throw PyErr.typeError(a.length == 0 ? "slice expected at least 1 argument, got 0"
                        : "slice expected at most 3 arguments, got " + a.length);
        }
    }

    @Override
    public PyObject getAttr(String name) {
        switch (name) {
            case "start": return start;
            case "stop": return stop;
            case "step": return step;
            default: return super.getAttr(name);
        }
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PySlice)) {
            return null;
        }
        PySlice o = (PySlice) other;
        PyObject[] x = {start, stop, step};
        PyObject[] y = {o.start, o.stop, o.step};
        return PyBool.of(Sequences.compare(x, 3, y, 3, op));
    }

    @Override
    public long pyHash() {
        throw PyErr.typeError("unhashable type: 'slice'");
    }

    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "slice(" + start.repr() + ", " + stop.repr() + ", " + step.repr() + ")";
    }

    private static long value(PyObject o) {
        return Index.sliceBound(o, 0);
    }

    /** CPython's PySlice_GetIndicesEx: {start, stop, step, slicelength}. */
    public int[] indices(int length) {
        long st = step == PyNone.NONE ? 1 : value(step);
        if (st == 0) {
            throw PyErr.valueError("slice step cannot be zero");
        }
        long lo;
        long hi;
        if (st > 0) {
            lo = start == PyNone.NONE ? 0 : clamp(value(start), length, 0, length);
            hi = stop == PyNone.NONE ? length : clamp(value(stop), length, 0, length);
        } else {
            lo = start == PyNone.NONE ? length - 1 : clamp(value(start), length, -1, length - 1);
            hi = stop == PyNone.NONE ? -1 : clamp(value(stop), length, -1, length - 1);
        }
        long n;
        if (st > 0) {
            n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        } else {
            n = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        }
        return new int[] {(int) lo, (int) hi, (int) st, (int) n};
    }

    private static long clamp(long v, int length, long min, long max) {
        if (v < 0) {
            v += length;
            if (v < min) {
                v = min;
            }
        } else if (v > max) {
            v = max;
        }
        return v;
    }
}
