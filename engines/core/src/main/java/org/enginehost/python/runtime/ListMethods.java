package org.enginehost.python.runtime;

import java.util.Arrays;

/** Methods of {@code list} (and the shared index/count helpers of tuple). */
final class ListMethods {
    private ListMethods() {
    }

    static void install(PyType t) {
        t.addMethod("append", (a, k) -> {
            PyBuiltinFunction.checkArgs("list.append", a, k, 2, 2);
            ((PyList) a[0]).append(a[1]);
            return PyNone.NONE;
        });
        t.addMethod("extend", (a, k) -> {
            ((PyList) a[0]).extend(a[1]);
            return PyNone.NONE;
        });
        t.addMethod("pop", (a, k) -> {
            PyList l = (PyList) a[0];
            if (l.size == 0) {
                throw PyErr.indexError("pop from empty list");
            }
            int i = l.size - 1;
            if (a.length > 1) {
                i = Sequences.itemIndex(a[1], l.size, "list");
                if (i < 0) {
                    throw PyErr.indexError("pop index out of range");
                }
            }
            return l.remove(i);
        });
        t.addMethod("insert", (a, k) -> {
            PyList l = (PyList) a[0];
            long i = Sequences.index((PyInt) a[1]);
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
        t.addMethod("count", (a, k) -> PyInt.of(count(((PyList) a[0]).items, ((PyList) a[0]).size, a[1])));
        t.addMethod("remove", (a, k) -> {
            PyList l = (PyList) a[0];
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
            l.items = new PyObject[4];
            l.size = 0;
            return PyNone.NONE;
        });
        t.addMethod("sort", (a, k) -> {
            PyList l = (PyList) a[0];
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
            PyObject[] sorted = sort(l.toArray(), key, reverse);
            System.arraycopy(sorted, 0, l.items, 0, sorted.length);
            return PyNone.NONE;
        });
    }

    /** Stable sort by Python {@code <}; reverse=True keeps equal items in order, as CPython does. */
    static PyObject[] sort(PyObject[] items, PyObject key, boolean reverse) {
        PyObject[] keys = items;
        if (key != null) {
            keys = new PyObject[items.length];
            for (int i = 0; i < items.length; i++) {
                keys[i] = key.call(new PyObject[] {items[i]}, null);
            }
        }
        Integer[] order = new Integer[items.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        final PyObject[] ks = keys;
        Arrays.sort(order, (x, y) -> {
            if (Operations.isTrue(Operations.compare(CompareOp.LT, ks[x], ks[y]))) {
                return reverse ? 1 : -1;
            }
            if (Operations.isTrue(Operations.compare(CompareOp.LT, ks[y], ks[x]))) {
                return reverse ? -1 : 1;
            }
            return 0;
        });
        PyObject[] out = new PyObject[items.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = items[order[i]];
        }
        return out;
    }

    static int indexOf(PyObject[] items, int n, PyObject[] a, String type) {
        for (int i = 0; i < n; i++) {
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
