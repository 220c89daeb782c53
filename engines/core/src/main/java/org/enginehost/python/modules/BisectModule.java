package org.enginehost.python.modules;

import org.enginehost.python.runtime.CompareOp;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;

/** The {@code bisect} module, with the 3.10 {@code key=} parameter. */
public final class BisectModule {
    private BisectModule() {
    }

    private static final String[] PARAMS = {"a", "x", "lo", "hi", "key"};

    public static PyModule create() {
        PyModule m = new PyModule("bisect", null);
        m.defineFunction("bisect_left", (a, k) -> PyInt.of(search("bisect_left", a, k, true, false)));
        m.defineFunction("bisect_right", (a, k) -> PyInt.of(search("bisect_right", a, k, false, false)));
        m.defineFunction("bisect", (a, k) -> PyInt.of(search("bisect_right", a, k, false, false)));
        m.defineFunction("insort_left", (a, k) -> {
            search("insort_left", a, k, true, true);
            return PyNone.NONE;
        });
        m.defineFunction("insort_right", (a, k) -> {
            search("insort_right", a, k, false, true);
            return PyNone.NONE;
        });
        m.defineFunction("insort", (a, k) -> {
            search("insort_right", a, k, false, true);
            return PyNone.NONE;
        });
        return m;
    }

    private static long search(String name, PyObject[] args, String[] kw, boolean left, boolean insert) {
        PyObject[] p = Args.bind(name, args, kw, PARAMS, 2, 4);
        PyObject a = p[0];
        PyObject x = p[1];
        long lo = p[2] == null ? 0 : Args.toInt(p[2]).value;
        if (lo < 0) {
            throw PyErr.valueError("lo must be non-negative");
        }
        long hi = p[3] == null || p[3] == PyNone.NONE ? a.len() : Args.toInt(p[3]).value;
        PyObject key = p[4] == null ? PyNone.NONE : p[4];
        PyObject kx = insert && key != PyNone.NONE ? key.call(new PyObject[] {x}, null) : x;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            PyObject v = a instanceof PyList ? ((PyList) a).items[(int) mid] : a.getItem(PyInt.of(mid));
            if (key != PyNone.NONE) {
                v = key.call(new PyObject[] {v}, null);
            }
            boolean goLeft = left ? !Operations.isTrue(Operations.compare(CompareOp.LT, v, kx))
                    : Operations.isTrue(Operations.compare(CompareOp.LT, kx, v));
            if (goLeft) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        if (insert) {
            if (a instanceof PyList) {
                PyList.TYPE.lookup("insert").call(new PyObject[] {a, PyInt.of(lo), x}, null);
            } else {
                a.getAttr("insert").call(new PyObject[] {PyInt.of(lo), x}, null);
            }
        }
        return lo;
    }
}
