package org.enginehost.python.runtime;

/** Python {@code float}: an IEEE double. */
public class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.builtin("float", Builtins::constructFloat);

    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        return FloatRepr.repr(value);
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject v = FloatMethods.attr(this, name);
        return v != null ? v : super.getAttr(name);
    }

    @Override
    public boolean isTrue() {
        return value != 0.0;
    }

    /** The double value of an int or float operand, or NaN-free {@code null} marker via flag. */
    private static boolean isNumber(PyObject o) {
        return o instanceof PyFloat || o instanceof PyInt;
    }

    static double toDouble(PyObject o) {
        return o instanceof PyFloat ? ((PyFloat) o).value : ((PyInt) o).toDouble();
    }

    @Override
    public PyObject binop(int op, PyObject other) {
        if (!isNumber(other)) {
            return null;
        }
        return FloatOps.binop(op, value, toDouble(other));
    }

    @Override
    public PyObject rbinop(int op, PyObject other) {
        if (!(other instanceof PyInt)) {
            return null;
        }
        return FloatOps.binop(op, ((PyInt) other).toDouble(), value);
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (other instanceof PyFloat) {
            double b = ((PyFloat) other).value;
            switch (op) {
                case CompareOp.LT: return PyBool.of(value < b);
                case CompareOp.LE: return PyBool.of(value <= b);
                case CompareOp.EQ: return PyBool.of(value == b);
                case CompareOp.NE: return PyBool.of(value != b);
                case CompareOp.GT: return PyBool.of(value > b);
                default: return PyBool.of(value >= b);
            }
        }
        if (other instanceof PyInt) {
            if (Double.isNaN(value)) {
                return PyBool.of(op == CompareOp.NE);
            }
            return PyBool.of(CompareOp.test(op, -FloatOps.compareIntFloat((PyInt) other, value)));
        }
        return null;
    }

    @Override
    public PyObject neg() {
        return new PyFloat(-value);
    }

    @Override
    public PyObject pos() {
        return this;
    }

    @Override
    public long pyHash() {
        if (Double.isNaN(value)) {
            return System.identityHashCode(this);
        }
        return Hashing.hashDouble(value);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o instanceof PyFloat) {
            return ((PyFloat) o).value == value;
        }
        if (o instanceof PyInt) {
            return !Double.isNaN(value) && FloatOps.compareIntFloat((PyInt) o, value) == 0;
        }
        return false;
    }
}
