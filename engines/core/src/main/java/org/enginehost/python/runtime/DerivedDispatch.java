package org.enginehost.python.runtime;

/**
 * The protocol hooks shared by every {@code Derived*} class (instances of user subclasses of
 * builtins): use the class's Python override of a dunder when there is one, otherwise the builtin
 * behaviour ({@code base*}). Kept here once; the {@code Derived*} classes only delegate, because
 * Java has no way to mix one set of overrides into eight different superclasses.
 */
final class DerivedDispatch {

    private DerivedDispatch() {
    }

    static <T extends PyObject & Derived> String repr(T self) {
        PyObject m = self.getType().lookup("__repr__");
        return Derived.isNative(m) ? self.baseRepr() : Slots.reprResult(Slots.call0(m, self), "__repr__");
    }

    static <T extends PyObject & Derived> String str(T self) {
        PyObject m = self.getType().lookup("__str__");
        if (m == ObjectMethods.OBJECT_STR) {
            return self.repr();
        }
        return Derived.isNative(m) ? self.baseStr() : Slots.reprResult(Slots.call0(m, self), "__str__");
    }

    static <T extends PyObject & Derived> boolean isTrue(T self) {
        PyType type = self.getType();
        if (Derived.isNative(type.lookup("__bool__")) && Derived.isNative(type.lookup("__len__"))) {
            return self.baseIsTrue();
        }
        return Slots.isTrue(self);
    }

    static <T extends PyObject & Derived> PyObject getItem(T self, PyObject key) {
        PyObject m = self.getType().lookup("__getitem__");
        return Derived.isNative(m) ? self.baseGetItem(key) : Slots.call1(m, self, key);
    }

    static <T extends PyObject & Derived> void setItem(T self, PyObject key, PyObject value) {
        PyObject m = self.getType().lookup("__setitem__");
        if (Derived.isNative(m)) {
            self.baseSetItem(key, value);
        } else {
            Slots.callMethod(m, self, new PyObject[] {key, value}, null);
        }
    }

    static <T extends PyObject & Derived> void delItem(T self, PyObject key) {
        PyObject m = self.getType().lookup("__delitem__");
        if (Derived.isNative(m)) {
            self.baseDelItem(key);
        } else {
            Slots.call1(m, self, key);
        }
    }

    static <T extends PyObject & Derived> PyObject iter(T self) {
        return Derived.isNative(self.getType().lookup("__iter__")) ? self.baseIter() : Slots.iter(self);
    }

    static <T extends PyObject & Derived> int len(T self) {
        PyObject m = self.getType().lookup("__len__");
        return Derived.isNative(m) ? self.baseLen() : Slots.len(self, m);
    }

    static <T extends PyObject & Derived> boolean contains(T self, PyObject value) {
        PyType type = self.getType();
        PyObject m = type.lookup("__contains__");
        if (Derived.isNative(m)) {
            return Derived.isNative(type.lookup("__iter__")) ? self.baseContains(value) : Derived.iterContains(self, value);
        }
        return Operations.isTrue(Slots.call1(m, self, value));
    }

    static <T extends PyObject & Derived> PyObject binop(T self, int op, PyObject other) {
        PyObject m = self.getType().lookupDunder(Dunder.BINOP_BASE + (op >= BinOp.INPLACE ? op - BinOp.INPLACE : op));
        return Derived.isNative(m) ? self.baseBinop(op, other) : Slots.ni(Slots.call1(m, self, other));
    }

    static <T extends PyObject & Derived> PyObject rbinop(T self, int op, PyObject other) {
        PyObject m = self.getType().lookupDunder(Dunder.RBINOP_BASE + op);
        return Derived.isNative(m) ? self.baseRbinop(op, other) : Slots.ni(Slots.call1(m, self, other));
    }

    static <T extends PyObject & Derived> PyObject ibinop(T self, int op, PyObject other) {
        PyObject m = self.getType().lookupDunder(Dunder.IBINOP_BASE + op - BinOp.INPLACE);
        if (Derived.isNative(m)) {
            return m == null ? self.binop(op, other) : self.baseIbinop(op, other);
        }
        PyObject r = Slots.ni(Slots.call1(m, self, other));
        return r != null ? r : self.binop(op - BinOp.INPLACE, other);
    }

    static <T extends PyObject & Derived> PyObject richCompare(T self, PyObject other, int op) {
        PyObject m = self.getType().lookupDunder(Dunder.COMPARE_BASE + op);
        return Derived.isNative(m) ? self.baseRichCompare(other, op) : Slots.ni(Slots.call1(m, self, other));
    }

    static <T extends PyObject & Derived> PyObject neg(T self) {
        PyObject m = self.getType().lookup("__neg__");
        return Derived.isNative(m) ? self.baseNeg() : Slots.call0(m, self);
    }

    static <T extends PyObject & Derived> PyObject pos(T self) {
        PyObject m = self.getType().lookup("__pos__");
        return Derived.isNative(m) ? self.basePos() : Slots.call0(m, self);
    }

    static <T extends PyObject & Derived> PyObject invert(T self) {
        PyObject m = self.getType().lookup("__invert__");
        return Derived.isNative(m) ? self.baseInvert() : Slots.call0(m, self);
    }

    static <T extends PyObject & Derived> long pyHash(T self) {
        PyObject m = self.getType().lookup("__hash__");
        return Derived.isNative(m) ? self.baseHash() : Slots.hash(self);
    }
}
