package org.enginehost.python.runtime;

/**
 * {@code types.GenericAlias}: what subscripting a builtin container class gives ({@code list[int]},
 * {@code dict[str, int]}, {@code tuple[int, ...]}, {@code type[C]}). Calling it creates an instance of the origin;
 * attributes other than its own are looked up on the origin.
 */
public final class PyGenericAlias extends PyObject {
    public static final PyType TYPE = new PyType("GenericAlias", new PyType[] {PyType.OBJECT}, (t, a, k) -> {
        PyBuiltinFunction.checkArgs("GenericAlias", a, k, 2, 2);
        return new PyGenericAlias(a[0], a[1]);
    }, "types");

    public final PyObject origin;
    public final PyTuple args;

    public PyGenericAlias(PyObject origin, PyObject args) {
        this.origin = origin;
        this.args = args instanceof PyTuple ? (PyTuple) args : PyTuple.of(args);
    }

    /** Whether {@code t} has {@code __class_getitem__} builtin classes: list, dict, tuple, set, frozenset, type. */
    /** Library types whose subscription makes an alias too (deque[int], re.Pattern[str]). */
    private static final java.util.Set<PyType> GENERIC_LIBRARY_TYPES = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Makes {@code t[...]} (and its subclasses') a {@code types.GenericAlias}, as CPython's __class_getitem__. */
    public static void allowSubscript(PyType t) {
        GENERIC_LIBRARY_TYPES.add(t);
    }

    static boolean subscriptable(PyType t) {
        for (PyType m : t.mro) {
            if (m == PyList.TYPE || m == PyDict.TYPE || m == PyTuple.TYPE || m == PySet.TYPE
                    || m == PySet.FROZEN_TYPE || m == PyType.TYPE || GENERIC_LIBRARY_TYPES.contains(m)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The repr of one type argument as CPython writes it in alias reprs. */
    static String argRepr(PyObject o) {
        if (o == PyEllipsis.ELLIPSIS) {
            return "...";
        }
        if (o instanceof PyType t) {
            if (t == PyNone.TYPE) {
                return "None";
            }
            return t.module == null || t.module.equals("builtins") ? t.qualname : t.module + "." + t.qualname;
        }
        if (o instanceof PyList l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size; i++) {
                sb.append(i > 0 ? ", " : "").append(argRepr(l.items[i]));
            }
            return sb.append(']').toString();
        }
        return Operations.repr(o);
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder(argRepr(origin)).append('[');
        PyObject[] items = args.items;
        if (items.length == 0) {
            sb.append("()");
        }
        for (int i = 0; i < items.length; i++) {
            sb.append(i > 0 ? ", " : "").append(argRepr(items[i]));
        }
        return sb.append(']').toString();
    }

    @Override
    public PyObject call(PyObject[] a, String[] kwnames) {
        PyObject r = origin.call(a, kwnames);
        try {
            r.setAttr("__orig_class__", this);
        } catch (PyException e) {
            // as CPython: objects without a __dict__ just do not record their alias
        }
        return r;
    }

    @Override
    public PyObject getAttr(String name) {
        switch (name) {
            case "__origin__": return origin;
            case "__args__": return args;
            case "__parameters__": return parameters(args.items);
            case "__class__": return TYPE;
            case "__unpacked__": return PyBool.FALSE;
            case "__mro_entries__":
                return new PyBuiltinFunction("__mro_entries__", (a, k) -> PyTuple.of(origin));
            default: return origin.getAttr(name);
        }
    }

    /** The type variables among {@code args}, in order of first appearance. */
    static PyTuple parameters(PyObject[] args) {
        java.util.List<PyObject> ps = new java.util.ArrayList<>();
        for (PyObject a : args) {
            if (a.getType().name.equals("TypeVar") && !ps.contains(a)) {
                ps.add(a);
            }
        }
        return PyTuple.of(ps.toArray(new PyObject[0]));
    }

    @Override
    public PyObject getItem(PyObject key) {
        throw PyErr.typeError(repr() + " is not a generic class");
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if ((op != CompareOp.EQ && op != CompareOp.NE) || !(other instanceof PyGenericAlias o)) {
            return null;
        }
        boolean eq = Operations.eq(origin, o.origin) && Operations.eq(args, o.args);
        return PyBool.of(eq == (op == CompareOp.EQ));
    }

    @Override
    public long pyHash() {
        return origin.pyHash() ^ args.pyHash();
    }

    @Override
    public PyObject binop(int op, PyObject other) {
        return op == BinOp.OR ? PyUnionType.or(this, other) : null;
    }

    @Override
    public PyObject rbinop(int op, PyObject other) {
        return op == BinOp.OR ? PyUnionType.or(other, this) : null;
    }
}
