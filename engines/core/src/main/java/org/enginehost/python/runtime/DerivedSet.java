package org.enginehost.python.runtime;

/**
 * An instance of a user class whose builtin base is set or frozenset ({@code class C(set): ...}).
 * It is a {@link PySet}, so every builtin method and fast path that accepts a PySet accepts
 * it; each protocol hook first checks whether the class overrides the dunder method in Python and
 * otherwise runs the builtin behaviour (the {@code base*} methods, also reached through the
 * builtin type's dunder wrappers, e.g. {@code super().__getitem__(k)}).
 * The dispatch logic lives once in {@link DerivedDispatch}; the overrides here only delegate.
 */
final class DerivedSet extends PySet implements Derived {
    PyType type;
    PyDict dict;
    final PyObject[] slots;

    DerivedSet(PyType type, boolean frozen) {
        super(type, frozen);
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

    @Override
    public void setInstanceDict(PyDict d) {
        dict = d;
    }

    @Override
    public void setInstanceType(PyType t) {
        type = t;
    }

    // ---------------------------------------------------------------- attributes

    @Override
    public PyObject getAttr(PyStr name) {
        int fl = type.attrFlags();
        if (fl == 0) {
            PyObject v = ObjectMethods.genericGetAttr(this, name.value, name, dict);
            return v != null ? v : super.getAttr(name.value);
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
        return DerivedDispatch.repr(this);
    }

    @Override
    public String baseRepr() {
        return super.repr();
    }

    @Override
    public String str() {
        return DerivedDispatch.str(this);
    }

    @Override
    public String baseStr() {
        return super.str();
    }

    @Override
    public boolean isTrue() {
        return DerivedDispatch.isTrue(this);
    }

    @Override
    public boolean baseIsTrue() {
        return super.isTrue();
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return type.lookup("__call__") == null ? super.call(args, kwnames) : Slots.call(this, args, kwnames);
    }

    @Override
    public PyObject getItem(PyObject key) {
        return DerivedDispatch.getItem(this, key);
    }

    @Override
    public PyObject baseGetItem(PyObject key) {
        return super.getItem(key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        DerivedDispatch.setItem(this, key, value);
    }

    @Override
    public void baseSetItem(PyObject key, PyObject value) {
        super.setItem(key, value);
    }

    @Override
    public void delItem(PyObject key) {
        DerivedDispatch.delItem(this, key);
    }

    @Override
    public void baseDelItem(PyObject key) {
        super.delItem(key);
    }

    @Override
    public PyObject iter() {
        return DerivedDispatch.iter(this);
    }

    @Override
    public PyObject baseIter() {
        return super.iter();
    }

    @Override
    public int len() {
        return DerivedDispatch.len(this);
    }

    @Override
    public int baseLen() {
        return super.len();
    }

    @Override
    public boolean contains(PyObject value) {
        return DerivedDispatch.contains(this, value);
    }

    @Override
    public boolean baseContains(PyObject value) {
        return super.contains(value);
    }

    @Override
    public PyObject binop(int op, PyObject other) {
        return DerivedDispatch.binop(this, op, other);
    }

    @Override
    public PyObject baseBinop(int op, PyObject other) {
        return super.binop(op, other);
    }

    @Override
    public PyObject rbinop(int op, PyObject other) {
        return DerivedDispatch.rbinop(this, op, other);
    }

    @Override
    public PyObject baseRbinop(int op, PyObject other) {
        return super.rbinop(op, other);
    }

    @Override
    public PyObject ibinop(int op, PyObject other) {
        return DerivedDispatch.ibinop(this, op, other);
    }

    @Override
    public PyObject baseIbinop(int op, PyObject other) {
        return super.ibinop(op, other);
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        return DerivedDispatch.richCompare(this, other, op);
    }

    @Override
    public PyObject baseRichCompare(PyObject other, int op) {
        return super.richCompare(other, op);
    }

    @Override
    public PyObject neg() {
        return DerivedDispatch.neg(this);
    }

    @Override
    public PyObject baseNeg() {
        return super.neg();
    }

    @Override
    public PyObject pos() {
        return DerivedDispatch.pos(this);
    }

    @Override
    public PyObject basePos() {
        return super.pos();
    }

    @Override
    public PyObject invert() {
        return DerivedDispatch.invert(this);
    }

    @Override
    public PyObject baseInvert() {
        return super.invert();
    }

    @Override
    public long pyHash() {
        return DerivedDispatch.pyHash(this);
    }

    @Override
    public long baseHash() {
        return super.pyHash();
    }

    @Override
    public int hashCode() {
        return Derived.isNative(type.lookup("__hash__")) ? super.hashCode() : Long.hashCode(pyHash());
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (Derived.isNative(type.lookup("__eq__"))) {
            return super.equals(o);
        }
        return o instanceof PyObject && Operations.eq(this, (PyObject) o);
    }
}
