package org.enginehost.python.runtime;

import java.util.Arrays;

/** Methods of {@code list} (and the shared index/count helpers of tuple). */
final class ListMethods {
    private ListMethods() {
    }

    static void install(PyType t) {
        t.addMethod("append", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("list.append", a, k, 2, 2);
            ((PyList) a[0]).append(a[1]);
            return PyNone.NONE;
        });
        t.addMethod("extend", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("list.extend", a, k, 2, 2);
            ((PyList) a[0]).extend(a[1]);
            return PyNone.NONE;
        });
        t.addMethod("pop", (a, k) -> {
            PyList l = (PyList) a[0];
            if (Ownership.active) {
                Ownership.check(l.owner);
            }
            PyBuiltinFunction.checkMethodArgs("pop", a, k, 1, 2);
            if (l.size == 0) {
                throw PyErr.indexError("pop from empty list");
            }
            int i = l.size - 1;
            if (a.length > 1) {
                long j = Sequences.asIndex(a[1]);
                if (j < 0) {
                    j += l.size;
                }
                i = j < 0 || j >= l.size ? -1 : (int) j;
                if (i < 0) {
                    throw PyErr.indexError("pop index out of range");
                }
            }
            return l.remove(i);
        });
        t.addMethod("insert", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("insert", a, k, 3, 3);
            PyList l = (PyList) a[0];
            if (Ownership.active) {
                Ownership.check(l.owner);
                a[2] = Ownership.stored(l.owner, a[2]);
            }
            long i = Sequences.asIndex(a[1]);
            if (i < 0) {
                i = Math.max(0, i + l.size);
            }
            i = Math.min(i, l.size);
            l.ensure(l.size + 1);
            System.arraycopy(l.items, (int) i, l.items, (int) i + 1, l.size - (int) i);
            l.items[(int) i] = a[2];
            l.size++;
            return PyNone.NONE;
        });
        t.addMethod("index", (a, k) -> PyInt.of(indexOf(((PyList) a[0]).items, ((PyList) a[0]).size, a, "list")));
        t.addMethod("count", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("list.count", a, k, 2, 2);
            return PyInt.of(count(((PyList) a[0]).items, ((PyList) a[0]).size, a[1]));
        });
        t.addMethod("remove", (a, k) -> {
            PyList l = (PyList) a[0];
            if (Ownership.active) {
                Ownership.check(l.owner);
            }
            for (int i = 0; i < l.size; i++) {
                if (l.items[i] == a[1] || Operations.eq(l.items[i], a[1])) {
                    l.remove(i);
                    return PyNone.NONE;
                }
            }
            throw PyErr.valueError("list.remove(x): x not in list");
        });
        t.addMethod("reverse", (a, k) -> {
            PyList l = (PyList) a[0];
            if (Ownership.active) {
                Ownership.check(l.owner);
            }
            for (int i = 0, j = l.size - 1; i < j; i++, j--) {
                PyObject x = l.items[i];
                l.items[i] = l.items[j];
                l.items[j] = x;
            }
            return PyNone.NONE;
        });
        t.addMethod("copy", (a, k) -> new PyList(((PyList) a[0]).toArray()));
        t.addMethod("clear", (a, k) -> {
            PyList l = (PyList) a[0];
            if (Ownership.active) {
                Ownership.check(l.owner);
            }
            l.items = new PyObject[4];
            l.size = 0;
            return PyNone.NONE;
        });
        t.addMethod("sort", (a, k) -> {
            PyList l = (PyList) a[0];
            if (Ownership.active) {
                Ownership.check(l.owner);
            }
            PyObject key = null;
            boolean reverse = false;
            int npos = a.length - (k == null ? 0 : k.length);
            for (int i = 0; k != null && i < k.length; i++) {
                if (k[i].equals("key")) {
                    key = a[npos + i] == PyNone.NONE ? null : a[npos + i];
                } else if (k[i].equals("reverse")) {
                    reverse = Operations.isTrue(a[npos + i]);
                } else {
                    throw PyErr.typeError("sort() got an unexpected keyword argument '" + k[i] + "'");
                }
            }
            if (npos > 1) {
                throw PyErr.typeError("sort() takes no positional arguments");
            }
            sortInPlace(l, key, reverse);
            return PyNone.NONE;
        });
    }

    /** list.sort(): in place, stable; the list looks empty while sorting, as in CPython. */
    static void sortInPlace(PyList l, PyObject key, boolean reverse) {
        PyObject[] items = l.items;
        int n = l.size;
        l.items = new PyObject[4];
        l.size = 0;
        try {
            sortArray(items, n, key, reverse);
        } finally {
            boolean modified = l.size != 0;
            l.items = items;
            l.size = n;
            if (modified) {
                throw PyErr.valueError("list modified during sort");
            }
        }
    }

    /** Stable sort of {@code items[0..n)} by Python {@code <} on the keys (CPython's semantics). */
    static void sortArray(PyObject[] items, int n, PyObject key, boolean reverse) {
        if (n < 2) {
            if (key != null && n == 1) {
                key.call(new PyObject[] {items[0]}, null);
            }
            return;
        }
        PyObject[] keys = items;
        if (key != null) {
            keys = new PyObject[n];
            for (int i = 0; i < n; i++) {
                keys[i] = key.call(new PyObject[] {items[i]}, null);
            }
        }
        if (reverse) {
            reverseRange(keys, n);
            if (keys != items) {
                reverseRange(items, n);
            }
        }
        PyObject[] vals = keys == items ? null : items;
        if (!sortSmallInts(keys, vals, n)) {
            mergeSort(keys, vals, n);
        }
        if (reverse) {
            reverseRange(keys, n);
            if (keys != items) {
                reverseRange(items, n);
            }
        }
    }

    private static void reverseRange(PyObject[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            PyObject x = a[i];
            a[i] = a[j];
            a[j] = x;
        }
    }

    /**
     * Python {@code a < b} with fast paths for ints, floats, strs and tuples: exact types only, since
     * a subclass may define its own {@code __lt__}.
     */
    static boolean lt(PyObject a, PyObject b) {
        Class<?> ca = a.getClass();
        Class<?> cb = b.getClass();
        if (isPlainInt(ca) && isPlainInt(cb)) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (x.big == null && y.big == null) {
                return x.value < y.value;
            }
            return IntOps.compare(x, y) < 0;
        }
        if (ca == PyStr.class && cb == PyStr.class) {
            return PyStr.compare(((PyStr) a).value, ((PyStr) b).value) < 0;
        }
        if (ca == PyFloat.class && cb == PyFloat.class) {
            return ((PyFloat) a).value < ((PyFloat) b).value;
        }
        if (ca == PyTuple.class && cb == PyTuple.class) {
            return tupleLt(((PyTuple) a).items, ((PyTuple) b).items);
        }
        return Operations.isTrue(Operations.compare(CompareOp.LT, a, b));
    }

    /** int or bool itself, whose order no Python code can change. */
    static boolean isPlainInt(Class<?> c) {
        return c == PyInt.class || c == PyBool.class;
    }

    /**
     * {@code a < b} for tuples (sort keys such as {@code (-score, name)}): the first items that are
     * not equal decide, as tuple comparison does, with the int and str tests in line.
     */
    private static boolean tupleLt(PyObject[] a, PyObject[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            PyObject x = a[i];
            PyObject y = b[i];
            if (x == y) {
                continue;
            }
            if (isPlainInt(x.getClass()) && isPlainInt(y.getClass()) && ((PyInt) x).big == null
                    && ((PyInt) y).big == null) {
                long u = ((PyInt) x).value;
                long v = ((PyInt) y).value;
                if (u != v) {
                    return u < v;
                }
            } else if (x.getClass() == PyStr.class && y.getClass() == PyStr.class) {
                int c = PyStr.compare(((PyStr) x).value, ((PyStr) y).value);
                if (c != 0) {
                    return c < 0;
                }
            } else if (!Operations.eq(x, y)) {
                return lt(x, y);
            }
        }
        return a.length < b.length;
    }

    private static final int RUN = 32;

    /** The most keys {@link #sortSmallInts} sorts in one go: it cannot be interrupted (about 50 ms). */
    private static final int MAX_PACKED = 1 << 20;

    /**
     * The common case of int keys that fit in 32 bits (CPython has a special comparison for it
     * too): each key is packed with its position into one long, key above position, so that
     * sorting the longs orders by key and keeps equal keys in their order, which makes any sort
     * of them stable, and the JDK's sort of primitives does it without a comparison call per
     * step. {@code vals} (may be null) move with the keys. False, with nothing changed, when a
     * key is anything else.
     */
    private static boolean sortSmallInts(PyObject[] keys, PyObject[] vals, int n) {
        if (n > MAX_PACKED) {
            return false;
        }
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            PyObject k = keys[i];
            if (!isPlainInt(k.getClass())) {
                return false;
            }
            PyInt v = (PyInt) k;
            if (v.big != null || v.value != (int) v.value) {
                return false;
            }
            packed[i] = (v.value << 32) | i;
        }
        ThreadState.currentOrDetached().tick(n);
        java.util.Arrays.sort(packed);
        PyObject[] oldKeys = java.util.Arrays.copyOf(keys, n);
        PyObject[] oldVals = vals == null ? null : java.util.Arrays.copyOf(vals, n);
        for (int i = 0; i < n; i++) {
            int from = (int) packed[i];
            keys[i] = oldKeys[from];
            if (oldVals != null) {
                vals[i] = oldVals[from];
            }
        }
        return true;
    }

    /** Stable merge sort using only {@code <}; {@code vals} (may be null) moves with {@code keys}. */
    private static void mergeSort(PyObject[] keys, PyObject[] vals, int n) {
        ThreadState ts = ThreadState.currentOrDetached();
        for (int lo = 0; lo < n; lo += RUN) {
            insertionSort(keys, vals, lo, Math.min(lo + RUN, n));
            ts.tick(RUN);
        }
        if (n <= RUN) {
            return;
        }
        PyObject[] k2 = new PyObject[n];
        PyObject[] v2 = vals == null ? null : new PyObject[n];
        PyObject[] srcK = keys;
        PyObject[] srcV = vals;
        PyObject[] dstK = k2;
        PyObject[] dstV = v2;
        for (int width = RUN; width < n; width <<= 1) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                merge(srcK, srcV, dstK, dstV, lo, mid, hi, ts);
            }
            PyObject[] t = srcK;
            srcK = dstK;
            dstK = t;
            t = srcV;
            srcV = dstV;
            dstV = t;
        }
        if (srcK != keys) {
            System.arraycopy(srcK, 0, keys, 0, n);
            if (vals != null) {
                System.arraycopy(srcV, 0, vals, 0, n);
            }
        }
    }

    private static void insertionSort(PyObject[] keys, PyObject[] vals, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            PyObject pivot = keys[i];
            int l = lo;
            int r = i;
            while (l < r) {
                int m = (l + r) >>> 1;
                if (lt(pivot, keys[m])) {
                    r = m;
                } else {
                    l = m + 1;
                }
            }
            if (l < i) {
                System.arraycopy(keys, l, keys, l + 1, i - l);
                keys[l] = pivot;
                if (vals != null) {
                    PyObject pv = vals[i];
                    System.arraycopy(vals, l, vals, l + 1, i - l);
                    vals[l] = pv;
                }
            }
        }
    }

    private static void merge(PyObject[] sk, PyObject[] sv, PyObject[] dk, PyObject[] dv, int lo, int mid, int hi,
                              ThreadState ts) {
        if (mid >= hi || !lt(sk[mid], sk[mid - 1])) {
            System.arraycopy(sk, lo, dk, lo, hi - lo);
            if (sv != null) {
                System.arraycopy(sv, lo, dv, lo, hi - lo);
            }
            return;
        }
        int i = lo;
        int j = mid;
        int o = lo;
        while (i < mid && j < hi) {
            ts.poll();
            if (lt(sk[j], sk[i])) {
                dk[o] = sk[j];
                if (sv != null) {
                    dv[o] = sv[j];
                }
                j++;
            } else {
                dk[o] = sk[i];
                if (sv != null) {
                    dv[o] = sv[i];
                }
                i++;
            }
            o++;
        }
        // One run is used up; the rest of the other is already in order.
        if (i < mid) {
            System.arraycopy(sk, i, dk, o, mid - i);
            if (sv != null) {
                System.arraycopy(sv, i, dv, o, mid - i);
            }
        } else if (j < hi) {
            System.arraycopy(sk, j, dk, o, hi - j);
            if (sv != null) {
                System.arraycopy(sv, j, dv, o, hi - j);
            }
        }
    }

    /** {@code seq.index(x[, start[, stop]])} for list and tuple. */
    static int indexOf(PyObject[] items, int n, PyObject[] a, String type) {
        PyBuiltinFunction.checkMethodArgs("index", a, null, 2, 4);
        long start = a.length > 2 ? Sequences.sliceIndex(a[2]) : 0;
        long stop = a.length > 3 ? Sequences.sliceIndex(a[3]) : n;
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (stop < 0) {
            stop = Math.max(0, stop + n);
        }
        stop = Math.min(stop, n);
        for (int i = (int) Math.min(start, n); i < stop; i++) {
            if (items[i] == a[1] || Operations.eq(items[i], a[1])) {
                return i;
            }
        }
        throw PyErr.valueError(type.equals("list") ? Operations.repr(a[1]) + " is not in list" : "tuple.index(x): x not in tuple");
    }

    static int count(PyObject[] items, int n, PyObject v) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (items[i] == v || Operations.eq(items[i], v)) {
                c++;
            }
        }
        return c;
    }
}
