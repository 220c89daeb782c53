package org.enginehost.python.runtime;

import java.util.Arrays;

/**
 * Builtin functions over iterables: len, iter, next, reversed, enumerate, zip, map, filter,
 * sorted, min, max, sum, all, any. Registered into the builtins module by {@link Builtins}.
 */
public final class IterBuiltins {
    static final PyType ENUMERATE = PyType.builtin("enumerate", IterBuiltins::enumerate);
    static final PyType ZIP = PyType.builtin("zip", IterBuiltins::zip);
    static final PyType MAP = PyType.builtin("map", IterBuiltins::map);
    static final PyType FILTER = PyType.builtin("filter", IterBuiltins::filter);
    static final PyType REVERSED = PyType.builtin("reversed", IterBuiltins::reversed);
    static final PyType LIST_REVERSED = PyType.builtin("list_reverseiterator", null);
    static final PyType CALLABLE_ITERATOR = PyType.builtin("callable_iterator", null);

    private IterBuiltins() {
    }

    static void register(PyModule b) {
        for (PyType t : new PyType[] {ENUMERATE, ZIP, MAP, FILTER, REVERSED}) {
            b.define(t.name, t);
        }
        b.defineFunction("len", (a, k) -> {
            PyBuiltinFunction.checkArgs("len", a, k, 1, 1);
            if (a[0] instanceof PyRange r) {
                return r.lenObject();
            }
            return PyInt.of(a[0].len());
        });
        b.defineFunction("iter", IterBuiltins::iter);
        b.defineFunction("next", IterBuiltins::next);
        b.defineFunction("sorted", IterBuiltins::sorted);
        b.defineFunction("min", (a, k) -> minMax("min", a, k, CompareOp.LT));
        b.defineFunction("max", (a, k) -> minMax("max", a, k, CompareOp.GT));
        b.defineFunction("sum", IterBuiltins::sum);
        b.defineFunction("all", (a, k) -> {
            PyBuiltinFunction.checkArgs("all", a, k, 1, 1);
            PyObject it = Operations.iter(a[0]);
            for (PyObject x = it.next(); x != null; x = it.next()) {
                if (!Operations.isTrue(x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        b.defineFunction("any", (a, k) -> {
            PyBuiltinFunction.checkArgs("any", a, k, 1, 1);
            PyObject it = Operations.iter(a[0]);
            for (PyObject x = it.next(); x != null; x = it.next()) {
                if (Operations.isTrue(x)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
    }

    /** Splits keyword values off: returns the positional count. */
    private static int npos(PyObject[] a, String[] k) {
        return a.length - (k == null ? 0 : k.length);
    }

    private static PyObject iter(PyObject[] a, String[] k) {
        PyBuiltinFunction.noKeywords("iter", k);
        if (a.length == 1) {
            return Operations.iter(a[0]);
        }
        if (a.length != 2) {
            throw PyErr.typeError(a.length == 0 ? "iter expected at least 1 argument, got 0"
                    : "iter expected at most 2 arguments, got " + a.length);
        }
        PyObject f = a[0];
        PyObject sentinel = a[1];
        if (!Builtins.isCallable(f)) {
            throw PyErr.typeError("iter(v, w): v must be callable");
        }
        return new PyJavaIterator(CALLABLE_ITERATOR, () -> {
            PyObject v = f.call(new PyObject[0], null);
            return v == sentinel || Operations.eq(v, sentinel) ? null : v;
        });
    }

    private static PyObject next(PyObject[] a, String[] k) {
        PyBuiltinFunction.checkArgs("next", a, k, 1, 2);
        if (a.length == 1 && a[0].getType().heap) {
            // A class's own __next__: its StopIteration (with its value) is the one the caller sees.
            PyObject m = a[0].getType().lookup("__next__");
            if (m != null) {
                return Slots.call0(m, a[0]);
            }
        }
        PyObject v = a[0].next();
        if (v == null) {
            if (a.length > 1) {
                return a[1];
            }
            throw a[0] instanceof PyGenerator g ? PyGenerator.stopIteration(g.returnValue)
                    : new PyException(new PyBaseException(ExceptionTypes.STOP_ITERATION, PyTuple.EMPTY));
        }
        return v;
    }

    private static PyObject sorted(PyObject[] a, String[] k) {
        int npos = npos(a, k);
        if (npos != 1) {
            throw PyErr.typeError(npos == 0 ? "sorted expected 1 argument, got 0" : "sorted expected 1 argument, got " + npos);
        }
        PyObject key = null;
        boolean reverse = false;
        for (int i = 0; k != null && i < k.length; i++) {
            if (k[i].equals("key")) {
                key = a[npos + i] == PyNone.NONE ? null : a[npos + i];
            } else if (k[i].equals("reverse")) {
                reverse = Operations.isTrue(a[npos + i]);
            } else {
                throw PyErr.typeError("sort() got an unexpected keyword argument '" + k[i] + "'");
            }
        }
        PyList l = new PyList();
        l.extend(a[0]);
        ListMethods.sortInPlace(l, key, reverse);
        return l;
    }

    private static PyObject minMax(String name, PyObject[] a, String[] k, int op) {
        PyObject key = null;
        PyObject dflt = null;
        int npos = npos(a, k);
        for (int i = 0; k != null && i < k.length; i++) {
            if (k[i].equals("key")) {
                key = a[npos + i] == PyNone.NONE ? null : a[npos + i];
            } else if (k[i].equals("default")) {
                dflt = a[npos + i];
            } else {
                throw PyErr.typeError(name + "() got an unexpected keyword argument '" + k[i] + "'");
            }
        }
        if (npos == 0) {
            throw PyErr.typeError(name + " expected at least 1 argument, got 0");
        }
        if (npos > 1 && dflt != null) {
            throw PyErr.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        PyObject it = npos == 1 ? Operations.iter(a[0]) : new PyList(Arrays.copyOf(a, npos)).iter();
        PyObject best = null;
        PyObject bestKey = null;
        for (PyObject x = it.next(); x != null; x = it.next()) {
            PyObject kx = key == null ? x : key.call(new PyObject[] {x}, null);
            if (best == null) {
                best = x;
                bestKey = kx;
            } else if (op == CompareOp.LT ? ListMethods.lt(kx, bestKey) : gt(kx, bestKey)) {
                best = x;
                bestKey = kx;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyErr.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    /** Python {@code a > b} with fast paths for ints, floats and strs (exact types: see {@link ListMethods#lt}). */
    private static boolean gt(PyObject a, PyObject b) {
        Class<?> ca = a.getClass();
        Class<?> cb = b.getClass();
        if (ListMethods.isPlainInt(ca) && ListMethods.isPlainInt(cb) && !((PyInt) a).isBig() && !((PyInt) b).isBig()) {
            return ((PyInt) a).value > ((PyInt) b).value;
        }
        if (ca == PyFloat.class && cb == PyFloat.class) {
            return ((PyFloat) a).value > ((PyFloat) b).value;
        }
        if (ca == PyStr.class && cb == PyStr.class) {
            return PyStr.compare(((PyStr) a).value, ((PyStr) b).value) > 0;
        }
        return Operations.isTrue(Operations.compare(CompareOp.GT, a, b));
    }

    private static PyObject sum(PyObject[] a, String[] k) {
        int npos = npos(a, k);
        PyObject acc = PyInt.of(0);
        if (npos > 2) {
            throw PyErr.typeError("sum() takes at most 2 arguments (" + npos + " given)");
        }
        if (npos == 2) {
            acc = a[1];
        }
        for (int i = 0; k != null && i < k.length; i++) {
            if (k[i].equals("start") && npos < 2) {
                acc = a[npos + i];
            } else {
                throw PyErr.typeError("'" + k[i] + "' is an invalid keyword argument for sum()");
            }
        }
        if (npos == 0) {
            throw PyErr.typeError("sum() takes at least 1 positional argument (0 given)");
        }
        if (acc instanceof PyStr) {
            throw PyErr.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        String tn = acc.getType().name;
        if (tn.equals("bytes")) {
            throw PyErr.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (tn.equals("bytearray")) {
            throw PyErr.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        PyObject it = Operations.iter(a[0]);
        PyObject x = it.next();
        // int fast path, as CPython: exact longs until overflow or a non-int shows up
        if (acc instanceof PyInt && !(acc instanceof PyBool) && !((PyInt) acc).isBig()) {
            long s = ((PyInt) acc).value;
            while (x != null && x instanceof PyInt && !((PyInt) x).isBig()) {
                long y = ((PyInt) x).value;
                long r = s + y;
                if (((s ^ r) & (y ^ r)) < 0) {
                    break;
                }
                s = r;
                x = it.next();
            }
            acc = PyInt.of(s);
        }
        // float fast path: plain double addition (CPython 3.11)
        if (acc instanceof PyFloat) {
            double d = ((PyFloat) acc).value;
            while (x != null && (x instanceof PyFloat || (x instanceof PyInt && !((PyInt) x).isBig()))) {
                d += x instanceof PyFloat ? ((PyFloat) x).value : (double) ((PyInt) x).value;
                x = it.next();
            }
            acc = new PyFloat(d);
        }
        for (; x != null; x = it.next()) {
            acc = Operations.binaryOp(BinOp.ADD, acc, x);
        }
        return acc;
    }

    // ---------------------------------------------------------------- iterator types

    private static PyObject enumerate(PyType type, PyObject[] a, String[] k) {
        int npos = npos(a, k);
        PyObject iterable = npos > 0 ? a[0] : null;
        PyObject start = npos > 1 ? a[1] : PyInt.of(0);
        if (npos > 2) {
            throw PyErr.typeError("enumerate() takes at most 2 arguments (" + npos + " given)");
        }
        for (int i = 0; k != null && i < k.length; i++) {
            if (k[i].equals("start") && npos < 2) {
                start = a[npos + i];
            } else if (k[i].equals("iterable") && npos < 1) {
                iterable = a[npos + i];
            } else {
                throw PyErr.typeError("'" + k[i] + "' is an invalid keyword argument for enumerate()");
            }
        }
        if (iterable == null) {
            throw PyErr.typeError("enumerate() missing required argument 'iterable' (pos 1)");
        }
        PyInt s = Index.of(start);
        PyObject it = Operations.iter(iterable);
        if (!s.isBig()) {
            long[] n = {s.value};
            return new PyJavaIterator(ENUMERATE, () -> {
                PyObject x = it.next();
                return x == null ? null : PyTuple.of(PyInt.of(n[0]++), x);
            });
        }
        PyObject[] n = {s};
        return new PyJavaIterator(ENUMERATE, () -> {
            PyObject x = it.next();
            if (x == null) {
                return null;
            }
            PyObject idx = n[0];
            n[0] = Operations.binaryOp(BinOp.ADD, idx, PyInt.of(1));
            return PyTuple.of(idx, x);
        });
    }

    private static PyObject zip(PyType type, PyObject[] a, String[] k) {
        int npos = npos(a, k);
        boolean strict = false;
        for (int i = 0; k != null && i < k.length; i++) {
            if (k[i].equals("strict")) {
                strict = Operations.isTrue(a[npos + i]);
            } else {
                throw PyErr.typeError("zip() got an unexpected keyword argument '" + k[i] + "'");
            }
        }
        PyObject[] its = new PyObject[npos];
        for (int i = 0; i < npos; i++) {
            try {
                its[i] = Operations.iter(a[i]);
            } catch (PyException e) {
                if (e.value.isInstance(ExceptionTypes.TYPE_ERROR)) {
                    throw PyErr.typeError("zip argument #" + (i + 1) + " must support iteration");
                }
                throw e;
            }
        }
        boolean isStrict = strict;
        return new PyJavaIterator(ZIP, () -> {
            if (its.length == 0) {
                return null;
            }
            PyObject[] row = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                row[i] = its[i].next();
                if (row[i] == null) {
                    if (isStrict) {
                        if (i > 0) {
                            throw PyErr.valueError("zip() argument " + (i + 1) + " is shorter than argument"
                                    + (i == 1 ? " 1" : "s 1-" + i));
                        }
                        for (int j = 1; j < its.length; j++) {
                            if (its[j].next() != null) {
                                throw PyErr.valueError("zip() argument " + (j + 1) + " is longer than argument"
                                        + (j == 1 ? " 1" : "s 1-" + j));
                            }
                        }
                    }
                    return null;
                }
            }
            return new PyTuple(row);
        });
    }

    private static PyObject map(PyType type, PyObject[] a, String[] k) {
        PyBuiltinFunction.noKeywords("map", k);
        if (a.length < 2) {
            throw PyErr.typeError("map() must have at least two arguments.");
        }
        PyObject f = a[0];
        if (a.length == 2) {
            PyObject it = Operations.iter(a[1]);
            return new PyJavaIterator(MAP, () -> {
                PyObject x = it.next();
                return x == null ? null : f.call(new PyObject[] {x}, null);
            });
        }
        PyObject[] its = new PyObject[a.length - 1];
        for (int i = 0; i < its.length; i++) {
            its[i] = Operations.iter(a[i + 1]);
        }
        return new PyJavaIterator(MAP, () -> {
            PyObject[] args = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                args[i] = its[i].next();
                if (args[i] == null) {
                    return null;
                }
            }
            return f.call(args, null);
        });
    }

    private static PyObject filter(PyType type, PyObject[] a, String[] k) {
        PyBuiltinFunction.noKeywords("filter", k);
        if (a.length != 2) {
            throw PyErr.typeError("filter expected 2 arguments, got " + a.length);
        }
        PyObject f = a[0];
        PyObject it = Operations.iter(a[1]);
        boolean identity = f == PyNone.NONE || f == PyBool.TYPE;
        return new PyJavaIterator(FILTER, () -> {
            for (PyObject x = it.next(); x != null; x = it.next()) {
                if (Operations.isTrue(identity ? x : f.call(new PyObject[] {x}, null))) {
                    return x;
                }
            }
            return null;
        });
    }

    private static PyObject reversed(PyType type, PyObject[] a, String[] k) {
        PyBuiltinFunction.noKeywords("reversed", k);
        if (a.length != 1) {
            throw PyErr.typeError("reversed expected 1 argument, got " + a.length);
        }
        PyObject seq = a[0];
        if (seq instanceof PyList) {
            PyList l = (PyList) seq;
            int[] i = {l.size};
            return new PyJavaIterator(LIST_REVERSED, () -> {
                int j = i[0] - 1;
                if (j >= 0 && j < l.size) {
                    i[0] = j;
                    return l.items[j];
                }
                i[0] = -1;
                return null;
            });
        }
        if (seq instanceof PyRange) {
            return ((PyRange) seq).reversedIter();
        }
        if (seq instanceof PyDict) {
            return new DictViews.Iter((PyDict) seq, DictViews.KEYS, true);
        }
        PyObject m = seq.getType().lookup("__reversed__");
        if (m != null) {
            return m.call(new PyObject[] {seq}, null);
        }
        if (seq instanceof PySet || seq instanceof DictViews.View || seq.getType().lookup("__getitem__") == null
                && !(seq instanceof PyTuple || seq instanceof PyStr)) {
            throw PyErr.typeError("'" + seq.getType().name + "' object is not reversible");
        }
        int[] i = {seq.len()};
        return new PyJavaIterator(REVERSED, () -> --i[0] >= 0 ? seq.getItem(PyInt.of(i[0])) : null);
    }
}
