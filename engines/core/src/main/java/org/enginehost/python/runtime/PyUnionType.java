package org.enginehost.python.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.UnionType}: the result of {@code X | Y} on classes ({@code int | None}). Usable with isinstance and
 * issubclass; {@code __args__} holds the deduplicated, flattened members (None as NoneType).
 */
public final class PyUnionType extends PyObject {
    public static final PyType TYPE = new PyType("UnionType", new PyType[] {PyType.OBJECT}, null, "types");

    public final PyTuple args;

    private PyUnionType(PyTuple args) {
        this.args = args;
    }

    private static boolean unionable(PyObject o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnionType;
    }

    /** {@code a | b} as {@code type.__or__}; null (NotImplemented) when an operand is not a class or alias. */
    public static PyObject or(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) {
            return null;
        }
        List<PyObject> members = new ArrayList<>();
        add(members, a);
        add(members, b);
        if (members.size() == 1) {
            return members.get(0);
        }
        return new PyUnionType(PyTuple.of(members.toArray(new PyObject[0])));
    }

    private static void add(List<PyObject> members, PyObject o) {
        if (o instanceof PyUnionType u) {
            for (PyObject x : u.args.items) {
                add(members, x);
            }
            return;
        }
        PyObject m = o == PyNone.NONE ? PyNone.TYPE : o;
        for (PyObject x : members) {
            if (x == m || (x instanceof PyGenericAlias && Operations.eq(x, m))) {
                return;
            }
        }
        members.add(m);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder();
        for (PyObject a : args.items) {
            sb.append(sb.length() > 0 ? " | " : "").append(PyGenericAlias.argRepr(a));
        }
        return sb.toString();
    }

    @Override
    public PyObject getAttr(String name) {
        switch (name) {
            case "__args__": return args;
            case "__parameters__": return PyGenericAlias.parameters(args.items);
            case "__class__": return TYPE;
            default: return super.getAttr(name);
        }
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if ((op != CompareOp.EQ && op != CompareOp.NE) || !(other instanceof PyUnionType o)) {
            return null;
        }
        boolean eq = args.items.length == o.args.items.length;
        for (int i = 0; eq && i < args.items.length; i++) {
            eq = o.args.contains(args.items[i]);
        }
        return PyBool.of(eq == (op == CompareOp.EQ));
    }

    @Override
    public long pyHash() {
        long h = 0x345678L;
        for (PyObject a : args.items) {
            h ^= a.pyHash();
        }
        return h;
    }

    @Override
    public PyObject binop(int op, PyObject other) {
        return op == BinOp.OR ? or(this, other) : null;
    }

    @Override
    public PyObject rbinop(int op, PyObject other) {
        return op == BinOp.OR ? or(other, this) : null;
    }
}
