package org.enginehost.python.runtime;

/** {@code True} and {@code False}: a subclass of int, as in Python. */
public final class PyBool extends PyInt {
    public static final PyType TYPE = new PyType("bool", new PyType[] {PyInt.TYPE},
            (t, a, k) -> a.length == 0 ? PyBool.FALSE : PyBool.of(Operations.isTrue(a[0])));
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(v, null);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        return value != 0 ? "True" : "False";
    }

    @Override
    public boolean isTrue() {
        return value != 0;
    }

    @Override
    public PyObject binop(int op, PyObject other) {
        if (other instanceof PyBool && (op == BinOp.AND || op == BinOp.OR || op == BinOp.XOR
                || op == BinOp.AND + BinOp.INPLACE || op == BinOp.OR + BinOp.INPLACE || op == BinOp.XOR + BinOp.INPLACE)) {
            boolean a = value != 0;
            boolean b = ((PyBool) other).value != 0;
            int base = op >= BinOp.INPLACE ? op - BinOp.INPLACE : op;
            return of(base == BinOp.AND ? a & b : base == BinOp.OR ? a | b : a ^ b);
        }
        return super.binop(op, other);
    }
}
