package org.enginehost.python.modules;

import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyComplex;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyFloat;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyTuple;

/**
 * The {@code cmath} module's basics: sqrt, exp, log, log10, the trigonometric and hyperbolic
 * sin/cos/tan, phase, polar, rect, the classification functions and the constants. The
 * formulas are CPython's (cmathmodule.c: the scaling in sqrt and log, log1p near the unit
 * circle), so finite arguments give CPython's results. Infinite and NaN components, which
 * CPython answers from tables of special values, raise a clear error here instead of a guess.
 */
public final class CmathModule {
    private CmathModule() {
    }

    private static final double LOG_LARGE_DOUBLE = Math.log(Double.MAX_VALUE / 4.0);
    private static final double LN2 = 0.6931471805599453;
    private static final double LN10 = 2.302585092994046;
    private static final int SCALE_UP = 53;
    private static final int SCALE_DOWN = -27;

    private interface Fn {
        PyComplex apply(double re, double im);
    }

    public static PyModule create() {
        PyModule m = new PyModule("cmath", null);
        MathModule.defineConstants(m);
        m.define("infj", new PyComplex(0.0, Double.POSITIVE_INFINITY));
        m.define("nanj", new PyComplex(0.0, Double.NaN));
        unary(m, "sqrt", CmathModule::sqrt);
        unary(m, "exp", CmathModule::exp);
        unary(m, "log10", (re, im) -> {
            PyComplex r = log(re, im);
            return new PyComplex(r.real / LN10, r.imag / LN10);
        });
        unary(m, "sinh", CmathModule::sinh);
        unary(m, "cosh", CmathModule::cosh);
        unary(m, "tanh", CmathModule::tanh);
        unary(m, "sin", (re, im) -> {
            PyComplex s = sinh(-im, re);
            return new PyComplex(s.imag, -s.real);
        });
        unary(m, "cos", (re, im) -> cosh(-im, re));
        unary(m, "tan", (re, im) -> {
            PyComplex s = tanh(-im, re);
            return new PyComplex(s.imag, -s.real);
        });
        m.defineFunction("log", (a, k) -> {
            PyBuiltinFunction.checkArgs("log", a, k, 1, 2);
            PyComplex x = finite("log", a[0]);
            PyComplex r = log(x.real, x.imag);
            if (a.length == 2) {
                PyComplex b = finite("log", a[1]);
                PyComplex lb = log(b.real, b.imag);
                r = divide(r, lb);
            }
            return r;
        });
        m.defineFunction("phase", (a, k) -> {
            PyBuiltinFunction.checkArgs("phase", a, k, 1, 1);
            PyComplex z = PyComplex.argument(a[0]);
            return new PyFloat(Math.atan2(z.imag, z.real));
        });
        m.defineFunction("polar", (a, k) -> {
            PyBuiltinFunction.checkArgs("polar", a, k, 1, 1);
            PyComplex z = PyComplex.argument(a[0]);
            double r = Math.hypot(z.real, z.imag);
            if (Double.isInfinite(r) && Double.isFinite(z.real) && Double.isFinite(z.imag)) {
                throw PyErr.overflow("math range error");
            }
            return PyTuple.of(new PyFloat(r), new PyFloat(Math.atan2(z.imag, z.real)));
        });
        m.defineFunction("rect", (a, k) -> {
            PyBuiltinFunction.checkArgs("rect", a, k, 2, 2);
            double r = Args.toDouble(a[0]);
            double phi = Args.toDouble(a[1]);
            if (Double.isInfinite(phi) && Double.isFinite(r)) {
                throw PyErr.valueError("math domain error");
            }
            if (!Double.isFinite(r) || !Double.isFinite(phi)) {
                throw notFinite("rect");
            }
            if (phi == 0.0) {
                return new PyComplex(r, r * phi); // keeps the sign of zero, as CPython
            }
            return new PyComplex(r * Math.cos(phi), r * Math.sin(phi));
        });
        m.defineFunction("isfinite", (a, k) -> {
            PyBuiltinFunction.checkArgs("isfinite", a, k, 1, 1);
            PyComplex z = PyComplex.argument(a[0]);
            return PyBool.of(Double.isFinite(z.real) && Double.isFinite(z.imag));
        });
        m.defineFunction("isinf", (a, k) -> {
            PyBuiltinFunction.checkArgs("isinf", a, k, 1, 1);
            PyComplex z = PyComplex.argument(a[0]);
            return PyBool.of(Double.isInfinite(z.real) || Double.isInfinite(z.imag));
        });
        m.defineFunction("isnan", (a, k) -> {
            PyBuiltinFunction.checkArgs("isnan", a, k, 1, 1);
            PyComplex z = PyComplex.argument(a[0]);
            return PyBool.of(Double.isNaN(z.real) || Double.isNaN(z.imag));
        });
        m.defineFunction("isclose", (a, k) -> {
            PyObject[] p = MathModule.iscloseArguments(a, k);
            PyComplex x = PyComplex.argument(p[0]);
            PyComplex y = PyComplex.argument(p[1]);
            MathModule.Tolerances tol = MathModule.Tolerances.of(p);
            if (x.real == y.real && x.imag == y.imag) {
                return PyBool.TRUE;
            }
            if (Double.isInfinite(x.real) || Double.isInfinite(x.imag) || Double.isInfinite(y.real)
                    || Double.isInfinite(y.imag)) {
                return PyBool.FALSE;
            }
            return PyBool.of(tol.within(Math.hypot(x.real - y.real, x.imag - y.imag), Math.hypot(x.real, x.imag),
                    Math.hypot(y.real, y.imag)));
        });
        return m;
    }

    private static void unary(PyModule m, String name, Fn fn) {
        m.defineFunction(name, (a, k) -> {
            PyBuiltinFunction.checkArgs(name, a, k, 1, 1);
            PyComplex z = finite(name, a[0]);
            PyComplex r = fn.apply(z.real, z.imag);
            if (Double.isInfinite(r.real) || Double.isInfinite(r.imag)) {
                throw PyErr.overflow("math range error");
            }
            return r;
        });
    }

    private static PyComplex finite(String name, PyObject o) {
        PyComplex z = PyComplex.argument(o);
        if (!Double.isFinite(z.real) || !Double.isFinite(z.imag)) {
            throw notFinite(name);
        }
        return z;
    }

    private static PyException notFinite(String name) {
        return new PyException(PyErr.newException(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                "cmath." + name + " of infinite or NaN components is not supported yet"));
    }

    static PyComplex sqrt(double re, double im) {
        if (re == 0.0 && im == 0.0) {
            return new PyComplex(0.0, im);
        }
        double ax = Math.abs(re);
        double ay = Math.abs(im);
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            ax = Math.scalb(ax, SCALE_UP);
            s = Math.scalb(Math.sqrt(ax + Math.hypot(ax, Math.scalb(ay, SCALE_UP))), SCALE_DOWN);
        } else {
            ax /= 8.0;
            s = 2.0 * Math.sqrt(ax + Math.hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        return re >= 0.0 ? new PyComplex(s, Math.copySign(d, im)) : new PyComplex(d, Math.copySign(s, im));
    }

    static PyComplex exp(double re, double im) {
        if (re > LOG_LARGE_DOUBLE) {
            double l = Math.exp(re - 1.0);
            return new PyComplex(l * Math.cos(im) * Math.E, l * Math.sin(im) * Math.E);
        }
        double l = Math.exp(re);
        return new PyComplex(l * Math.cos(im), l * Math.sin(im));
    }

    static PyComplex log(double re, double im) {
        double ax = Math.abs(re);
        double ay = Math.abs(im);
        double real;
        if (ax > Double.MAX_VALUE / 4.0 || ay > Double.MAX_VALUE / 4.0) {
            real = Math.log(Math.hypot(ax / 2.0, ay / 2.0)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax > 0.0 || ay > 0.0) {
                real = Math.log(Math.hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
            } else {
                throw PyErr.valueError("math domain error");
            }
        } else {
            double h = Math.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double am = Math.max(ax, ay);
                double an = Math.min(ax, ay);
                real = Math.log1p((am - 1) * (am + 1) + an * an) / 2.0;
            } else {
                real = Math.log(h);
            }
        }
        return new PyComplex(real, Math.atan2(im, re));
    }

    static PyComplex sinh(double re, double im) {
        if (Math.abs(re) > LOG_LARGE_DOUBLE) {
            double x = re - Math.copySign(1.0, re);
            return new PyComplex(Math.cos(im) * realSinh(x) * Math.E, Math.sin(im) * realCosh(x) * Math.E);
        }
        return new PyComplex(Math.cos(im) * realSinh(re), Math.sin(im) * realCosh(re));
    }

    static PyComplex cosh(double re, double im) {
        if (Math.abs(re) > LOG_LARGE_DOUBLE) {
            double x = re - Math.copySign(1.0, re);
            return new PyComplex(Math.cos(im) * realCosh(x) * Math.E, Math.sin(im) * realSinh(x) * Math.E);
        }
        return new PyComplex(Math.cos(im) * realCosh(re), Math.sin(im) * realSinh(re));
    }

    static PyComplex tanh(double re, double im) {
        if (Math.abs(re) > LOG_LARGE_DOUBLE) {
            return new PyComplex(Math.copySign(1.0, re),
                    4.0 * Math.sin(im) * Math.cos(im) * Math.exp(-2.0 * Math.abs(re)));
        }
        double tx = realTanh(re);
        double ty = Math.tan(im);
        double cx = 1.0 / realCosh(re);
        double txty = tx * ty;
        double denom = 1.0 + txty * txty;
        return new PyComplex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    // Real sinh, cosh and tanh as the C library CPython uses computes them (fdlibm's algorithms over
    // exp and expm1), so that the last digit agrees: Java's own differ by an ulp for some arguments.

    private static double realSinh(double x) {
        double ax = Math.abs(x);
        double h = Math.copySign(0.5, x);
        if (ax < 22.0) {
            if (ax < 0x1p-28) {
                return x;
            }
            double t = Math.expm1(ax);
            return ax < 1.0 ? h * (2.0 * t - t * t / (t + 1.0)) : h * (t + t / (t + 1.0));
        }
        return Math.sinh(x);
    }

    private static double realCosh(double x) {
        double ax = Math.abs(x);
        if (ax < 0.5 * LN2) {
            double t = Math.expm1(ax);
            double w = 1.0 + t;
            return ax < 0x1p-55 ? w : 1.0 + (t * t) / (w + w);
        }
        if (ax < 22.0) {
            double t = Math.exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        return Math.cosh(x);
    }

    private static double realTanh(double x) {
        double ax = Math.abs(x);
        double z;
        if (ax < 22.0) {
            if (ax < 0x1p-55) {
                return x;
            }
            if (ax >= 1.0) {
                double t = Math.expm1(2.0 * ax);
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = Math.expm1(-2.0 * ax);
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0;
        }
        return Math.copySign(z, x);
    }

    /** a / b for complex numbers, as CPython's _Py_c_quot for finite operands (used by log with a base). */
    private static PyComplex divide(PyComplex a, PyComplex b) {
        double absBr = Math.abs(b.real);
        double absBi = Math.abs(b.imag);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                throw PyErr.valueError("math domain error"); // log(x, 1): CPython's EDOM
            }
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        }
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
    }
}
