package org.enginehost.python.runtime;

/**
 * An instance of a user class whose builtin base is {@code object}: a {@code __dict__} (unless
 * every class declares {@code __slots__}) plus the slot storage. Every hook of {@link PyObject}
 * dispatches to the dunder method the class defines.
 */
public class PyInstance extends PyObject implements HasDict {
    PyType type;
    /** The instance dictionary, or null for a class with only {@code __slots__}. */
    PyDict dict;
    /** Storage of {@code __slots__} members (null entries are unset). */
    final PyObject[] slots;

    public PyInstance(PyType type) {
        this.type = type;
        this.dict = type.instancesHaveDict ? new PyDict() : null;
        this.slots = type.slotCount == 0 ? null : new PyObject[type.slotCount];
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    @Override
    public PyObject[] slotStorage() {
        return slots;
    }

    // ---------------------------------------------------------------- attributes

    @Override
    public PyObject getAttr(PyStr name) {
        PyType t = type;
        int fl = t.attrFlags();
        if (fl == 0) {
            PyObject v = ObjectMethods.genericGetAttr(this, name.value, name, dict);
            if (v != null) {
                return v;
            }
            throw PyErr.attributeError(this, name.value);
        }
        return ObjectMethods.getAttrWithHooks(this, name.value, name, dict, fl);
    }

    @Override
    public PyObject getAttr(String name) {
        return getAttr(new PyStr(name));
    }

    @Override
    public void setAttr(String name, PyObject value) {
        int fl = type.attrFlags();
        if (value != null ? (fl & PyType.CUSTOM_SETATTR) != 0 : (fl & PyType.CUSTOM_DELATTR) != 0) {
            ObjectMethods.setAttrWithHooks(this, name, value);
            return;
        }
        ObjectMethods.genericSetAttr(this, name, value, dict);
    }

    // ---------------------------------------------------------------- protocols

    @Override
    public String repr() {
        return Slots.repr(this);
    }

    @Override
    public String str() {
        return Slots.str(this);
    }

    @Override
    public boolean isTrue() {
        return Slots.isTrue(this);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return Slots.call(this, args, kwnames);
    }

    @Override
    public PyObject getItem(PyObject key) {
        return Slots.getItem(this, key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        Slots.setItem(this, key, value);
    }

    @Override
    public void delItem(PyObject key) {
        Slots.delItem(this, key);
    }

    @Override
    public PyObject iter() {
        return Slots.iter(this);
    }

    @Override
    public PyObject next() {
        return Slots.next(this);
    }

    @Override
    public int len() {
        PyObject m = type.lookup("__len__");
        if (m == null) {
            return super.len();
        }
        return Slots.len(this, m);
    }

    @Override
    public boolean contains(PyObject value) {
        return Slots.contains(this, value);
    }

    @Override
    public PyObject binop(int op, PyObject other) {
        return Slots.binop(this, op, other);
    }

    @Override
    public PyObject rbinop(int op, PyObject other) {
        return Slots.rbinop(this, op, other);
    }

    @Override
    public PyObject ibinop(int op, PyObject other) {
        return Slots.ibinop(this, op, other);
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        return Slots.richCompare(this, other, op);
    }

    @Override
    public PyObject neg() {
        return Slots.unary(this, "__neg__", "unary -");
    }

    @Override
    public PyObject pos() {
        return Slots.unary(this, "__pos__", "unary +");
    }

    @Override
    public PyObject invert() {
        return Slots.unary(this, "__invert__", "unary ~");
    }

    @Override
    public long pyHash() {
        return Slots.hash(this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PyObject)) {
            return false;
        }
        PyObject m = type.lookup("__eq__");
        if (m == ObjectMethods.OBJECT_EQ) {
            return false;
        }
        return Operations.eq(this, (PyObject) o);
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType t) {
        return Slots.descrGet(this, obj, t);
    }

    @Override
    public boolean isDataDescriptor() {
        return type.lookup("__set__") != null || type.lookup("__delete__") != null;
    }

    @Override
    public void descrSet(PyObject obj, PyObject value) {
        Slots.descrSet(this, obj, value);
    }
}
