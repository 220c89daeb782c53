package org.enginehost.python.modules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.DoubleUnaryOperator;
import org.enginehost.python.runtime.BinOp;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyFloat;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyTuple;

/** The {@code math} module (CPython 3.11 semantics: domain/range errors, exact integer functions). */
public final class MathModule {
    private MathModule() {
    }

    static PyException domain() {
        return PyErr.valueError("math domain error");
    }

    static PyException range() {
        return PyErr.overflow("math range error");
    }

    /** Result check shared by the libm-style wrappers: NaN from non-NaN is a domain error, inf from finite overflows. */
    private static double checked(double x, double r, boolean overflowCanHappen) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domain();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            if (overflowCanHappen) {
                throw range();
            }
            throw domain();
        }
        return r;
    }

    private static void unary(PyModule m, String name, DoubleUnaryOperator f, boolean canOverflow) {
        String full = "math." + name;
        m.defineFunction(name, (a, k) -> {
            PyBuiltinFunction.checkArgs(full, a, k, 1, 1);
            double x = Args.toDouble(a[0]);
            return new PyFloat(checked(x, f.applyAsDouble(x), canOverflow));
        });
    }

    /** pi, e, tau, inf and nan: math's and cmath's. */
    static void defineConstants(PyModule m) {
        m.define("pi", new PyFloat(Math.PI));
        m.define("e", new PyFloat(Math.E));
        m.define("tau", new PyFloat(2 * Math.PI));
        m.define("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.define("nan", new PyFloat(Double.NaN));
    }

    public static PyModule create() {
        PyModule m = new PyModule("math", null);
        defineConstants(m);

        unary(m, "sqrt", Math::sqrt, false);
        unary(m, "exp", Math::exp, true);
        unary(m, "exp2", x -> Math.pow(2.0, x), true);
        unary(m, "expm1", Math::expm1, true);
        unary(m, "cbrt", Math::cbrt, false);
        unary(m, "sin", Math::sin, false);
        unary(m, "cos", Math::cos, false);
        unary(m, "tan", Math::tan, false);
        unary(m, "asin", x -> Math.abs(x) > 1 ? Double.NaN : Math.asin(x), false);
        unary(m, "acos", x -> Math.abs(x) > 1 ? Double.NaN : Math.acos(x), false);
        unary(m, "atan", Math::atan, false);
        unary(m, "sinh", Math::sinh, true);
        unary(m, "cosh", Math::cosh, true);
        unary(m, "tanh", Math::tanh, false);
        unary(m, "asinh", MathModule::asinh, false);
        unary(m, "acosh", x -> x < 1 ? Double.NaN : Math.log(x) + Math.log1p(Math.sqrt(1 - 1 / (x * x))), false);
        unary(m, "atanh", x -> Math.abs(x) >= 1 ? Double.NaN : 0.5 * Math.log1p(2 * x / (1 - x)), false);
        unary(m, "fabs", Math::abs, false);
        unary(m, "log1p", x -> x <= -1 ? Double.NaN : Math.log1p(x), false);
        unary(m, "erf", MathModule::erf, false);
        unary(m, "erfc", MathModule::erfc, false);
        unary(m, "gamma", MathModule::gamma, true);
        unary(m, "lgamma", MathModule::lgamma, true);
        unary(m, "degrees", x -> x * (180.0 / Math.PI), true);
        unary(m, "radians", x -> x * (Math.PI / 180.0), false);
        m.defineFunction("log2", (a, k) -> {
            PyBuiltinFunction.checkArgs("math.log2", a, k, 1, 1);
            return new PyFloat(logBase(a[0], 2));
        });
        m.defineFunction("log10", (a, k) -> {
            PyBuiltinFunction.checkArgs("math.log10", a, k, 1, 1);
            return new PyFloat(logBase(a[0], 10));
        });
        m.defineFunction("log", (a, k) -> {
            PyBuiltinFunction.checkArgs("log", a, k, 1, 2);
            double num = logBase(a[0], 0);
            if (a.length == 1) {
                return new PyFloat(num);
            }
            double den = logBase(a[1], 0);
            if (den == 0.0) {
                throw PyErr.zeroDivision("float division by zero");
            }
            return new PyFloat(num / den);
        });
        m.defineFunction("isfinite", (a, k) -> {
            PyBuiltinFunction.checkArgs("math.isfinite", a, k, 1, 1);
            return PyBool.of(Double.isFinite(Args.toDouble(a[0])));
        });
        m.defineFunction("isinf", (a, k) -> {
            PyBuiltinFunction.checkArgs("math.isinf", a, k, 1, 1);
            return PyBool.of(Double.isInfinite(Args.toDouble(a[0])));
        });
        m.defineFunction("isnan", (a, k) -> {
            PyBuiltinFunction.checkArgs("math.isnan", a, k, 1, 1);
            return PyBool.of(Double.isNaN(Args.toDouble(a[0])));
        });
        m.defineFunction("floor", (a, k) -> {
            PyBuiltinFunction.checkArgs("math.floor", a, k, 1, 1);
            return rounding(a[0], "__floor__", Math::floor);
        });
        m.defineFunction("ceil", (a, k) -> {
            PyBuiltinFunction.checkArgs("math.ceil", a, k, 1, 1);
            return rounding(a[0], "__ceil__", Math::ceil);
        });
        m.defineFunction("trunc", (a, k) -> {
            PyBuiltinFunction.checkArgs("math.trunc", a, k, 1, 1);
            PyObject x = a[0];
            if (x instanceof PyInt) {
                return Args.toInt(x);
            }
            if (x instanceof PyFloat) {
                return floatToInt(((PyFloat) x).value);
            }
            PyObject t = x.getType().lookup("__trunc__");
            if (t == null) {
                throw PyErr.typeError("type " + x.getType().name + " doesn't define __trunc__ method");
            }
            return t.call(new PyObject[] {x}, null);
        });
        m.defineFunction("pow", (a, k) -> {
            PyBuiltinFunction.checkArgs("pow", a, k, 2, 2);
            return new PyFloat(pow(Args.toDouble(a[0]), Args.toDouble(a[1])));
        });
        m.defineFunction("atan2", (a, k) -> {
            PyBuiltinFunction.checkArgs("atan2", a, k, 2, 2);
            return new PyFloat(Math.atan2(Args.toDouble(a[0]), Args.toDouble(a[1])));
        });
        m.defineFunction("copysign", (a, k) -> {
            PyBuiltinFunction.checkArgs("copysign", a, k, 2, 2);
            return new PyFloat(Math.copySign(Args.toDouble(a[0]), Args.toDouble(a[1])));
        });
        m.defineFunction("fmod", (a, k) -> {
            PyBuiltinFunction.checkArgs("fmod", a, k, 2, 2);
            double x = Args.toDouble(a[0]);
            double y = Args.toDouble(a[1]);
            if (Double.isInfinite(y) && Double.isFinite(x)) {
                return new PyFloat(x);
            }
            double r = x % y;
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw domain();
            }
            return new PyFloat(r);
        });
        m.defineFunction("remainder", (a, k) -> {
            PyBuiltinFunction.checkArgs("remainder", a, k, 2, 2);
            double x = Args.toDouble(a[0]);
            double y = Args.toDouble(a[1]);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return new PyFloat(Double.NaN);
            }
            if (Double.isInfinite(x) || y == 0) {
                throw domain();
            }
            if (Double.isInfinite(y)) {
                return new PyFloat(x);
            }
            return new PyFloat(Math.IEEEremainder(x, y));
        });
        m.defineFunction("modf", (a, k) -> {
            PyBuiltinFunction.checkArgs("math.modf", a, k, 1, 1);
            double x = Args.toDouble(a[0]);
            if (Double.isInfinite(x)) {
                return PyTuple.of(new PyFloat(Math.copySign(0.0, x)), new PyFloat(x));
            }
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.of(new PyFloat(Math.copySign(x - ip, x)), new PyFloat(ip));
        });
        m.defineFunction("frexp", (a, k) -> {
            PyBuiltinFunction.checkArgs("math.frexp", a, k, 1, 1);
            double x = Args.toDouble(a[0]);
            if (x == 0 || !Double.isFinite(x)) {
                return PyTuple.of(new PyFloat(x), PyInt.of(0));
            }
            int extra = 0;
            if (Math.abs(x) < Double.MIN_NORMAL) {
                x *= 0x1p54;
                extra = -54;
            }
            int e = Math.getExponent(x) + 1;
            return PyTuple.of(new PyFloat(Math.scalb(x, -e)), PyInt.of(e + extra));
        });
        m.defineFunction("ldexp", (a, k) -> {
            PyBuiltinFunction.checkArgs("ldexp", a, k, 2, 2);
            double x = Args.toDouble(a[0]);
            if (!(a[1] instanceof PyInt)) {
                throw PyErr.typeError("Expected an int as second argument to ldexp.");
            }
            PyInt e = (PyInt) a[1];
            if (x == 0 || !Double.isFinite(x)) {
                return new PyFloat(x);
            }
            int ei = e.isBig() || e.value > 100000 ? 100000 : e.value < -100000 ? -100000 : (int) e.value;
            double r = Math.scalb(x, ei);
            if (Double.isInfinite(r)) {
                throw range();
            }
            return new PyFloat(r);
        });
        m.defineFunction("nextafter", (a, k) -> {
            PyBuiltinFunction.checkArgs("nextafter", a, k, 2, 2);
            return new PyFloat(Math.nextAfter(Args.toDouble(a[0]), Args.toDouble(a[1])));
        });
        m.defineFunction("ulp", (a, k) -> {
            PyBuiltinFunction.checkArgs("math.ulp", a, k, 1, 1);
            double x = Math.abs(Args.toDouble(a[0]));
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                return new PyFloat(x);
            }
            if (x == Double.MAX_VALUE) {
                return new PyFloat(x - Math.nextDown(x));
            }
            return new PyFloat(Math.nextUp(x) - x);
        });
        m.defineFunction("isclose", MathModule::isclose);
        m.defineFunction("fsum", (a, k) -> {
            PyBuiltinFunction.checkArgs("math.fsum", a, k, 1, 1);
            return new PyFloat(fsum(a[0]));
        });
        m.defineFunction("prod", (a, k) -> {
            PyObject[] p = Args.bind("prod", a, k, new String[] {"iterable", "start"}, 1, 1);
            PyObject acc = p[1] == null ? PyInt.of(1) : p[1];
            PyObject it = p[0].iter();
            for (PyObject x = it.next(); x != null; x = it.next()) {
                acc = Operations.binaryOp(BinOp.MUL, acc, x);
            }
            return acc;
        });
        m.defineFunction("hypot", (a, k) -> {
            PyBuiltinFunction.noKeywords("hypot", k);
            double[] v = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                v[i] = Args.toDouble(a[i]);
            }
            return new PyFloat(norm(v));
        });
        m.defineFunction("dist", (a, k) -> {
            PyBuiltinFunction.checkArgs("dist", a, k, 2, 2);
            PyObject[] p = Operations.toArray(a[0]);
            PyObject[] q = Operations.toArray(a[1]);
            if (p.length != q.length) {
                throw PyErr.valueError("both points must have the same number of dimensions");
            }
            double[] v = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                v[i] = Args.toDouble(p[i]) - Args.toDouble(q[i]);
            }
            return new PyFloat(norm(v));
        });
        m.defineFunction("gcd", (a, k) -> {
            PyBuiltinFunction.noKeywords("gcd", k);
            BigInteger g = BigInteger.ZERO;
            for (PyObject x : a) {
                g = g.gcd(Args.big(x));
            }
            return PyInt.of(g);
        });
        m.defineFunction("lcm", (a, k) -> {
            PyBuiltinFunction.noKeywords("lcm", k);
            BigInteger l = BigInteger.ONE;
            for (PyObject x : a) {
                BigInteger b = Args.big(x).abs();
                if (b.signum() == 0 || l.signum() == 0) {
                    l = BigInteger.ZERO;
                    continue;
                }
                l = l.divide(l.gcd(b)).multiply(b);
            }
            return PyInt.of(l);
        });
        m.defineFunction("factorial", (a, k) -> {
            PyBuiltinFunction.checkArgs("math.factorial", a, k, 1, 1);
            return PyInt.of(factorial(a[0]));
        });
        m.defineFunction("isqrt", (a, k) -> {
            PyBuiltinFunction.checkArgs("math.isqrt", a, k, 1, 1);
            BigInteger n = Args.big(a[0]);
            if (n.signum() < 0) {
                throw PyErr.valueError("isqrt() argument must be nonnegative");
            }
            return PyInt.of(n.sqrt());
        });
        m.defineFunction("comb", (a, k) -> {
            PyBuiltinFunction.checkArgs("comb", a, k, 2, 2);
            BigInteger n = Args.big(a[0]);
            BigInteger r = Args.big(a[1]);
            if (n.signum() < 0) {
                throw PyErr.valueError("n must be a non-negative integer");
            }
            if (r.signum() < 0) {
                throw PyErr.valueError("k must be a non-negative integer");
            }
            if (r.compareTo(n) > 0) {
                return PyInt.of(0);
            }
            BigInteger nr = n.subtract(r);
            if (nr.compareTo(r) < 0) {
                r = nr;
            }
            return PyInt.of(fallingProduct(n, r.longValueExact()).divide(rangeProduct(1, r.longValueExact())));
        });
        m.defineFunction("perm", (a, k) -> {
            PyBuiltinFunction.checkArgs("perm", a, k, 1, 2);
            if (a.length == 1 || a[1] == org.enginehost.python.runtime.PyNone.NONE) {
                return PyInt.of(factorial(a[0]));
            }
            BigInteger n = Args.big(a[0]);
            BigInteger r = Args.big(a[1]);
            if (n.signum() < 0) {
                throw PyErr.valueError("n must be a non-negative integer");
            }
            if (r.signum() < 0) {
                throw PyErr.valueError("k must be a non-negative integer");
            }
            if (r.compareTo(n) > 0) {
                return PyInt.of(0);
            }
            return PyInt.of(fallingProduct(n, r.longValueExact()));
        });
        return m;
    }

    // ------------------------------------------------------------------ helpers

    private static PyObject rounding(PyObject x, String dunder, DoubleUnaryOperator f) {
        if (x instanceof PyInt) {
            return Args.toInt(x);
        }
        if (!(x instanceof PyFloat)) {
            PyObject meth = x.getType().lookup(dunder);
            if (meth != null) {
                return meth.call(new PyObject[] {x}, null);
            }
        }
        return floatToInt(f.applyAsDouble(Args.toDouble(x)));
    }

    /** An integral double as an int, with CPython's errors for inf and NaN. */
    static PyInt floatToInt(double d) {
        if (Double.isNaN(d)) {
            throw PyErr.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyErr.overflow("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    /** Natural log (base 0), log2 (2) or log10 (10) of an int or float, big ints included. */
    private static double logBase(PyObject o, int base) {
        double x;
        if (o instanceof PyInt && ((PyInt) o).isBig()) {
            BigInteger b = ((PyInt) o).big;
            if (b.signum() <= 0) {
                throw domain();
            }
            int shift = b.bitLength() - 60;
            double mant = b.shiftRight(shift).doubleValue();
            double ln = Math.log(mant) + shift * Math.log(2.0);
            return base == 0 ? ln : base == 2 ? Math.log(mant) / Math.log(2.0) + shift : ln / Math.log(10.0);
        }
        x = Args.toDouble(o);
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0) {
            throw domain();
        }
        if (base == 2) {
            return log2(x);
        }
        return base == 10 ? Math.log10(x) : Math.log(x);
    }

    private static double log2(double x) {
        if (Double.isInfinite(x)) {
            return x;
        }
        int e = Math.getExponent(x);
        if (e >= Double.MIN_EXPONENT && x == Math.scalb(1.0, e)) {
            return e;
        }
        return Math.log(x) / Math.log(2.0);
    }

    static double pow(double x, double y) {
        if (Double.isNaN(x)) {
            return y == 0 ? 1.0 : x;
        }
        if (Double.isNaN(y)) {
            return x == 1.0 ? 1.0 : y;
        }
        if (Double.isInfinite(y) && Math.abs(x) == 1.0) {
            return 1.0;
        }
        if (x == 0 && y < 0 && Double.isFinite(y)) {
            throw domain();
        }
        if (x < 0 && Double.isFinite(x) && Double.isFinite(y) && y != Math.rint(y)) {
            throw domain();
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw range();
        }
        return r;
    }

    private static double asinh(double x) {
        double ax = Math.abs(x);
        if (Double.isInfinite(ax) || Double.isNaN(x) || ax == 0) {
            return x;
        }
        double r;
        if (ax > 0x1p28) {
            r = Math.log(ax) + Math.log(2.0);
        } else if (ax > 2) {
            r = Math.log(2 * ax + 1 / (Math.sqrt(x * x + 1) + ax));
        } else {
            double t = x * x;
            r = Math.log1p(ax + t / (1 + Math.sqrt(1 + t)));
        }
        return Math.copySign(r, x);
    }

    private static PyObject isclose(PyObject[] a, String[] k) {
        PyObject[] p = iscloseArguments(a, k);
        double x = Args.toDouble(p[0]);
        double y = Args.toDouble(p[1]);
        Tolerances tol = Tolerances.of(p);
        if (x == y) {
            return PyBool.TRUE;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return PyBool.FALSE;
        }
        return PyBool.of(tol.within(Math.abs(y - x), Math.abs(x), Math.abs(y)));
    }

    /** The arguments of math.isclose and cmath.isclose: a and b, then the keyword-only tolerances. */
    static PyObject[] iscloseArguments(PyObject[] a, String[] k) {
        return Args.bind("isclose", a, k, new String[] {"a", "b", "rel_tol", "abs_tol"}, 2, 2);
    }

    /** isclose's tolerances, shared with cmath.isclose. */
    record Tolerances(double rel, double abs) {
        /** From {@link #iscloseArguments}' rel_tol and abs_tol, with CPython's defaults and check. */
        static Tolerances of(PyObject[] p) {
            double rel = p[2] == null ? 1e-09 : Args.toDouble(p[2]);
            double abs = p[3] == null ? 0.0 : Args.toDouble(p[3]);
            if (rel < 0 || abs < 0) {
                throw PyErr.valueError("tolerances must be non-negative");
            }
            return new Tolerances(rel, abs);
        }

        /** The test for two finite, different values {@code diff} apart. */
        boolean within(double diff, double magnitudeA, double magnitudeB) {
            return diff <= rel * magnitudeB || diff <= rel * magnitudeA || diff <= abs;
        }
    }

    /** Correctly rounded sum of floats (exact accumulation, one final rounding). */
    static double fsum(PyObject iterable) {
        PyObject it = iterable.iter();
        BigDecimal acc = BigDecimal.ZERO;
        double special = 0.0;
        boolean posInf = false;
        boolean negInf = false;
        boolean nan = false;
        for (PyObject o = it.next(); o != null; o = it.next()) {
            double d = Args.toDouble(o);
            if (Double.isNaN(d)) {
                nan = true;
            } else if (Double.isInfinite(d)) {
                if (d > 0) {
                    posInf = true;
                } else {
                    negInf = true;
                }
                special = d;
            } else if (d != 0) {
                acc = acc.add(new BigDecimal(d));
            }
        }
        if (posInf && negInf) {
            throw PyErr.valueError("-inf + inf in fsum");
        }
        if (nan) {
            return Double.NaN;
        }
        if (posInf || negInf) {
            return special;
        }
        double r = acc.doubleValue();
        if (Double.isInfinite(r)) {
            throw PyErr.overflow("intermediate overflow in fsum");
        }
        return r;
    }

    /** Euclidean norm, correctly rounded (exact sum of squares, 40-digit square root). */
    static double norm(double[] v) {
        boolean nan = false;
        BigDecimal acc = BigDecimal.ZERO;
        for (double d : v) {
            if (Double.isInfinite(d)) {
                return Double.POSITIVE_INFINITY;
            }
            if (Double.isNaN(d)) {
                nan = true;
                continue;
            }
            BigDecimal b = new BigDecimal(d);
            acc = acc.add(b.multiply(b));
        }
        if (nan) {
            return Double.NaN;
        }
        if (acc.signum() == 0) {
            return 0.0;
        }
        return acc.sqrt(new MathContext(40, RoundingMode.HALF_EVEN)).doubleValue();
    }

    static BigInteger factorial(PyObject o) {
        if (o instanceof PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt n = Args.toInt(o);
        if (n.isBig() ? n.big.signum() < 0 : n.value < 0) {
            throw PyErr.valueError("factorial() not defined for negative values");
        }
        if (n.isBig() || n.value > 100_000_000) {
            throw PyErr.overflow("factorial() argument should not exceed " + Long.MAX_VALUE);
        }
        return n.value < 2 ? BigInteger.ONE : rangeProduct(2, n.value);
    }

    /** Product of lo..hi inclusive, split recursively so big multiplications stay balanced. */
    static BigInteger rangeProduct(long lo, long hi) {
        if (lo > hi) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            long acc = 1;
            BigInteger r = BigInteger.ONE;
            for (long i = lo; i <= hi; i++) {
                if (acc > Long.MAX_VALUE / i) {
                    r = r.multiply(BigInteger.valueOf(acc));
                    acc = 1;
                }
                acc *= i;
            }
            return r.multiply(BigInteger.valueOf(acc));
        }
        long mid = (lo + hi) >>> 1;
        return rangeProduct(lo, mid).multiply(rangeProduct(mid + 1, hi));
    }

    /** n * (n-1) * ... * (n-k+1). */
    static BigInteger fallingProduct(BigInteger n, long k) {
        if (k == 0) {
            return BigInteger.ONE;
        }
        if (n.bitLength() < 63) {
            long nv = n.longValue();
            return rangeProduct(nv - k + 1, nv);
        }
        BigInteger r = BigInteger.ONE;
        for (long i = 0; i < k; i++) {
            r = r.multiply(n.subtract(BigInteger.valueOf(i)));
        }
        return r;
    }

    // ------------------------------------------------------------------ special functions

    private static final double SQRTPI = 1.772453850905516027298167483341145182798;
    private static final double LOGPI = 1.144729885849400174143427351353058711647;
    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    };

    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        int n = LANCZOS_NUM.length;
        if (x < 5.0) {
            for (int i = n - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    private static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r;
        switch (n) {
            case 0: r = Math.sin(Math.PI * y); break;
            case 1: r = Math.cos(Math.PI * (y - 0.5)); break;
            case 2: r = Math.sin(Math.PI * (1.0 - y)); break;
            case 3: r = -Math.cos(Math.PI * (y - 1.5)); break;
            default: r = Math.sin(Math.PI * (y - 2.0)); break;
        }
        return Math.copySign(1.0, x) * r;
    }

    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0) {
                return x;
            }
            throw domain();
        }
        if (x == 0) {
            throw domain();
        }
        if (x == Math.floor(x)) {
            if (x < 0) {
                throw domain();
            }
            if (x <= 23) {
                return rangeProduct(1, (long) x - 1).doubleValue();
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) {
                throw range();
            }
            return r;
        }
        if (absx > 200.0) {
            if (x < 0.0) {
                return 0.0 / sinpi(x);
            }
            throw range();
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double q;
        double z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Math.pow(y, absx - 0.5);
            } else {
                double sp = Math.pow(y, absx / 2.0 - 0.25);
                r /= sp;
                r /= sp;
            }
        } else {
            r = lanczosSum(absx) / Math.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Math.pow(y, absx - 0.5);
            } else {
                double sp = Math.pow(y, absx / 2.0 - 0.25);
                r *= sp;
                r *= sp;
            }
        }
        if (Double.isInfinite(r)) {
            throw range();
        }
        return r;
    }

    static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                throw domain();
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -Math.log(absx);
        }
        double r = Math.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = LOGPI - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
        }
        if (Double.isInfinite(r)) {
            throw range();
        }
        return r;
    }

    private static double erfSeries(double x) {
        double x2 = x * x;
        double acc = 0.0;
        double fk = 25 + 0.5;
        for (int i = 0; i < 25; i++) {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        return acc * x * Math.exp(-x2) / SQRTPI;
    }

    private static double erfcContfrac(double x) {
        if (x >= 30.0) {
            return 0.0;
        }
        double x2 = x * x;
        double a = 0.0;
        double da = 0.5;
        double p = 1.0;
        double pLast = 0.0;
        double q = da + x2;
        double qLast = 1.0;
        for (int i = 0; i < 50; i++) {
            a += da;
            da += 2.0;
            double b = da + x2;
            double t = p;
            p = b * p - a * pLast;
            pLast = t;
            t = q;
            q = b * q - a * qLast;
            qLast = t;
        }
        return p / q * x * Math.exp(-x2) / SQRTPI;
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double absx = Math.abs(x);
        if (absx < 1.5) {
            return erfSeries(x);
        }
        double cf = erfcContfrac(absx);
        return x > 0 ? 1.0 - cf : cf - 1.0;
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double absx = Math.abs(x);
        if (absx < 1.5) {
            return 1.0 - erfSeries(x);
        }
        double cf = erfcContfrac(absx);
        return x > 0 ? cf : 2.0 - cf;
    }
}
