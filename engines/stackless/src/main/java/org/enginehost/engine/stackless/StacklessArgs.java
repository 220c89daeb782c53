package org.enginehost.engine.stackless;

import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;

/** Small argument and result helpers shared by the stackless module's Python-facing types. */
final class StacklessArgs {
    private StacklessArgs() {
    }

    /** A method's arguments without self. */
    static PyObject[] rest(PyObject[] a) {
        PyObject[] r = new PyObject[a.length - 1];
        System.arraycopy(a, 1, r, 0, r.length);
        return r;
    }

    /** {@code o}, or None for null. */
    static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }
}
