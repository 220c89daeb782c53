package org.enginehost.python.runtime;

/** A cell holding a variable shared between a function and its nested closures. */
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtin("cell", null);

    /** The value, or {@code null} while unbound. */
    public PyObject ref;

    public PyCell(PyObject ref) {
        this.ref = ref;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }
}
