package org.enginehost.python.runtime;

/** Helpers shared by the sequence types: index normalisation, repetition, comparison. */
public final class Sequences {
    private Sequences() {
    }

    /** An int used as an index; out-of-range values saturate so bounds checks still fail. */
    public static long index(PyInt i) {
        if (i.big != null) {
            return i.big.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        return i.value;
    }

    /** Normalises {@code key} for a sequence of length {@code n}; -1 when out of range. */
    public static int itemIndex(PyObject key, int n, String typeName) {
        PyInt k = Index.orNull(key);
        if (k == null) {
            throw PyErr.typeError(typeName + " indices must be integers or slices, not " + key.getType().name);
        }
        long i = Index.position(k, key);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            return -1;
        }
        return (int) i;
    }

    /** Repetition count for {@code seq * n}, refusing results too large for memory. */
    public static long repeatCount(PyInt n, int itemLength) {
        long k = n.big != null ? (n.big.signum() < 0 ? 0 : Long.MAX_VALUE) : n.value;
        if (k > 0 && itemLength > 0 && k > Integer.MAX_VALUE / itemLength) {
            throw new PyException(PyErr.newException(ExceptionTypes.OVERFLOW_ERROR, "repeated string is too long"));
        }
        if (k > 0 && itemLength > 0) {
            Memory.require(k * itemLength, 1);
        }
        return k;
    }

    /** Lexicographic rich comparison of two item arrays, as for lists and tuples. */
    public static boolean compare(PyObject[] a, int na, PyObject[] b, int nb, int op) {
        int i = 0;
        while (i < na && i < nb) {
            if (a[i] != b[i] && !Operations.eq(a[i], b[i])) {
                break;
            }
            i++;
        }
        if (i >= na || i >= nb) {
            return CompareOp.test(op, Integer.compare(na, nb));
        }
        if (op == CompareOp.EQ) {
            return false;
        }
        if (op == CompareOp.NE) {
            return true;
        }
        return Operations.isTrue(Operations.compare(op, a[i], b[i]));
    }

    /** {@code repr} of items between brackets, e.g. {@code [1, 2]}. */
    public static String repr(PyObject[] items, int n, String open, String close) {
        StringBuilder sb = new StringBuilder();
        sb.append(open);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Operations.repr(items[i]));
        }
        return sb.append(close).toString();
    }

    /** An object used as an integer ({@code operator.index}): saturating like {@link #index}. */
    public static long asIndex(PyObject o) {
        return Index.clipped(o);
    }

    /** A start/stop argument of index(): an int or None-free index, with CPython's message. */
    public static long sliceIndex(PyObject o) {
        PyInt i = Index.orNull(o);
        if (i == null) {
            throw PyErr.typeError("slice indices must be integers or have an __index__ method");
        }
        return index(i);
    }
}
