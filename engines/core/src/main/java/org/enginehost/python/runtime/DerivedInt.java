package org.enginehost.python.runtime;

/**
 * An instance of a user class whose builtin base is int ({@code class C(int): ...}).
 * It is a {@link PyInt}, so every builtin method and fast path that accepts a PyInt accepts
 * it; each protocol hook first checks whether the class overrides the dunder method in Python and
 * otherwise runs the builtin behaviour (the {@code base*} methods, also reached through the
 * builtin type's dunder wrappers, e.g. {@code super().__getitem__(k)}).
 * Generated from one template with the other {@code Derived*} classes; keep them in step.
 */
final class DerivedInt extends PyInt implements Derived {
    PyType type;
    PyDict dict;
    final PyObject[] slots;

    DerivedInt(PyType type, PyInt v) {
        super(v.value, v.big);
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
        PyObject m = type.lookup("__repr__");
        return Derived.isNative(m) ? baseRepr() : Slots.reprResult(Slots.call0(m, this), "__repr__");
    }

    @Override
    public String baseRepr() {
        return super.repr();
    }

    @Override
    public String str() {
        PyObject m = type.lookup("__str__");
        if (m == ObjectMethods.OBJECT_STR) {
            return repr();
        }
        if (m instanceof PyBuiltinFunction && m != PyInt.TYPE.lookup("__str__")) {
            // another builtin assigned as __str__, e.g. IntEnum's __str__ = int.__repr__
            return Slots.reprResult(Slots.call0(m, this), "__str__");
        }
        return Derived.isNative(m) ? baseStr() : Slots.reprResult(Slots.call0(m, this), "__str__");
    }

    @Override
    public String baseStr() {
        return super.str();
    }

    @Override
    public boolean isTrue() {
        if (Derived.isNative(type.lookup("__bool__")) && Derived.isNative(type.lookup("__len__"))) {
            return baseIsTrue();
        }
        return Slots.isTrue(this);
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
        PyObject m = type.lookup("__getitem__");
        return Derived.isNative(m) ? baseGetItem(key) : Slots.call1(m, this, key);
    }

    @Override
    public PyObject baseGetItem(PyObject key) {
        return super.getItem(key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        PyObject m = type.lookup("__setitem__");
        if (Derived.isNative(m)) {
            baseSetItem(key, value);
        } else {
            Slots.callMethod(m, this, new PyObject[] {key, value}, null);
        }
    }

    @Override
    public void baseSetItem(PyObject key, PyObject value) {
        super.setItem(key, value);
    }

    @Override
    public void delItem(PyObject key) {
        PyObject m = type.lookup("__delitem__");
        if (Derived.isNative(m)) {
            baseDelItem(key);
        } else {
            Slots.call1(m, this, key);
        }
    }

    @Override
    public void baseDelItem(PyObject key) {
        super.delItem(key);
    }

    @Override
    public PyObject iter() {
        return Derived.isNative(type.lookup("__iter__")) ? baseIter() : Slots.iter(this);
    }

    @Override
    public PyObject baseIter() {
        return super.iter();
    }

    @Override
    public int len() {
        PyObject m = type.lookup("__len__");
        return Derived.isNative(m) ? baseLen() : Slots.len(this, m);
    }

    @Override
    public int baseLen() {
        return super.len();
    }

    @Override
    public boolean contains(PyObject value) {
        PyObject m = type.lookup("__contains__");
        if (Derived.isNative(m)) {
            return Derived.isNative(type.lookup("__iter__")) ? baseContains(value) : Derived.iterContains(this, value);
        }
        return Operations.isTrue(Slots.call1(m, this, value));
    }

    @Override
    public boolean baseContains(PyObject value) {
        return super.contains(value);
    }

    @Override
    public PyObject binop(int op, PyObject other) {
        PyObject m = type.lookup(Slots.BINOP[op >= BinOp.INPLACE ? op - BinOp.INPLACE : op]);
        return Derived.isNative(m) ? baseBinop(op, other) : Slots.ni(Slots.call1(m, this, other));
    }

    @Override
    public PyObject baseBinop(int op, PyObject other) {
        return super.binop(op, other);
    }

    @Override
    public PyObject rbinop(int op, PyObject other) {
        PyObject m = type.lookup(Slots.RBINOP[op]);
        return Derived.isNative(m) ? baseRbinop(op, other) : Slots.ni(Slots.call1(m, this, other));
    }

    @Override
    public PyObject baseRbinop(int op, PyObject other) {
        return super.rbinop(op, other);
    }

    @Override
    public PyObject ibinop(int op, PyObject other) {
        PyObject m = type.lookup(Slots.IBINOP[op - BinOp.INPLACE]);
        if (Derived.isNative(m)) {
            return m == null ? binop(op, other) : baseIbinop(op, other);
        }
        PyObject r = Slots.ni(Slots.call1(m, this, other));
        return r != null ? r : binop(op - BinOp.INPLACE, other);
    }

    @Override
    public PyObject baseIbinop(int op, PyObject other) {
        return super.ibinop(op, other);
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        PyObject m = type.lookup(Slots.COMPARE[op]);
        return Derived.isNative(m) ? baseRichCompare(other, op) : Slots.ni(Slots.call1(m, this, other));
    }

    @Override
    public PyObject baseRichCompare(PyObject other, int op) {
        return super.richCompare(other, op);
    }

    @Override
    public PyObject neg() {
        PyObject m = type.lookup("__neg__");
        return Derived.isNative(m) ? baseNeg() : Slots.call0(m, this);
    }

    @Override
    public PyObject baseNeg() {
        return super.neg();
    }

    @Override
    public PyObject pos() {
        PyObject m = type.lookup("__pos__");
        return Derived.isNative(m) ? basePos() : Slots.call0(m, this);
    }

    @Override
    public PyObject basePos() {
        return super.pos();
    }

    @Override
    public PyObject invert() {
        PyObject m = type.lookup("__invert__");
        return Derived.isNative(m) ? baseInvert() : Slots.call0(m, this);
    }

    @Override
    public PyObject baseInvert() {
        return super.invert();
    }

    @Override
    public long pyHash() {
        PyObject m = type.lookup("__hash__");
        return Derived.isNative(m) ? baseHash() : Slots.hash(this);
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
