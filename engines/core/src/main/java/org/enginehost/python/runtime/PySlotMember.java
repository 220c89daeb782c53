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

    private PyInstance check(PyObject obj) {
        if (!(obj instanceof PyInstance) || !obj.getType().isSubtypeOf(owner)) {
            throw PyErr.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + obj.getType().name + "' object");
        }
        return (PyInstance) obj;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        PyObject v = check(obj).slots[index];
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
        PyInstance i = check(obj);
        if (value == null && i.slots[index] == null) {
            throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, name);
        }
        i.slots[index] = value;
    }

    @Override
    public String repr() {
        return "<member '" + name + "' of '" + owner.name + "' objects>";
    }
}
