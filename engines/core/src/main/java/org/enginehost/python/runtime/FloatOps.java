package org.enginehost.python.runtime;

import java.math.BigDecimal;

/** Float arithmetic with Python semantics (floor division, modulo sign, pow special cases). */
public final class FloatOps {
    private static final double TWO_53 = 9007199254740992.0;

    private FloatOps() {
    }

    public static PyObject binop(int op, double a, double b) {
        if (op >= BinOp.INPLACE) {
            op -= BinOp.INPLACE;
        }
        switch (op) {
            case BinOp.ADD: return new PyFloat(a + b);
            case BinOp.SUB: return new PyFloat(a - b);
            case BinOp.MUL: return new PyFloat(a * b);
            case BinOp.TRUEDIV:
                if (b == 0.0) {
                    throw PyErr.zeroDivision("float division by zero");
                }
                return new PyFloat(a / b);
            case BinOp.FLOORDIV:
                if (b == 0.0) {
                    throw PyErr.zeroDivision("float floor division by zero");
                }
                return new PyFloat(floorDiv(a, b));
            case BinOp.MOD:
                if (b == 0.0) {
                    throw PyErr.zeroDivision("float modulo");
                }
                return new PyFloat(mod(a, b));
            case BinOp.POW: return pow(a, b);
            default: return null;
        }
    }

    /** Python's float {@code %}: the result takes the sign of the divisor. */
    public static double mod(double a, double b) {
        double m = a % b;
        if (m != 0.0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    /** Python's float {@code //}, following CPython's float_floor_div. */
    public static double floorDiv(double a, double b) {
        double m = a % b;
        double div = (a - m) / b;
        if (m != 0.0 && ((b < 0) != (m < 0))) {
            div -= 1.0;
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, a / b);
        }
        return floordiv;
    }

    public static PyObject pow(double a, double b) {
        if (b == 0.0) {
            return new PyFloat(1.0);
        }
        if (Double.isNaN(a)) {
            return new PyFloat(a);
        }
        if (Double.isNaN(b)) {
            return new PyFloat(a == 1.0 ? 1.0 : b);
        }
        if (a == 0.0 && b < 0 && !Double.isInfinite(b)) {
            throw PyErr.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (a < 0 && !Double.isInfinite(a) && !Double.isInfinite(b) && b != Math.floor(b)) {
            return PyComplex.pow(new PyComplex(a, 0), new PyComplex(b, 0));
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw PyErr.overflow("(34, 'Numerical result out of range')");
        }
        return new PyFloat(r);
    }

    /** Sign of {@code i - d} computed exactly; {@code d} must not be NaN. */
    public static int compareIntFloat(PyInt i, double d) {
        if (i.big == null && Math.abs(i.value) <= (long) TWO_53) {
            double x = i.value;
            return x < d ? -1 : x > d ? 1 : 0;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        return new BigDecimal(i.toBig()).compareTo(new BigDecimal(d));
    }
}
