package org.enginehost.python.runtime;

/** A slice object {@code start:stop:step}. */
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice", null);

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
        if (o instanceof PyInt) {
            return Sequences.index((PyInt) o);
        }
        throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
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
