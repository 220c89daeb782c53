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

    @Override
    public PyObject getAttr(String name) {
        if (name.equals("cell_contents")) {
            if (ref == null) {
                throw PyErr.valueError("Cell is empty");
            }
            return ref;
        }
        return super.getAttr(name);
    }

    @Override
    public String repr() {
        return ref == null ? "<cell at " + Operations.address(this) + ": empty>"
                : "<cell at " + Operations.address(this) + ": " + ref.getType().name + " object at "
                        + Operations.address(ref) + ">";
    }
}
