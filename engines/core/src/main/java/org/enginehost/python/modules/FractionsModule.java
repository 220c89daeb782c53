package org.enginehost.python.modules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.enginehost.python.runtime.BinOp;
import org.enginehost.python.runtime.CompareOp;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyFloat;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;

/** The {@code fractions} module: exact rationals on BigInteger. */
public final class FractionsModule {
    private FractionsModule() {
    }

    public static final PyType TYPE = new PyType("Fraction", new PyType[] {PyType.OBJECT},
            (t, a, k) -> Fraction.make(a, k), "fractions");

    private static final Pattern RATIONAL = Pattern.compile(
            "\\s*([-+]?)(?=\\d|\\.\\d)(\\d*|\\d+(?:_\\d+)*)(?:(?:/(\\d+(?:_\\d+)*))?|(?:\\.(\\d*|\\d+(?:_\\d+)*))?"
            + "(?:[eE]([-+]?\\d+(?:_\\d+)*))?)\\s*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final BigInteger HASH_MOD = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);

    static {
        install();
    }

    public static PyModule create() {
        PyModule m = new PyModule("fractions", null);
        m.define("Fraction", TYPE);
        return m;
    }

    static final class Fraction extends PyObject {
        final BigInteger num;
        final BigInteger den;

        /** Already normalised (den > 0, gcd 1). */
        Fraction(BigInteger num, BigInteger den) {
            this.num = num;
            this.den = den;
        }

        static Fraction of(BigInteger n, BigInteger d) {
            if (d.signum() == 0) {
                throw PyErr.zeroDivision("Fraction(" + n + ", 0)");
            }
            BigInteger g = n.gcd(d);
            if (d.signum() < 0) {
                g = g.negate();
            }
            if (!g.equals(BigInteger.ONE)) {
                n = n.divide(g);
                d = d.divide(g);
            }
            return new Fraction(n, d);
        }

        static Fraction fromDouble(double d) {
            if (Double.isNaN(d)) {
                throw PyErr.valueError("cannot convert NaN to integer ratio");
            }
            if (Double.isInfinite(d)) {
                throw PyErr.overflow("cannot convert Infinity to integer ratio");
            }
            BigDecimal b = new BigDecimal(d);
            BigInteger unscaled = b.unscaledValue();
            int scale = b.scale();
            return scale >= 0 ? of(unscaled, BigInteger.TEN.pow(scale))
                    : of(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
        }

        /** An int or Fraction operand as a Fraction, else null. */
        static Fraction rational(PyObject o) {
            if (o instanceof Fraction) {
                return (Fraction) o;
            }
            if (o instanceof PyInt) {
                return new Fraction(((PyInt) o).toBig(), BigInteger.ONE);
            }
            return null;
        }

        static PyObject make(PyObject[] a, String[] k) {
            PyObject[] p = Args.bind("Fraction", a, k, new String[] {"numerator", "denominator"}, 0, 2);
            PyObject n = p[0] == null ? PyInt.of(0) : p[0];
            if (p[1] == null || p[1] == PyNone.NONE) {
                Fraction r = rational(n);
                if (r != null) {
                    return r;
                }
                if (n instanceof PyFloat) {
                    return fromDouble(((PyFloat) n).value);
                }
                if (n instanceof PyStr) {
                    return parse(((PyStr) n).value);
                }
                throw PyErr.typeError("argument should be a string or a Rational instance");
            }
            Fraction x = rational(n);
            Fraction y = rational(p[1]);
            if (x == null || y == null) {
                throw PyErr.typeError("both arguments should be Rational instances");
            }
            return of(x.num.multiply(y.den), x.den.multiply(y.num));
        }

        static Fraction parse(String s) {
            Matcher m = RATIONAL.matcher(s);
            if (!m.matches()) {
                throw PyErr.valueError("Invalid literal for Fraction: " + PyStr.repr(s));
            }
            BigInteger num = new BigInteger(m.group(2).isEmpty() ? "0" : m.group(2).replace("_", ""));
            BigInteger den;
            if (m.group(3) != null) {
                den = new BigInteger(m.group(3).replace("_", ""));
            } else {
                den = BigInteger.ONE;
                String dec = m.group(4);
                if (dec != null && !dec.isEmpty()) {
                    dec = dec.replace("_", "");
                    BigInteger scale = BigInteger.TEN.pow(dec.length());
                    num = num.multiply(scale).add(new BigInteger(dec));
                    den = scale;
                }
                if (m.group(5) != null) {
                    int exp = Integer.parseInt(m.group(5).replace("_", ""));
                    if (exp >= 0) {
                        num = num.multiply(BigInteger.TEN.pow(exp));
                    } else {
                        den = den.multiply(BigInteger.TEN.pow(-exp));
                    }
                }
            }
            if (m.group(1).equals("-")) {
                num = num.negate();
            }
            return of(num, den);
        }

        double toDouble() {
            return new BigDecimal(num).divide(new BigDecimal(den), java.math.MathContext.DECIMAL64).doubleValue();
        }

        double exactDouble() {
            // Correctly rounded num/den, like CPython's int true division.
            PyObject q = Operations.binaryOp(BinOp.TRUEDIV, PyInt.of(num), PyInt.of(den));
            return q instanceof PyFloat ? ((PyFloat) q).value : toDouble();
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public String repr() {
            return "Fraction(" + num + ", " + den + ")";
        }

        @Override
        public String str() {
            return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
        }

        @Override
        public boolean isTrue() {
            return num.signum() != 0;
        }

        @Override
        public long pyHash() {
            BigInteger dinv = den.modPow(HASH_MOD.subtract(BigInteger.TWO), HASH_MOD);
            long h;
            if (dinv.signum() == 0) {
                h = 314159;
            } else {
                h = num.abs().mod(HASH_MOD).multiply(dinv).mod(HASH_MOD).longValue();
            }
            long r = num.signum() >= 0 ? h : -h;
            return r == -1 ? -2 : r;
        }

        @Override
        public boolean equals(Object o) {
            if (o instanceof Fraction) {
                return num.equals(((Fraction) o).num) && den.equals(((Fraction) o).den);
            }
            if (o instanceof PyObject) {
                PyObject r = richCompare((PyObject) o, CompareOp.EQ);
                return r == PyBool.TRUE;
            }
            return false;
        }

        Fraction add(Fraction o) {
            return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
        }

        Fraction sub(Fraction o) {
            return of(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
        }

        Fraction mul(Fraction o) {
            return of(num.multiply(o.num), den.multiply(o.den));
        }

        Fraction div(Fraction o) {
            if (o.num.signum() == 0) {
                throw PyErr.zeroDivision("Fraction(" + num.multiply(o.den) + ", 0)");
            }
            return of(num.multiply(o.den), den.multiply(o.num));
        }

        BigInteger floordiv(Fraction o) {
            if (o.num.signum() == 0) {
                throw PyErr.zeroDivision("division by zero");
            }
            BigInteger a = num.multiply(o.den);
            BigInteger b = den.multiply(o.num);
            BigInteger[] qr = a.divideAndRemainder(b);
            if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
                return qr[0].subtract(BigInteger.ONE);
            }
            return qr[0];
        }

        Fraction mod(Fraction o) {
            BigInteger q = floordiv(o);
            return sub(o.mul(new Fraction(q, BigInteger.ONE)));
        }

        PyObject arith(int op, Fraction a, Fraction b) {
            switch (op) {
                case BinOp.ADD: return a.add(b);
                case BinOp.SUB: return a.sub(b);
                case BinOp.MUL: return a.mul(b);
                case BinOp.TRUEDIV: return a.div(b);
                case BinOp.FLOORDIV: return PyInt.of(a.floordiv(b));
                case BinOp.MOD: return a.mod(b);
                case BinOp.POW: return a.pow(b);
                default: return null;
            }
        }

        PyObject pow(Fraction b) {
            if (b.den.equals(BigInteger.ONE)) {
                int e = b.num.intValueExact();
                if (e >= 0) {
                    return new Fraction(num.pow(e), den.pow(e));
                }
                if (num.signum() == 0) {
                    throw PyErr.zeroDivision("Fraction(" + den.pow(-e) + ", 0)");
                }
                return of(den.pow(-e), num.pow(-e));
            }
            return Operations.binaryOp(BinOp.POW, new PyFloat(exactDouble()), new PyFloat(b.exactDouble()));
        }

        @Override
        public PyObject binop(int op, PyObject other) {
            if (op >= BinOp.INPLACE) {
                op -= BinOp.INPLACE;
            }
            Fraction o = rational(other);
            if (o != null) {
                return arith(op, this, o);
            }
            if (other instanceof PyFloat) {
                return Operations.binaryOp(op, new PyFloat(exactDouble()), other);
            }
            return null;
        }

        @Override
        public PyObject rbinop(int op, PyObject other) {
            Fraction o = rational(other);
            if (o != null) {
                return arith(op, o, this);
            }
            if (other instanceof PyFloat) {
                return Operations.binaryOp(op, other, new PyFloat(exactDouble()));
            }
            return null;
        }

        @Override
        public PyObject richCompare(PyObject other, int op) {
            Fraction o = rational(other);
            if (o == null && other instanceof PyFloat) {
                double d = ((PyFloat) other).value;
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    return Operations.compare(op, new PyFloat(0.0), other);
                }
                o = fromDouble(d);
            }
            if (o == null) {
                return null;
            }
            int c = num.multiply(o.den).compareTo(o.num.multiply(den));
            return PyBool.of(CompareOp.test(op, c));
        }

        @Override
        public PyObject neg() {
            return new Fraction(num.negate(), den);
        }

        @Override
        public PyObject pos() {
            return this;
        }

        Fraction limit(BigInteger maxDen) {
            if (maxDen.compareTo(BigInteger.ONE) < 0) {
                throw PyErr.valueError("max_denominator should be at least 1");
            }
            if (den.compareTo(maxDen) <= 0) {
                return this;
            }
            BigInteger p0 = BigInteger.ZERO, q0 = BigInteger.ONE, p1 = BigInteger.ONE, q1 = BigInteger.ZERO;
            BigInteger n = num, d = den;
            while (true) {
                BigInteger a = floorDiv(n, d);
                BigInteger q2 = q0.add(a.multiply(q1));
                if (q2.compareTo(maxDen) > 0) {
                    break;
                }
                BigInteger np0 = p1, nq0 = q1;
                p1 = p0.add(a.multiply(p1));
                q1 = q2;
                p0 = np0;
                q0 = nq0;
                BigInteger nd = n.subtract(a.multiply(d));
                n = d;
                d = nd;
            }
            BigInteger k = floorDiv(maxDen.subtract(q0), q1);
            Fraction bound1 = of(p0.add(k.multiply(p1)), q0.add(k.multiply(q1)));
            Fraction bound2 = of(p1, q1);
            Fraction d2 = (Fraction) abs(bound2.sub(this));
            Fraction d1 = (Fraction) abs(bound1.sub(this));
            return d2.num.multiply(d1.den).compareTo(d1.num.multiply(d2.den)) <= 0 ? bound2 : bound1;
        }

        static BigInteger floorDiv(BigInteger a, BigInteger b) {
            BigInteger[] qr = a.divideAndRemainder(b);
            if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
                return qr[0].subtract(BigInteger.ONE);
            }
            return qr[0];
        }

        static PyObject abs(Fraction f) {
            return f.num.signum() < 0 ? new Fraction(f.num.negate(), f.den) : f;
        }

        PyObject round(PyObject ndigits) {
            if (ndigits == null || ndigits == PyNone.NONE) {
                BigInteger[] qr = floorDivMod(num, den);
                BigInteger twice = qr[1].shiftLeft(1);
                int c = twice.compareTo(den);
                BigInteger fl = qr[0];
                if (c > 0 || (c == 0 && fl.testBit(0))) {
                    fl = fl.add(BigInteger.ONE);
                }
                return PyInt.of(fl);
            }
            int nd = Args.toSmallInt(ndigits, "ndigits too large");
            BigInteger shift = BigInteger.TEN.pow(Math.abs(nd));
            Fraction scaled = nd > 0 ? mul(new Fraction(shift, BigInteger.ONE)) : div(new Fraction(shift, BigInteger.ONE));
            BigInteger r = ((PyInt) scaled.round(null)).toBig();
            return nd >= 0 ? of(r, shift) : new Fraction(r.multiply(shift), BigInteger.ONE);
        }

        static BigInteger[] floorDivMod(BigInteger a, BigInteger b) {
            BigInteger q = floorDiv(a, b);
            return new BigInteger[] {q, a.subtract(q.multiply(b))};
        }

        @Override
        public PyObject getAttr(String name) {
            switch (name) {
                case "numerator": return PyInt.of(num);
                case "denominator": return PyInt.of(den);
                default: return super.getAttr(name);
            }
        }
    }

    private static Fraction self(PyObject[] a) {
        return (Fraction) a[0];
    }

    private static void install() {
        PyType t = TYPE;
        t.addMethod("limit_denominator", (a, k) -> {
            PyObject[] p = Args.bind("limit_denominator", java.util.Arrays.copyOfRange(a, 1, a.length), k,
                    new String[] {"max_denominator"}, 0, 1);
            return self(a).limit(p[0] == null ? BigInteger.valueOf(1000000) : Args.big(p[0]));
        });
        t.addMethod("as_integer_ratio", (a, k) -> PyTuple.of(PyInt.of(self(a).num), PyInt.of(self(a).den)));
        t.addMethod("__float__", (a, k) -> new PyFloat(self(a).exactDouble()));
        t.addMethod("__int__", (a, k) -> PyInt.of(self(a).num.divide(self(a).den)));
        t.addMethod("__trunc__", (a, k) -> PyInt.of(self(a).num.divide(self(a).den)));
        t.addMethod("__floor__", (a, k) -> PyInt.of(Fraction.floorDiv(self(a).num, self(a).den)));
        t.addMethod("__ceil__", (a, k) -> PyInt.of(Fraction.floorDiv(self(a).num.negate(), self(a).den).negate()));
        t.addMethod("__round__", (a, k) -> {
            PyBuiltinFunction.checkPythonMethodArgs("Fraction.__round__", a, k, 1, 2, "ndigits");
            return self(a).round(a.length > 1 ? a[1] : null);
        });
        t.addMethod("__abs__", (a, k) -> Fraction.abs(self(a)));
        t.addMethod("__hash__", (a, k) -> PyInt.of(self(a).pyHash()));
        // A classmethod: a plain function in the type's dict, so that no receiver is bound.
        t.dict().put(new PyStr("from_float"), new PyBuiltinFunction("from_float", (a, k) -> {
            PyBuiltinFunction.checkPythonClassMethodArgs("Fraction.from_float", a, k, 2, 2, "f");
            return Fraction.fromDouble(Args.toDouble(a[0]));
        }));
        t.fixArgs(0, "as_integer_ratio __float__ __int__ __trunc__ __floor__ __ceil__ __abs__ __hash__");
        t.addOperatorMethods("add sub mul truediv floordiv mod pow", "__neg__ __pos__ __bool__");
    }
}
