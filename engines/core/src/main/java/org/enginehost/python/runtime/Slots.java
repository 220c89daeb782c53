package org.enginehost.python.runtime;

/**
 * Calling dunder methods of user classes: the glue between the Java hooks of {@link PyObject}
 * (CPython's type slots) and methods defined in Python. {@code null} results mean "not defined"
 * or NotImplemented, as in the hooks.
 */
public final class Slots {
    private static final PyObject[] NO_ARGS = new PyObject[0];

    private Slots() {
    }

    /** Calls a method found on the type with {@code self} as the first argument. */
    public static PyObject callMethod(PyObject m, PyObject self, PyObject[] args, String[] kwnames) {
        if (m instanceof PyFunction || (m instanceof PyBuiltinFunction && ((PyBuiltinFunction) m).isMethod)) {
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = self;
            System.arraycopy(args, 0, full, 1, args.length);
            return m.call(full, kwnames);
        }
        PyObject b = m.descrGet(self, self.getType());
        return (b != null ? b : m).call(args, kwnames);
    }

    static PyObject call0(PyObject m, PyObject self) {
        if (m instanceof PyFunction || m instanceof PyBuiltinFunction) {
            return m.call(new PyObject[] {self}, null);
        }
        return callMethod(m, self, NO_ARGS, null);
    }

    static PyObject call1(PyObject m, PyObject self, PyObject a) {
        if (m instanceof PyFunction || m instanceof PyBuiltinFunction) {
            return m.call(new PyObject[] {self, a}, null);
        }
        return callMethod(m, self, new PyObject[] {a}, null);
    }

    /** Calls {@code self.name()} when the type defines it; {@code null} otherwise. */
    public static PyObject invoke0(PyObject self, String name) {
        PyObject m = self.getType().lookup(name);
        return m == null ? null : call0(m, self);
    }

    public static PyObject invoke1(PyObject self, String name, PyObject a) {
        PyObject m = self.getType().lookup(name);
        return m == null ? null : call1(m, self, a);
    }

    static String strArg(PyObject v, String what) {
        if (!(v instanceof PyStr)) {
            throw PyErr.typeError(what + " must be set to a string object");
        }
        return ((PyStr) v).value;
    }

    static String reprResult(PyObject r, String what) {
        if (!(r instanceof PyStr)) {
            throw PyErr.typeError(what + " returned non-string (type " + r.getType().name + ")");
        }
        return ((PyStr) r).value;
    }

    /** NotImplemented becomes {@code null}. */
    static PyObject ni(PyObject r) {
        return r == PyNotImplemented.NOT_IMPLEMENTED ? null : r;
    }

    // ---------------------------------------------------------------- protocol helpers

    static PyObject binop(PyObject self, int op, PyObject other) {
        int base = op >= BinOp.INPLACE ? op - BinOp.INPLACE : op;
        PyObject m = self.getType().lookupDunder(Dunder.BINOP_BASE + base);
        return m == null ? null : ni(call1(m, self, other));
    }

    static PyObject rbinop(PyObject self, int op, PyObject other) {
        PyObject m = self.getType().lookupDunder(Dunder.RBINOP_BASE + op);
        return m == null ? null : ni(call1(m, self, other));
    }

    static PyObject ibinop(PyObject self, int op, PyObject other) {
        PyObject m = self.getType().lookupDunder(Dunder.IBINOP_BASE + op - BinOp.INPLACE);
        if (m != null) {
            PyObject r = ni(call1(m, self, other));
            if (r != null) {
                return r;
            }
        }
        return binop(self, op - BinOp.INPLACE, other);
    }

    static PyObject richCompare(PyObject self, PyObject other, int op) {
        PyObject m = self.getType().lookupDunder(Dunder.COMPARE_BASE + op);
        return m == null ? null : ni(call1(m, self, other));
    }

    static PyObject unary(PyObject self, String name, String symbol) {
        PyObject m = self.getType().lookup(name);
        if (m == null) {
            throw PyErr.typeError("bad operand type for " + symbol + ": '" + self.getType().name + "'");
        }
        return call0(m, self);
    }

    static boolean isTrue(PyObject self) {
        PyType t = self.getType();
        PyObject m = t.lookupDunder(Dunder.BOOL);
        if (m != null) {
            PyObject r = call0(m, self);
            if (!(r instanceof PyBool)) {
                throw PyErr.typeError("__bool__ should return bool, returned " + r.getType().name);
            }
            return r == PyBool.TRUE;
        }
        m = t.lookupDunder(Dunder.LEN);
        if (m != null) {
            return len(self, m) != 0;
        }
        return true;
    }

    static int len(PyObject self, PyObject m) {
        PyObject r = call0(m, self);
        if (!(r instanceof PyInt)) {
            throw PyErr.typeError("'" + r.getType().name + "' object cannot be interpreted as an integer");
        }
        PyInt i = (PyInt) r;
        if (i.big != null || i.value > Integer.MAX_VALUE) {
            if (i.toBig().signum() < 0) {
                throw PyErr.valueError("__len__() should return >= 0");
            }
            throw PyErr.overflow("cannot fit 'int' into an index-sized integer");
        }
        if (i.value < 0) {
            throw PyErr.valueError("__len__() should return >= 0");
        }
        return (int) i.value;
    }

    static long hash(PyObject self) {
        PyObject m = self.getType().lookupDunder(Dunder.HASH);
        if (m == null || m == PyNone.NONE) {
            throw PyErr.typeError("unhashable type: '" + self.getType().name + "'");
        }
        if (m == ObjectMethods.OBJECT_HASH) {
            return System.identityHashCode(self);
        }
        PyObject r = call0(m, self);
        if (!(r instanceof PyInt)) {
            throw PyErr.typeError("__hash__ method should return an integer");
        }
        // As CPython: a result that fits a machine word is the hash (-1, which means an error
        // there, becomes -2); only a bigger one is hashed again.
        PyInt h = (PyInt) r;
        if (h.big == null) {
            return h.value == -1 ? -2 : h.value;
        }
        return r.pyHash();
    }

    static PyObject iter(PyObject self) {
        PyType t = self.getType();
        PyObject m = t.lookupDunder(Dunder.ITER);
        if (m == PyNone.NONE) {
            throw PyErr.typeError("'" + t.name + "' object is not iterable");
        }
        if (m == null) {
            if (t.lookupDunder(Dunder.GETITEM) != null) {
                return new PySeqIterator(self);
            }
            throw PyErr.typeError("'" + t.name + "' object is not iterable");
        }
        PyObject it = call0(m, self);
        if (it instanceof PyInstance ? it.getType().lookupDunder(Dunder.NEXT) == null
                : it instanceof PyList || it instanceof PyTuple || it instanceof PyStr || it instanceof PyDict
                || it instanceof PyInt || it instanceof PyFloat || it == PyNone.NONE) {
            throw PyErr.typeError("iter() returned non-iterator of type '" + it.getType().name + "'");
        }
        return it;
    }

    static PyObject next(PyObject self) {
        PyObject m = self.getType().lookupDunder(Dunder.NEXT);
        if (m == null) {
            throw PyErr.typeError("'" + self.getType().name + "' object is not an iterator");
        }
        try {
            return call0(m, self);
        } catch (PyException e) {
            if (e.value.isInstance(ExceptionTypes.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    static PyObject getItem(PyObject self, PyObject key) {
        PyObject m = self.getType().lookupDunder(Dunder.GETITEM);
        if (m == null) {
            throw PyErr.typeError("'" + self.getType().name + "' object is not subscriptable");
        }
        return call1(m, self, key);
    }

    static void setItem(PyObject self, PyObject key, PyObject value) {
        PyObject m = self.getType().lookupDunder(Dunder.SETITEM);
        if (m == null) {
            throw PyErr.typeError("'" + self.getType().name + "' object does not support item assignment");
        }
        callMethod(m, self, new PyObject[] {key, value}, null);
    }

    static void delItem(PyObject self, PyObject key) {
        PyObject m = self.getType().lookupDunder(Dunder.DELITEM);
        if (m == null) {
            throw PyErr.typeError("'" + self.getType().name + "' object does not support item deletion");
        }
        call1(m, self, key);
    }

    /** {@code value in self} through __contains__, else iteration. */
    static boolean contains(PyObject self, PyObject value) {
        PyType t = self.getType();
        PyObject m = t.lookupDunder(Dunder.CONTAINS);
        if (m != null) {
            return Operations.isTrue(call1(m, self, value));
        }
        if (t.lookupDunder(Dunder.ITER) == null && t.lookupDunder(Dunder.GETITEM) == null) {
            throw PyErr.typeError("argument of type '" + t.name + "' is not iterable");
        }
        PyObject it = self.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (x == value || Operations.eq(x, value)) {
                return true;
            }
        }
        return false;
    }

    static PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject m = self.getType().lookupDunder(Dunder.CALL);
        if (m == null) {
            throw PyErr.typeError("'" + self.getType().name + "' object is not callable");
        }
        return callMethod(m, self, args, kwnames);
    }

    static String repr(PyObject self) {
        PyObject m = self.getType().lookupDunder(Dunder.REPR);
        if (m == ObjectMethods.OBJECT_REPR || m == null) {
            return ObjectMethods.defaultRepr(self);
        }
        return reprResult(call0(m, self), "__repr__");
    }

    static String str(PyObject self) {
        PyObject m = self.getType().lookupDunder(Dunder.STR);
        if (m == ObjectMethods.OBJECT_STR || m == null) {
            return self.repr();
        }
        return reprResult(call0(m, self), "__str__");
    }

    static PyObject descrGet(PyObject self, PyObject obj, PyType type) {
        PyObject m = self.getType().lookupDunder(Dunder.GET);
        if (m == null) {
            return null;
        }
        return callMethod(m, self, new PyObject[] {obj == null ? PyNone.NONE : obj, type}, null);
    }

    static void descrSet(PyObject self, PyObject obj, PyObject value) {
        if (value == null) {
            PyObject m = self.getType().lookupDunder(Dunder.DELETE);
            if (m == null) {
                throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "__delete__");
            }
            call1(m, self, obj);
        } else {
            PyObject m = self.getType().lookupDunder(Dunder.SET);
            if (m == null) {
                throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "__set__");
            }
            callMethod(m, self, new PyObject[] {obj, value}, null);
        }
    }

    /** {@code format(self, spec)} through __format__. */
    public static String format(PyObject self, String spec) {
        PyObject m = self.getType().lookupDunder(Dunder.FORMAT);
        if (m == null || m == ObjectMethods.OBJECT_FORMAT) {
            if (!spec.isEmpty()) {
                throw PyErr.typeError("unsupported format string passed to " + self.getType().name + ".__format__");
            }
            return self.str();
        }
        PyObject r = call1(m, self, new PyStr(spec));
        if (!(r instanceof PyStr)) {
            throw PyErr.typeError("__format__ must return a str, not " + r.getType().name);
        }
        return ((PyStr) r).value;
    }

    /** {@code __index__} of a user object, or {@code null} when the type has none. */
    public static PyInt index(PyObject self) {
        return Index.orNull(self);
    }
}
