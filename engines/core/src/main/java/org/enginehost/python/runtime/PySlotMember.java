package org.enginehost.python.runtime;

/** The class attribute created for each name in {@code __slots__}: a data descriptor. */
final class PySlotMember extends PyObject {
    static final PyType TYPE = PyType.builtin("member_descriptor", null);

    final String name;
    final PyType owner;
    final int index;

    PySlotMember(String name, PyType owner, int index) {
        this.name = name;
        this.owner = owner;
        this.index = index;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private PyObject[] check(PyObject obj) {
        PyObject[] s = obj instanceof HasDict ? ((HasDict) obj).slotStorage() : null;
        if (s == null || !obj.getType().isSubtypeOf(owner)) {
            throw PyErr.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + obj.getType().name + "' object");
        }
        return s;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        PyObject v = check(obj)[index];
        if (v == null) {
            throw PyErr.attributeError(obj, name);
        }
        return v;
    }

    @Override
    public boolean isDataDescriptor() {
        return true;
    }

    @Override
    public void descrSet(PyObject obj, PyObject value) {
        PyObject[] s = check(obj);
        if (value == null && s[index] == null) {
            throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, name);
        }
        s[index] = value;
    }

    @Override
    public String repr() {
        return "<member '" + name + "' of '" + owner.name + "' objects>";
    }
}
