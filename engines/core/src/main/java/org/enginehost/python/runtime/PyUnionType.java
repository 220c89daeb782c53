package org.enginehost.python.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code X | Y} of types (PEP 604), CPython's {@code types.UnionType}: usable with isinstance and
 * issubclass, printed as {@code int | str}. Nested unions are flattened and duplicates dropped;
 * a union of one member is that member.
 */
public final class PyUnionType extends PyObject {
    public static final PyType TYPE = new PyType("UnionType", new PyType[] {PyType.OBJECT}, null, "types");

    static {
        TYPE.addMethod("__instancecheck__", (a, k) -> {
            PyBuiltinFunction.checkArgs("__instancecheck__", a, k, 2, 2);
            for (PyObject t : ((PyUnionType) a[0]).args) {
                if (ClassBuiltins.isInstance(a[1], t == PyNone.NONE ? PyNone.TYPE : t)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        TYPE.addMethod("__subclasscheck__", (a, k) -> {
            PyBuiltinFunction.checkArgs("__subclasscheck__", a, k, 2, 2);
            for (PyObject t : ((PyUnionType) a[0]).args) {
                if (ClassBuiltins.isSubclass(a[1], t == PyNone.NONE ? PyNone.TYPE : t)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
    }

    /** The members: types and None. */
    final PyObject[] args;

    private PyUnionType(PyObject[] args) {
        this.args = args;
    }

    /** Whether {@code o} may be a member of a union. */
    static boolean isUnionable(PyObject o) {
        return o instanceof PyType || o == PyNone.NONE || o instanceof PyUnionType;
    }

    /** {@code a | b}, or {@code null} (NotImplemented) when either side cannot be in a union. */
    public static PyObject of(PyObject a, PyObject b) {
        if (!isUnionable(a) || !isUnionable(b)) {
            return null;
        }
        List<PyObject> out = new ArrayList<>();
        addFlat(out, a);
        addFlat(out, b);
        if (out.size() == 1) {
            return out.get(0);
        }
        return new PyUnionType(out.toArray(new PyObject[0]));
    }

    private static void addFlat(List<PyObject> out, PyObject o) {
        if (o instanceof PyUnionType) {
            for (PyObject x : ((PyUnionType) o).args) {
                addFlat(out, x);
            }
            return;
        }
        PyObject m = o == PyNone.TYPE ? PyNone.NONE : o;
        for (PyObject x : out) {
            if (x == m) {
                return;
            }
        }
        out.add(m);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject binop(int op, PyObject other) {
        return op == BinOp.OR ? of(this, other) : null;
    }

    @Override
    public PyObject rbinop(int op, PyObject other) {
        return op == BinOp.OR ? of(other, this) : null;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if ((op != CompareOp.EQ && op != CompareOp.NE) || !(other instanceof PyUnionType)) {
            return null;
        }
        PyObject[] o = ((PyUnionType) other).args;
        boolean same = o.length == args.length && containsAll(args, o) && containsAll(o, args);
        return PyBool.of(same == (op == CompareOp.EQ));
    }

    private static boolean containsAll(PyObject[] a, PyObject[] b) {
        for (PyObject x : b) {
            boolean found = false;
            for (PyObject y : a) {
                if (x == y) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long pyHash() {
        long h = 0;
        for (PyObject x : args) {
            h ^= x.pyHash();
        }
        return h == -1 ? -2 : h;
    }

    @Override
    public PyObject getAttr(String name) {
        if (name.equals("__args__")) {
            return PyTuple.of(args.clone());
        }
        return super.getAttr(name);
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder();
        for (PyObject x : args) {
            if (sb.length() > 0) {
                sb.append(" | ");
            }
            if (x == PyNone.NONE) {
                sb.append("None");
            } else if (x instanceof PyType) {
                PyType t = (PyType) x;
                String mod = t.module == null ? "builtins" : t.module;
                if (t.heap) {
                    PyObject m = t.dict().get("__module__");
                    mod = m instanceof PyStr ? ((PyStr) m).value : mod;
                }
                sb.append(mod.equals("builtins") ? t.qualname : mod + "." + t.qualname);
            } else {
                sb.append(x.repr());
            }
        }
        return sb.toString();
    }
}
