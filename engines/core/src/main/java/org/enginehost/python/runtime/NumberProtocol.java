package org.enginehost.python.runtime;

/**
 * The conversion dunders behind {@code int()}, {@code float()} and {@code complex()} for objects
 * that are not built-in numbers or text: {@code __int__}, {@code __index__}, {@code __trunc__},
 * {@code __float__} and {@code __complex__}, in CPython's order.
 */
final class NumberProtocol {
    private NumberProtocol() {
    }

    /**
     * The method {@code name} of {@code o}'s type when it should be called for a conversion: a
     * built-in implementation on a built-in number or text value (or a subclass that does not
     * override it) is left to the caller's own conversion, so it does not call back into it.
     */
    private static PyObject dunder(PyObject o, String name) {
        PyObject m = o.getType().lookup(name);
        if (m instanceof PyBuiltinFunction && isBuiltinValue(o)) {
            return null;
        }
        return m;
    }

    private static boolean isBuiltinValue(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr || o instanceof BytesBase
                || o instanceof PyComplex;
    }

    /** True when {@code o} may convert through dunders (a user type, or a non-built-in value). */
    static boolean mayConvert(PyObject o) {
        return o.getType().heap || !isBuiltinValue(o);
    }

    /** {@code int(o)} via {@code __int__}, {@code __index__} or {@code __trunc__}; null when none applies. */
    static PyInt toInt(PyObject o) {
        PyObject m = dunder(o, "__int__");
        if (m != null) {
            PyObject r = m.call(new PyObject[] {o}, null);
            if (!(r instanceof PyInt)) {
                throw PyErr.typeError("__int__ returned non-int (type " + r.getType().name + ")");
            }
            return Index.exact((PyInt) r);
        }
        m = dunder(o, "__index__");
        if (m != null) {
            return Index.of(o);
        }
        m = dunder(o, "__trunc__");
        if (m != null) {
            PyObject r = m.call(new PyObject[] {o}, null);
            if (r instanceof PyInt) {
                return Index.exact((PyInt) r);
            }
            PyInt i = Index.orNull(r);
            if (i == null) {
                throw PyErr.typeError("__trunc__ returned non-Integral (type " + r.getType().name + ")");
            }
            return Index.exact(i);
        }
        return null;
    }

    /** {@code float(o)} via {@code __float__} or {@code __index__}; null when none applies. */
    static PyFloat toFloat(PyObject o) {
        PyObject m = dunder(o, "__float__");
        if (m != null) {
            PyObject r = m.call(new PyObject[] {o}, null);
            if (!(r instanceof PyFloat)) {
                throw PyErr.typeError(o.getType().name + ".__float__ returned non-float (type " + r.getType().name + ")");
            }
            return r.getClass() == PyFloat.class ? (PyFloat) r : new PyFloat(((PyFloat) r).value);
        }
        m = dunder(o, "__index__");
        if (m != null) {
            return new PyFloat(Index.of(o).toDouble());
        }
        return null;
    }

    /** {@code complex(o)} via {@code __complex__}, then {@code __float__}/{@code __index__}; null when none applies. */
    static PyComplex toComplex(PyObject o) {
        PyObject m = dunder(o, "__complex__");
        if (m != null) {
            PyObject r = m.call(new PyObject[] {o}, null);
            if (!(r instanceof PyComplex)) {
                throw PyErr.typeError("__complex__ returned non-complex (type " + r.getType().name + ")");
            }
            return (PyComplex) r;
        }
        PyFloat f = toFloat(o);
        return f == null ? null : new PyComplex(f.value, 0.0);
    }
}
