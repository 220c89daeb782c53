package org.enginehost.python.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/** Integer arithmetic with Python semantics: long fast paths, BigInteger on overflow. */
public final class IntOps {
    private static final long TWO_53 = 1L << 53;
    private static final BigInteger HUGE_EXPONENT = BigInteger.valueOf(Integer.MAX_VALUE);

    private IntOps() {
    }

    /** {@code a <op> b}; the in-place forms behave like the plain ones for ints. */
    public static PyObject binop(int op, PyInt a, PyInt b) {
        if (op >= BinOp.INPLACE) {
            op -= BinOp.INPLACE;
        }
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            switch (op) {
                case BinOp.ADD: return add(x, y);
                case BinOp.SUB: return sub(x, y);
                case BinOp.MUL: return mul(x, y);
                case BinOp.FLOORDIV: return floorDiv(x, y);
                case BinOp.MOD: return mod(x, y);
                case BinOp.TRUEDIV: return trueDiv(a, b);
                case BinOp.POW: return pow(a, b);
                case BinOp.AND: return PyInt.of(x & y);
                case BinOp.OR: return PyInt.of(x | y);
                case BinOp.XOR: return PyInt.of(x ^ y);
                case BinOp.LSHIFT: return lshift(a, b);
                case BinOp.RSHIFT: return rshift(a, b);
                default: return null;
            }
        }
        return bigBinop(op, a, b);
    }

    public static PyInt add(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            return PyInt.of(BigInteger.valueOf(x).add(BigInteger.valueOf(y)));
        }
        return PyInt.of(r);
    }

    public static PyInt sub(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            return PyInt.of(BigInteger.valueOf(x).subtract(BigInteger.valueOf(y)));
        }
        return PyInt.of(r);
    }

    public static PyInt mul(long x, long y) {
        long hi = Math.multiplyHigh(x, y);
        long lo = x * y;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return PyInt.of(lo);
        }
        return PyInt.of(BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)));
    }

    public static PyInt floorDiv(long x, long y) {
        if (y == 0) {
            throw PyErr.zeroDivision("integer division or modulo by zero");
        }
        if (x == Long.MIN_VALUE && y == -1) {
            return PyInt.of(BigInteger.valueOf(x).negate());
        }
        return PyInt.of(Math.floorDiv(x, y));
    }

    public static PyInt mod(long x, long y) {
        if (y == 0) {
            throw PyErr.zeroDivision("integer modulo by zero");
        }
        return PyInt.of(Math.floorMod(x, y));
    }

    static PyObject trueDiv(PyInt a, PyInt b) {
        if (!b.isTrue()) {
            throw PyErr.zeroDivision("division by zero");
        }
        if (a.big == null && b.big == null && Math.abs(a.value) <= TWO_53 && Math.abs(b.value) <= TWO_53) {
            return new PyFloat((double) a.value / (double) b.value);
        }
        BigDecimal q = new BigDecimal(a.toBig()).divide(new BigDecimal(b.toBig()), new MathContext(40));
        double d = q.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErr.overflow("integer division result too large for a float");
        }
        return new PyFloat(d);
    }

    static PyObject pow(PyInt a, PyInt b) {
        if (b.big == null ? b.value < 0 : b.big.signum() < 0) {
            double base = a.toDouble();
            if (base == 0.0) {
                throw PyErr.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return FloatOps.pow(base, b.toDouble());
        }
        if (a.big == null && b.big == null) {
            long base = a.value;
            long exp = b.value;
            long result = 1;
            boolean overflow = false;
            while (exp > 0) {
                if ((exp & 1) != 0) {
                    long hi = Math.multiplyHigh(result, base);
                    long lo = result * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                exp >>= 1;
                if (exp > 0) {
                    long hi = Math.multiplyHigh(base, base);
                    long lo = base * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    base = lo;
                }
            }
            if (!overflow) {
                return PyInt.of(result);
            }
        }
        BigInteger base = a.toBig();
        if (base.equals(BigInteger.ZERO) || base.equals(BigInteger.ONE)) {
            return a;
        }
        if (base.equals(BigInteger.ONE.negate())) {
            return PyInt.of(b.toBig().testBit(0) ? -1 : 1);
        }
        if (b.toBig().compareTo(HUGE_EXPONENT) > 0) {
            throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "exponent too large");
        }
        return PyInt.of(base.pow((int) b.value));
    }

    static PyObject lshift(PyInt a, PyInt b) {
        if (b.big == null ? b.value < 0 : b.big.signum() < 0) {
            throw PyErr.valueError("negative shift count");
        }
        if (!a.isTrue()) {
            return PyInt.of(0);
        }
        if (b.big != null || b.value > Integer.MAX_VALUE) {
            throw PyErr.overflow("too many digits in integer");
        }
        int s = (int) b.value;
        if (a.big == null && s < 63) {
            long r = a.value << s;
            if (r >> s == a.value) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(a.toBig().shiftLeft(s));
    }

    static PyObject rshift(PyInt a, PyInt b) {
        if (b.big == null ? b.value < 0 : b.big.signum() < 0) {
            throw PyErr.valueError("negative shift count");
        }
        if (a.big == null) {
            if (b.big != null || b.value >= 64) {
                return PyInt.of(a.value < 0 ? -1 : 0);
            }
            return PyInt.of(a.value >> b.value);
        }
        if (b.big != null || b.value > Integer.MAX_VALUE) {
            return PyInt.of(a.big.signum() < 0 ? -1 : 0);
        }
        return PyInt.of(a.big.shiftRight((int) b.value));
    }

    private static PyObject bigBinop(int op, PyInt a, PyInt b) {
        BigInteger x = a.toBig();
        BigInteger y = b.toBig();
        switch (op) {
            case BinOp.ADD: return PyInt.of(x.add(y));
            case BinOp.SUB: return PyInt.of(x.subtract(y));
            case BinOp.MUL: return PyInt.of(x.multiply(y));
            case BinOp.FLOORDIV:
                if (y.signum() == 0) {
                    throw PyErr.zeroDivision("integer division or modulo by zero");
                }
                // Operands of one sign: truncation is the floor, and no remainder is needed.
                return PyInt.of(x.signum() >= 0 && y.signum() > 0 ? x.divide(y) : floorDiv(x, y));
            case BinOp.MOD:
                if (y.signum() == 0) {
                    throw PyErr.zeroDivision("integer modulo by zero");
                }
                return PyInt.of(floorMod(x, y));
            case BinOp.TRUEDIV: return trueDiv(a, b);
            case BinOp.POW: return pow(a, b);
            case BinOp.AND: return PyInt.of(x.and(y));
            case BinOp.OR: return PyInt.of(x.or(y));
            case BinOp.XOR: return PyInt.of(x.xor(y));
            case BinOp.LSHIFT: return lshift(a, b);
            case BinOp.RSHIFT: return rshift(a, b);
            default: return null;
        }
    }

    /**
     * {@code divmod(x, y)} of two ints with one division, Python's floor semantics: the quotient
     * rounds toward minus infinity, the remainder takes the sign of {@code y}. {@code y} is not 0.
     */
    static BigInteger[] floorDivMod(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(y);
        }
        return qr;
    }

    /** {@code x % y} with the sign of {@code y}, as Python's: one remainder, no multiplication. */
    private static BigInteger floorMod(BigInteger x, BigInteger y) {
        if (y.signum() > 0) {
            return x.mod(y);
        }
        BigInteger r = x.remainder(y);
        return r.signum() != 0 && r.signum() != y.signum() ? r.add(y) : r;
    }

    private static BigInteger floorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    /** Three-way comparison of two ints. */
    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return Long.compare(a.value, b.value);
        }
        return a.toBig().compareTo(b.toBig());
    }
}
