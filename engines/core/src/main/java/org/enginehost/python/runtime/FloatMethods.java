package org.enginehost.python.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Methods and attributes of {@code float}. */
final class FloatMethods {
    private FloatMethods() {
    }

    private static double self(PyObject[] a, String name) {
        if (a.length == 0 || !(a[0] instanceof PyFloat)) {
            throw PyErr.typeError("descriptor '" + name + "' requires a 'float' object");
        }
        return ((PyFloat) a[0]).value;
    }

    static void install(PyType t) {
        for (String name : new String[] {"real", "imag"}) {
            PyBuiltinAttribute.attribute(t, name, o -> attr((PyFloat) o, name));
        }
        t.addMethod("is_integer", (a, k) -> {
            double d = self(a, "is_integer");
            return PyBool.of(Double.isFinite(d) && d == Math.floor(d));
        });
        t.addMethod("as_integer_ratio", (a, k) -> asIntegerRatio(self(a, "as_integer_ratio")));
        t.addMethod("conjugate", (a, k) -> new PyFloat(self(a, "conjugate")));
        t.addMethod("hex", (a, k) -> new PyStr(hex(self(a, "hex"))));
        t.dict().put(new PyStr("fromhex"), new PyBuiltinFunction("fromhex", (a, k) -> {
            PyBuiltinFunction.checkArgs("fromhex", a, k, 1, 1);
            return new PyFloat(fromhex(StrMethods.strArg(a[0], "fromhex() argument")));
        }));
        t.addMethod("__int__", (a, k) -> Builtins.constructInt(PyInt.TYPE, new PyObject[] {a[0]}, null));
        t.addMethod("__trunc__", (a, k) -> Builtins.constructInt(PyInt.TYPE, new PyObject[] {a[0]}, null));
        t.addMethod("__float__", (a, k) -> new PyFloat(self(a, "__float__")));
        t.addMethod("__abs__", (a, k) -> new PyFloat(Math.abs(self(a, "__abs__"))));
        t.addMethod("__floor__", (a, k) -> toInt(Math.floor(self(a, "__floor__"))));
        t.addMethod("__ceil__", (a, k) -> toInt(Math.ceil(self(a, "__ceil__"))));
        t.addMethod("__round__", (a, k) -> Builtins.round(a, k));
        t.addMethod("__format__", (a, k) -> {
            PyBuiltinFunction.checkArgs("__format__", a, k, 2, 2);
            return new PyStr(Formatter.formatBuiltin(a[0], StrMethods.strArg(a[1], "__format__() argument")));
        });
        // __neg__ __repr__ __str__ __hash__ and the binary operators are Derived's wrappers
        // (Derived.installWrappers), which a subclass's super() calls reach safely.
    }

    static PyObject attr(PyFloat f, String name) {
        switch (name) {
            case "real": return f;
            case "imag": return new PyFloat(0.0);
            default: return null;
        }
    }

    static PyInt toInt(double d) {
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

    static PyObject asIntegerRatio(double d) {
        if (Double.isNaN(d)) {
            throw PyErr.valueError("cannot convert NaN to integer ratio");
        }
        if (Double.isInfinite(d)) {
            throw PyErr.overflow("cannot convert Infinity to integer ratio");
        }
        if (d == 0) {
            return PyTuple.of(PyInt.of(0), PyInt.of(1));
        }
        long bits = Double.doubleToLongBits(d);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 1L << 52;
        }
        exp -= 1075;
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>= tz;
        exp += tz;
        BigInteger num = BigInteger.valueOf(d < 0 ? -mant : mant);
        BigInteger den = BigInteger.ONE;
        if (exp > 0) {
            num = num.shiftLeft(exp);
        } else {
            den = den.shiftLeft(-exp);
        }
        return PyTuple.of(PyInt.of(num), PyInt.of(den));
    }

    static String hex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = d < 0 || (d == 0 && 1 / d < 0) ? "-" : "";
        if (d == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToLongBits(Math.abs(d));
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        String lead;
        int e;
        if (exp == 0) {
            lead = "0";
            e = -1022;
        } else {
            lead = "1";
            e = exp - 1023;
        }
        String m = Long.toHexString(mant);
        m = "0".repeat(13 - m.length()) + m;
        return sign + "0x" + lead + "." + m + "p" + (e >= 0 ? "+" : "") + e;
    }

    static double fromhex(String text) {
        String s = text.strip();
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        boolean neg = lower.startsWith("-");
        String body = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        if (body.equals("inf") || body.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return Double.NaN;
        }
        if (body.startsWith("0x")) {
            body = body.substring(2);
        }
        String mant = body;
        String exp = "0";
        int p = body.indexOf('p');
        if (p >= 0) {
            mant = body.substring(0, p);
            exp = body.substring(p + 1);
        }
        if (!mant.matches("[0-9a-f]*(\\.[0-9a-f]*)?") || mant.replace(".", "").isEmpty() || !exp.matches("[+-]?[0-9]+")) {
            throw PyErr.valueError("invalid hexadecimal floating-point string");
        }
        double r;
        try {
            r = Double.parseDouble("0x" + (mant.startsWith(".") ? "0" : "") + mant + "p" + exp);
        } catch (NumberFormatException ex) {
            throw PyErr.valueError("invalid hexadecimal floating-point string");
        }
        if (Double.isInfinite(r)) {
            throw PyErr.overflow("hexadecimal value too large to represent as a float");
        }
        return neg ? -r : r;
    }
}
