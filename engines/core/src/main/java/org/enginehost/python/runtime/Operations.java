package org.enginehost.python.runtime;

/**
 * Instruction semantics shared by every engine: operators, comparisons, truth, attributes,
 * subscripts, iteration and calls. Engines inline the commonest fast paths and call these for
 * everything else.
 */
public final class Operations {
    private Operations() {
    }

    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) {
            return true;
        }
        if (o == PyBool.FALSE || o == PyNone.NONE) {
            return false;
        }
        return o.isTrue();
    }

    public static String repr(PyObject o) {
        return o.repr();
    }

    public static String str(PyObject o) {
        return o.str();
    }

    public static long hash(PyObject o) {
        return o.pyHash();
    }

    /** A stable fake address for reprs such as {@code <function f at 0x7f3a...>}. */
    public static String address(Object o) {
        return String.format("0x%012x", 0x7f0000000000L + ((long) System.identityHashCode(o) << 4));
    }

    // ---------------------------------------------------------------- operators

    /** {@code a <op> b} for a {@link BinOp} code (in-place codes included). */
    public static PyObject binaryOp(int op, PyObject a, PyObject b) {
        PyObject r;
        PyType bt = b.getType();
        if (bt.heap) {
            if (bt != a.getType()) {
                return userBinaryOp(op, a, b, bt);
            }
            r = op >= BinOp.INPLACE ? a.ibinop(op, b) : a.binop(op, b);
            if (r != null) {
                return r;
            }
            r = repeatByIndex(op, a, b);
            if (r != null) {
                return r;
            }
            throw binopError(op, a, b);
        }
        if (op >= BinOp.INPLACE) {
            r = a.ibinop(op, b);
            if (r != null) {
                return r;
            }
            r = b.rbinop(op - BinOp.INPLACE, a);
        } else {
            r = a.binop(op, b);
            if (r != null) {
                return r;
            }
            r = b.rbinop(op, a);
        }
        if (r != null) {
            return r;
        }
        r = repeatByIndex(op, a, b);
        if (r != null) {
            return r;
        }
        throw binopError(op, a, b);
    }

    /** Binary operation where b is of a user class: its reflected method goes first for a subclass. */
    private static PyObject userBinaryOp(int op, PyObject a, PyObject b, PyType bt) {
        int base = op >= BinOp.INPLACE ? op - BinOp.INPLACE : op;
        PyObject r = null;
        if (op >= BinOp.INPLACE) {
            PyObject m = a.getType().lookupDunder(Dunder.IBINOP_BASE + base);
            if (m != null || !a.getType().heap) {
                r = a.ibinop(op, b);
                if (r != null) {
                    return r;
                }
            }
        }
        PyType at = a.getType();
        int reflected = Dunder.RBINOP_BASE + base;
        if (bt.isSubtypeOf(at) && bt.lookupDunder(reflected) != at.lookupDunder(reflected)) {
            r = b.rbinop(base, a);
            if (r != null) {
                return r;
            }
            r = a.binop(base, b);
        } else {
            r = a.binop(base, b);
            if (r == null) {
                r = b.rbinop(base, a);
            }
        }
        if (r != null) {
            return r;
        }
        r = repeatByIndex(op, a, b);
        if (r != null) {
            return r;
        }
        throw binopError(op, a, b);
    }

    /** {@code seq * n} where the count is an object with {@code __index__} (CPython's sq_repeat fallback). */
    private static PyObject repeatByIndex(int op, PyObject a, PyObject b) {
        if ((op >= BinOp.INPLACE ? op - BinOp.INPLACE : op) != BinOp.MUL) {
            return null;
        }
        if (isRepeatable(a)) {
            PyInt n = b instanceof PyInt ? null : Index.orNull(b);
            return n == null ? null : binaryOp(op, a, n);
        }
        if (isRepeatable(b)) {
            PyInt n = a instanceof PyInt ? null : Index.orNull(a);
            return n == null ? null : binaryOp(op >= BinOp.INPLACE ? op - BinOp.INPLACE : op, n, b);
        }
        return null;
    }

    private static boolean isRepeatable(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof BytesBase;
    }

    private static boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple;
    }

    private static PyException binopError(int op, PyObject a, PyObject b) {
        int base = op >= BinOp.INPLACE ? op - BinOp.INPLACE : op;
        if (base == BinOp.ADD && isSequence(a) && a.getType() != b.getType()) {
            String t = a.getType().name;
            return PyErr.typeError("can only concatenate " + t + " (not \"" + b.getType().name + "\") to " + t);
        }
        if (base == BinOp.MUL && (isSequence(a) || isSequence(b))) {
            PyObject other = isSequence(a) ? b : a;
            return PyErr.typeError("can't multiply sequence by non-int of type '" + other.getType().name + "'");
        }
        String sym = BinOp.symbol(op);
        if (base == BinOp.POW && op < BinOp.INPLACE) {
            sym = "** or pow()";
        }
        return PyErr.typeError("unsupported operand type(s) for " + sym + ": '" + a.getType().name + "' and '"
                + b.getType().name + "'");
    }

    public static PyObject negative(PyObject o) {
        return o.neg();
    }

    public static PyObject positive(PyObject o) {
        return o.pos();
    }

    public static PyObject invert(PyObject o) {
        return o.invert();
    }

    // ---------------------------------------------------------------- comparisons

    /** {@code a <op> b} for a {@link CompareOp} code. */
    public static PyObject compare(int op, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return PyBool.of(CompareOp.test(op, IntOps.compare((PyInt) a, (PyInt) b)));
        }
        PyObject r;
        PyType bt = b.getType();
        if (bt.heap && bt != a.getType() && bt.isSubtypeOf(a.getType())) {
            r = b.richCompare(a, CompareOp.swapped(op));
            if (r != null) {
                return r;
            }
        }
        r = a.richCompare(b, op);
        if (r != null) {
            return r;
        }
        r = b.richCompare(a, CompareOp.swapped(op));
        if (r != null) {
            return r;
        }
        if (op == CompareOp.EQ) {
            return PyBool.of(a == b);
        }
        if (op == CompareOp.NE) {
            return PyBool.of(a != b);
        }
        throw PyErr.typeError("'" + CompareOp.symbol(op) + "' not supported between instances of '"
                + a.getType().name + "' and '" + b.getType().name + "'");
    }

    /** Python {@code a == b} as a Java boolean. */
    /**
     * os.fspath's first step: a str itself, else what its type's {@code __fspath__} returns (any
     * type; the caller checks it), or null when the type has none. Callers word their own errors.
     */
    public static PyObject fspath(PyObject o) {
        if (o instanceof PyStr) {
            return o;
        }
        PyObject method = o.getType().lookup("__fspath__");
        return method == null ? null : method.call(new PyObject[] {o}, null);
    }

    public static boolean eq(PyObject a, PyObject b) {
        return isTrue(compare(CompareOp.EQ, a, b));
    }

    /** {@code item in container}. */
    public static boolean contains(PyObject container, PyObject item) {
        return container.contains(item);
    }

    // ---------------------------------------------------------------- attributes and items

    public static PyObject getAttr(PyObject o, String name) {
        return o.getAttr(name);
    }

    /** Lookup on the type (binding methods) with no error; {@code null} when missing. */
    public static PyObject genericGetAttr(PyObject o, String name) {
        PyType t = o.getType();
        PyObject v = t.lookup(name);
        if (v != null) {
            PyObject d = v.descrGet(o, t);
            return d != null ? d : v;
        }
        if (name.equals("__class__")) {
            return t;
        }
        return null;
    }

    public static void setAttr(PyObject o, String name, PyObject value) {
        o.setAttr(name, value);
    }

    public static PyObject getItem(PyObject container, PyObject key) {
        return container.getItem(key);
    }

    public static void setItem(PyObject container, PyObject key, PyObject value) {
        container.setItem(key, value);
    }

    public static void delItem(PyObject container, PyObject key) {
        container.delItem(key);
    }

    // ---------------------------------------------------------------- iteration and calls

    public static PyObject iter(PyObject o) {
        return o.iter();
    }

    /** All items of an iterable, as an array. */
    public static PyObject[] toArray(PyObject iterable) {
        if (iterable.getClass() == PyTuple.class) {
            return ((PyTuple) iterable).items;
        }
        if (iterable.getClass() == PyList.class) {
            return ((PyList) iterable).toArray();
        }
        PyList l = new PyList();
        l.extend(iterable);
        return l.toArray();
    }

    /** Unpacks exactly {@code n} items, with CPython's ValueError messages. */
    public static PyObject[] unpack(PyObject seq, int n) {
        PyObject[] items;
        if (seq.getClass() == PyTuple.class || seq.getClass() == PyList.class) {
            items = toArray(seq);
        } else {
            PyObject it;
            try {
                it = seq.iter();
            } catch (PyException e) {
                if (e.value.isInstance(ExceptionTypes.TYPE_ERROR)) {
                    throw PyErr.typeError("cannot unpack non-iterable " + seq.getType().name + " object");
                }
                throw e;
            }
            PyObject[] out = new PyObject[n];
            int i = 0;
            for (PyObject x = it.next(); x != null; x = it.next()) {
                if (i == n) {
                    throw PyErr.valueError("too many values to unpack (expected " + n + ")");
                }
                out[i++] = x;
            }
            if (i < n) {
                throw PyErr.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
            }
            return out;
        }
        if (items.length > n) {
            throw PyErr.valueError("too many values to unpack (expected " + n + ")");
        }
        if (items.length < n) {
            throw PyErr.valueError("not enough values to unpack (expected " + n + ", got " + items.length + ")");
        }
        return items;
    }

    public static PyObject call(PyObject callable, PyObject... args) {
        return callable.call(args, null);
    }

    public static PyObject call(PyObject callable, PyObject[] args, String[] kwnames) {
        return callable.call(args, kwnames);
    }

    /** {@code isinstance(o, t)} for a type or a tuple of types. */
    public static boolean isInstance(PyObject o, PyObject t) {
        if (t instanceof PyType && o.getType() == t) {
            return true;
        }
        if (t instanceof PyType || t instanceof PyTuple || t instanceof PyUnionType || t instanceof PyGenericAlias) {
            return ClassBuiltins.isInstance(o, t);
        }
        if (t instanceof PyType) {
            return o.getType().isSubtypeOf((PyType) t);
        }
        if (t instanceof PyTuple) {
            for (PyObject x : ((PyTuple) t).items) {
                if (isInstance(o, x)) {
                    return true;
                }
            }
            return false;
        }
        throw PyErr.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }
}
