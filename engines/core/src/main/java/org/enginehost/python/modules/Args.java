package org.enginehost.python.modules;

import java.math.BigInteger;
import org.enginehost.python.runtime.Index;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyFloat;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyObject;

/** Argument parsing and conversions shared by the modules implemented in Java. */
public final class Args {
    private Args() {
    }

    /** Number of positional arguments in a call's {@code args}/{@code kwnames}. */
    public static int npos(PyObject[] a, String[] kw) {
        return kw == null ? a.length : a.length - kw.length;
    }

    /**
     * Binds a call to parameters {@code names}; the first {@code required} must be given, the first
     * {@code maxPositional} may be positional. Missing optional parameters are {@code null}.
     */
    public static PyObject[] bind(String fname, PyObject[] a, String[] kw, String[] names, int required,
                                  int maxPositional) {
        PyObject[] out = new PyObject[names.length];
        int np = npos(a, kw);
        if (np > maxPositional) {
            if (maxPositional == names.length || kw == null) {
                throw PyErr.typeError(fname + "() takes " + (required == maxPositional ? "" : "at most ")
                        + maxPositional + " positional argument" + (maxPositional == 1 ? "" : "s") + " (" + np
                        + " given)");
            }
            throw PyErr.typeError(fname + "() takes at most " + maxPositional + " positional arguments (" + np
                    + " given)");
        }
        System.arraycopy(a, 0, out, 0, np);
        if (kw != null) {
            for (int k = 0; k < kw.length; k++) {
                int idx = -1;
                for (int i = 0; i < names.length; i++) {
                    if (names[i].equals(kw[k])) {
                        idx = i;
                        break;
                    }
                }
                if (idx < 0) {
                    throw PyErr.typeError(fname + "() got an unexpected keyword argument '" + kw[k] + "'");
                }
                if (out[idx] != null) {
                    throw PyErr.typeError("argument for " + fname + "() given by name ('" + kw[k]
                            + "') and position (" + (idx + 1) + ")");
                }
                out[idx] = a[np + k];
            }
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw PyErr.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1)
                        + ")");
            }
        }
        return out;
    }

    /** The value of keyword {@code name}, or {@code null}. */
    public static PyObject keyword(PyObject[] a, String[] kw, String name) {
        if (kw == null) {
            return null;
        }
        int np = a.length - kw.length;
        for (int k = 0; k < kw.length; k++) {
            if (kw[k].equals(name)) {
                return a[np + k];
            }
        }
        return null;
    }

    /** Fails on any keyword not in {@code allowed}. */
    public static void onlyKeywords(String fname, String[] kw, String... allowed) {
        if (kw == null) {
            return;
        }
        outer:
        for (String k : kw) {
            for (String ok : allowed) {
                if (ok.equals(k)) {
                    continue outer;
                }
            }
            throw PyErr.typeError(fname + "() got an unexpected keyword argument '" + k + "'");
        }
    }

    /** A float argument ("must be real number, not str"). */
    public static double toDouble(PyObject o) {
        if (o instanceof PyFloat) {
            return ((PyFloat) o).value;
        }
        if (o instanceof PyInt) {
            return ((PyInt) o).toDouble();
        }
        PyObject f = o.getType().lookup("__float__");
        if (f != null) {
            PyObject r = f.call(new PyObject[] {o}, null);
            if (r instanceof PyFloat) {
                return ((PyFloat) r).value;
            }
        }
        PyObject idx = o.getType().lookup("__index__");
        if (idx != null) {
            return toInt(o).toDouble();
        }
        throw PyErr.typeError("must be real number, not " + o.getType().name);
    }

    /** An integer argument via {@code __index__}. */
    public static PyInt toInt(PyObject o) {
        return Index.of(o);
    }

    /** An integer argument that must fit a Java int (CPython's ssize_t for practical sizes). */
    public static int toSmallInt(PyObject o, String overflowMessage) {
        PyInt i = toInt(o);
        if (i.isBig() || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
            throw PyErr.overflow(overflowMessage);
        }
        return (int) i.value;
    }

    public static BigInteger big(PyObject o) {
        return toInt(o).toBig();
    }

    public static PyFloat f(double d) {
        return new PyFloat(d);
    }
}
