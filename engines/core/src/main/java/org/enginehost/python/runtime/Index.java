package org.enginehost.python.runtime;

/**
 * "The index of an object" ({@code __index__}, CPython's PyNumber_Index and PyNumber_AsSsize_t):
 * the one place that turns an int or an object with {@code __index__} into an integer, used by
 * subscripts, slices, repetition, bin/hex/oct, range, operator.index and integer arguments.
 */
public final class Index {
    private Index() {
    }

    /**
     * The integer value of {@code o} when it is an int or has {@code __index__}; {@code null}
     * otherwise, so that the caller can raise its own TypeError. A bool or int subclass comes back
     * as itself; {@code __index__} returning a non-int raises TypeError.
     */
    public static PyInt orNull(PyObject o) {
        if (o instanceof PyInt) {
            return (PyInt) o;
        }
        PyObject m = o.getType().lookup("__index__");
        if (m == null) {
            return null;
        }
        PyObject r = m.call(new PyObject[] {o}, null);
        if (!(r instanceof PyInt)) {
            throw PyErr.typeError("__index__ returned non-int (type " + r.getType().name + ")");
        }
        return (PyInt) r;
    }

    /** True when {@code o} can be used as an index (an int or an object whose type has {@code __index__}). */
    public static boolean has(PyObject o) {
        return o instanceof PyInt || o.getType().lookup("__index__") != null;
    }

    /** {@code operator.index(o)}: an exact int, or TypeError "'X' object cannot be interpreted as an integer". */
    public static PyInt of(PyObject o) {
        if (o.getClass() == PyInt.class) {
            return (PyInt) o;
        }
        PyInt i = orNull(o);
        if (i == null) {
            throw notInteger(o);
        }
        return i.getClass() == PyInt.class ? i : exact(i);
    }

    /** The plain int with the value of an int subclass instance (bool included). */
    public static PyInt exact(PyInt i) {
        return i.big != null ? PyInt.of(i.big) : PyInt.of(i.value);
    }

    /** The TypeError for an object that is not an integer. */
    public static PyException notInteger(PyObject o) {
        return PyErr.typeError("'" + o.getType().name + "' object cannot be interpreted as an integer");
    }

    /**
     * An index clipped to the long range (PyNumber_AsSsize_t with no error class), as slices use:
     * out-of-range values saturate so bounds checks and clamping still work.
     */
    public static long clipped(PyObject o) {
        PyInt i = orNull(o);
        if (i == null) {
            throw notInteger(o);
        }
        return Sequences.index(i);
    }

    /**
     * A subscript position (PyNumber_AsSsize_t with IndexError): a value beyond the machine range
     * raises IndexError "cannot fit 'int' into an index-sized integer".
     */
    public static long position(PyInt i, PyObject key) {
        if (i.big != null) {
            throw PyErr.indexError("cannot fit '" + key.getType().name + "' into an index-sized integer");
        }
        return i.value;
    }

    /** A size argument (repetition counts, lengths): OverflowError when it does not fit. */
    public static long size(PyObject o) {
        PyInt i = of(o);
        if (i.big != null) {
            throw PyErr.overflow("cannot fit 'int' into an index-sized integer");
        }
        return i.value;
    }

    /** A slice bound: None gives {@code dflt}; otherwise an index clipped to the long range. */
    public static long sliceBound(PyObject o, long dflt) {
        if (o == null || o == PyNone.NONE) {
            return dflt;
        }
        PyInt i = orNull(o);
        if (i == null) {
            throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Sequences.index(i);
    }
}
