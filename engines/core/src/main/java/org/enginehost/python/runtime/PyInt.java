package org.enginehost.python.runtime;

import java.math.BigInteger;

/**
 * Python {@code int}: a {@code long} while the value fits, a {@link BigInteger} beyond. The
 * representation is canonical: {@link #big} is non-null exactly when the value does not fit in
 * a long, so equality never needs to compare mixed forms.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.builtin("int", Builtins::constructInt);

    private static final int CACHE_LOW = -128;
    private static final int CACHE_HIGH = 1024;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new PyInt(i + CACHE_LOW, null);
        }
    }

    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** The value when {@link #big} is null. */
    public final long value;
    /** The value when it does not fit in a long; otherwise null. */
    public final BigInteger big;

    PyInt(long value, BigInteger big) {
        this.value = value;
        this.big = big;
    }

    public static PyInt of(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) {
            return CACHE[(int) v - CACHE_LOW];
        }
        return new PyInt(v, null);
    }

    public static PyInt of(BigInteger b) {
        if (b.bitLength() < 64) {
            return of(b.longValue());
        }
        return new PyInt(0, b);
    }

    public final boolean isBig() {
        return big != null;
    }

    public final BigInteger toBig() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    /** The value as a double, raising OverflowError when it is out of range. */
    public final double toDouble() {
        if (big == null) {
            return value;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErr.overflow("int too large to convert to float");
        }
        return d;
    }

    /** The value as a Java int index, raising IndexError/OverflowError like CPython's ssize_t. */
    public final int toIndex(String what) {
        if (big != null || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw PyErr.indexError("cannot fit 'int' into an index-sized integer");
        }
        return (int) value;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        return big == null ? Long.toString(value) : IntMethods.toDecimalString(big);
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject v = IntMethods.attr(this, name);
        return v != null ? v : super.getAttr(name);
    }

    @Override
    public boolean isTrue() {
        return big != null || value != 0;
    }

    @Override
    public PyObject binop(int op, PyObject other) {
        if (other instanceof PyInt) {
            return IntOps.binop(op, this, (PyInt) other);
        }
        return null;
    }

    @Override
    public PyObject rbinop(int op, PyObject other) {
        if (other instanceof PyInt) {
            return IntOps.binop(op, (PyInt) other, this);
        }
        return null;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (other instanceof PyInt) {
            return PyBool.of(CompareOp.test(op, IntOps.compare(this, (PyInt) other)));
        }
        return null;
    }

    @Override
    public PyObject neg() {
        if (big == null && value != Long.MIN_VALUE) {
            return of(-value);
        }
        return of(toBig().negate());
    }

    @Override
    public PyObject pos() {
        return big == null ? of(value) : of(big);
    }

    @Override
    public PyObject invert() {
        return big == null ? of(~value) : of(big.not());
    }

    @Override
    public long pyHash() {
        return Hashing.hashInt(this);
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof PyInt) {
            PyInt i = (PyInt) o;
            return big == null ? i.big == null && i.value == value : big.equals(i.big);
        }
        if (o instanceof PyFloat) {
            return FloatOps.compareIntFloat(this, ((PyFloat) o).value) == 0 && !Double.isNaN(((PyFloat) o).value);
        }
        return false;
    }
}
