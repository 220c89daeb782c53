package org.enginehost.python.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** The builtins module and the constructors of the builtin types. */
public final class Builtins {
    private static final PyStr[] CHARS = new PyStr[256];
    private static final PyType ENUMERATE = PyType.builtin("enumerate", null);
    private static final PyType ZIP = PyType.builtin("zip", null);
    private static final PyType REVERSED = PyType.builtin("list_reverseiterator", null);
    private static final PyType MAP = PyType.builtin("map", null);
    private static final PyType FILTER = PyType.builtin("filter", null);
    private static final Pattern FLOAT_SYNTAX = Pattern.compile(
            "[+-]?((\\d(_?\\d)*)(\\.(\\d(_?\\d)*)?)?|\\.\\d(_?\\d)*)([eE][+-]?\\d(_?\\d)*)?");

    static {
        for (int i = 0; i < CHARS.length; i++) {
            CHARS[i] = new PyStr(String.valueOf((char) i));
        }
    }

    private Builtins() {
    }

    /** A one-character string, cached for Latin-1. */
    public static PyStr charStr(char c) {
        return c < 256 ? CHARS[c] : new PyStr(String.valueOf(c));
    }

    /** Creates the builtins module of one interpreter; {@code sys} supplies stdout for print. */
    public static PyModule create(PyModule sys) {
        PyModule b = new PyModule("builtins", null);
        for (PyType t : new PyType[] {PyInt.TYPE, PyFloat.TYPE, PyStr.TYPE, PyBool.TYPE, PyList.TYPE, PyTuple.TYPE,
                PyDict.TYPE, PyRange.TYPE, PyType.TYPE, PyType.OBJECT}) {
            b.define(t.name, t);
        }
        for (PyType t : ExceptionTypes.all()) {
            b.define(t.name, t);
        }
        b.defineFunction("print", (a, k) -> print(sys, a, k));
        EvalBuiltins.install(b);
        b.defineFunction("len", (a, k) -> {
            PyBuiltinFunction.checkArgs("len", a, k, 1, 1);
            return PyInt.of(a[0].len());
        });
        b.defineFunction("repr", (a, k) -> {
            PyBuiltinFunction.checkArgs("repr", a, k, 1, 1);
            return new PyStr(a[0].repr());
        });
        b.defineFunction("isinstance", (a, k) -> {
            PyBuiltinFunction.checkArgs("isinstance", a, k, 2, 2);
            return PyBool.of(Operations.isInstance(a[0], a[1]));
        });
        b.defineFunction("abs", (a, k) -> {
            PyBuiltinFunction.checkArgs("abs", a, k, 1, 1);
            return abs(a[0]);
        });
        b.defineFunction("min", (a, k) -> minMax("min", a, k, CompareOp.LT));
        b.defineFunction("max", (a, k) -> minMax("max", a, k, CompareOp.GT));
        b.defineFunction("sum", (a, k) -> {
            PyBuiltinFunction.checkArgs("sum", a, k, 1, 2);
            PyObject acc = a.length > 1 ? a[1] : PyInt.of(0);
            if (acc instanceof PyStr) {
                throw PyErr.typeError("sum() can't sum strings [use ''.join(seq) instead]");
            }
            PyObject it = a[0].iter();
            for (PyObject x = it.next(); x != null; x = it.next()) {
                acc = Operations.binaryOp(BinOp.ADD, acc, x);
            }
            return acc;
        });
        b.defineFunction("sorted", (a, k) -> {
            PyList l = new PyList(Operations.toArray(a[0]).clone());
            PyObject[] rest = new PyObject[a.length];
            rest[0] = l;
            System.arraycopy(a, 1, rest, 1, a.length - 1);
            l.getType().lookup("sort").call(rest, k);
            return l;
        });
        b.defineFunction("reversed", (a, k) -> {
            PyBuiltinFunction.checkArgs("reversed", a, k, 1, 1);
            PyObject seq = a[0];
            int[] i = {seq.len()};
            return new PyJavaIterator(REVERSED, () -> --i[0] >= 0 ? seq.getItem(PyInt.of(i[0])) : null);
        });
        b.defineFunction("enumerate", (a, k) -> {
            PyObject it = a[0].iter();
            PyObject[] n = {a.length > 1 ? a[1] : PyInt.of(0)};
            return new PyJavaIterator(ENUMERATE, () -> {
                PyObject x = it.next();
                if (x == null) {
                    return null;
                }
                PyObject idx = n[0];
                n[0] = Operations.binaryOp(BinOp.ADD, idx, PyInt.of(1));
                return PyTuple.of(idx, x);
            });
        });
        b.defineFunction("zip", (a, k) -> {
            PyObject[] its = new PyObject[a.length];
            for (int i = 0; i < a.length; i++) {
                its[i] = a[i].iter();
            }
            return new PyJavaIterator(ZIP, () -> {
                if (its.length == 0) {
                    return null;
                }
                PyObject[] row = new PyObject[its.length];
                for (int i = 0; i < its.length; i++) {
                    row[i] = its[i].next();
                    if (row[i] == null) {
                        return null;
                    }
                }
                return PyTuple.of(row);
            });
        });
        b.defineFunction("map", (a, k) -> {
            PyObject f = a[0];
            PyObject it = a[1].iter();
            return new PyJavaIterator(MAP, () -> {
                PyObject x = it.next();
                return x == null ? null : f.call(new PyObject[] {x}, null);
            });
        });
        b.defineFunction("filter", (a, k) -> {
            PyObject f = a[0];
            PyObject it = a[1].iter();
            return new PyJavaIterator(FILTER, () -> {
                for (PyObject x = it.next(); x != null; x = it.next()) {
                    if (Operations.isTrue(f == PyNone.NONE ? x : f.call(new PyObject[] {x}, null))) {
                        return x;
                    }
                }
                return null;
            });
        });
        b.defineFunction("any", (a, k) -> {
            PyObject it = a[0].iter();
            for (PyObject x = it.next(); x != null; x = it.next()) {
                if (Operations.isTrue(x)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        b.defineFunction("all", (a, k) -> {
            PyObject it = a[0].iter();
            for (PyObject x = it.next(); x != null; x = it.next()) {
                if (!Operations.isTrue(x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        b.defineFunction("iter", (a, k) -> {
            PyBuiltinFunction.checkArgs("iter", a, k, 1, 1);
            return a[0].iter();
        });
        b.defineFunction("next", (a, k) -> {
            PyBuiltinFunction.checkArgs("next", a, k, 1, 2);
            PyObject v = a[0].next();
            if (v == null) {
                if (a.length > 1) {
                    return a[1];
                }
                throw a[0] instanceof PyGenerator g ? PyGenerator.stopIteration(g.returnValue)
                        : new PyException(new PyBaseException(ExceptionTypes.STOP_ITERATION, PyTuple.EMPTY));
            }
            return v;
        });
        b.defineFunction("hash", (a, k) -> PyInt.of(a[0].pyHash()));
        b.defineFunction("id", (a, k) -> PyInt.of(System.identityHashCode(a[0])));
        b.defineFunction("callable", (a, k) -> PyBool.of(a[0] instanceof PyFunction || a[0] instanceof PyBuiltinFunction
                || a[0] instanceof PyType || a[0] instanceof PyMethod));
        b.defineFunction("ord", (a, k) -> {
            PyBuiltinFunction.checkArgs("ord", a, k, 1, 1);
            if (!(a[0] instanceof PyStr)) {
                throw PyErr.typeError("ord() expected string of length 1, but " + a[0].getType().name + " found");
            }
            PyStr s = (PyStr) a[0];
            if (s.codePointLength() != 1) {
                throw PyErr.typeError("ord() expected a character, but string of length " + s.codePointLength() + " found");
            }
            return PyInt.of(s.value.codePointAt(0));
        });
        b.defineFunction("chr", (a, k) -> {
            PyBuiltinFunction.checkArgs("chr", a, k, 1, 1);
            long c = ((PyInt) a[0]).value;
            if (c < 0 || c > 0x10FFFF) {
                throw PyErr.valueError("chr() arg not in range(0x110000)");
            }
            return new PyStr(new String(Character.toChars((int) c)));
        });
        b.defineFunction("divmod", (a, k) -> {
            PyBuiltinFunction.checkArgs("divmod", a, k, 2, 2);
            return PyTuple.of(Operations.binaryOp(BinOp.FLOORDIV, a[0], a[1]), Operations.binaryOp(BinOp.MOD, a[0], a[1]));
        });
        b.defineFunction("pow", (a, k) -> {
            PyBuiltinFunction.checkArgs("pow", a, k, 2, 3);
            if (a.length == 3) {
                BigInteger m = ((PyInt) a[2]).toBig();
                return PyInt.of(((PyInt) a[0]).toBig().modPow(((PyInt) a[1]).toBig(), m));
            }
            return Operations.binaryOp(BinOp.POW, a[0], a[1]);
        });
        b.defineFunction("round", (a, k) -> round(a, k));
        b.defineFunction("format", (a, k) -> {
            PyBuiltinFunction.checkArgs("format", a, k, 1, 2);
            if (a.length > 1 && !(a[1] instanceof PyStr)) {
                throw PyErr.typeError("format() argument 2 must be str, not " + a[1].getType().name);
            }
            return new PyStr(Formatter.format(a[0], a.length > 1 ? ((PyStr) a[1]).value : ""));
        });
        return b;
    }

    private static PyObject print(PyModule sys, PyObject[] a, String[] k) {
        String sep = " ";
        String end = "\n";
        PyObject file = PyNone.NONE;
        boolean flush = false;
        int npos = a.length - (k == null ? 0 : k.length);
        for (int i = 0; k != null && i < k.length; i++) {
            PyObject v = a[npos + i];
            switch (k[i]) {
                case "sep": sep = v == PyNone.NONE ? " " : textArg("sep", v); break;
                case "end": end = v == PyNone.NONE ? "\n" : textArg("end", v); break;
                case "file": file = v; break;
                case "flush": flush = Operations.isTrue(v); break;
                default: throw PyErr.typeError("'" + k[i] + "' is an invalid keyword argument for print()");
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < npos; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(a[i].str());
        }
        sb.append(end);
        if (file == PyNone.NONE) {
            file = sys.dict.get("stdout");
        }
        if (file instanceof PyTextIO) {
            ((PyTextIO) file).write(sb.toString());
            if (flush) {
                ((PyTextIO) file).flush();
            }
        } else {
            file.getAttr("write").call(new PyObject[] {new PyStr(sb.toString())}, null);
        }
        return PyNone.NONE;
    }

    private static String textArg(String name, PyObject v) {
        if (!(v instanceof PyStr)) {
            throw PyErr.typeError(name + " must be None or a string, not " + v.getType().name);
        }
        return ((PyStr) v).value;
    }

    private static PyObject abs(PyObject o) {
        if (o instanceof PyInt) {
            PyInt i = (PyInt) o;
            return i.big == null ? (i.value < 0 ? i.neg() : PyInt.of(i.value)) : PyInt.of(i.big.abs());
        }
        if (o instanceof PyFloat) {
            return new PyFloat(Math.abs(((PyFloat) o).value));
        }
        throw PyErr.typeError("bad operand type for abs(): '" + o.getType().name + "'");
    }

    private static PyObject minMax(String name, PyObject[] a, String[] k, int op) {
        PyObject key = null;
        PyObject dflt = null;
        int npos = a.length - (k == null ? 0 : k.length);
        for (int i = 0; k != null && i < k.length; i++) {
            if (k[i].equals("key")) {
                key = a[npos + i] == PyNone.NONE ? null : a[npos + i];
            } else if (k[i].equals("default")) {
                dflt = a[npos + i];
            } else {
                throw PyErr.typeError("'" + k[i] + "' is an invalid keyword argument for " + name + "()");
            }
        }
        if (npos == 0) {
            throw PyErr.typeError(name + " expected at least 1 argument, got 0");
        }
        PyObject it = npos == 1 ? a[0].iter() : new PyList(java.util.Arrays.copyOf(a, npos)).iter();
        PyObject best = null;
        PyObject bestKey = null;
        for (PyObject x = it.next(); x != null; x = it.next()) {
            PyObject kx = key == null ? x : key.call(new PyObject[] {x}, null);
            if (best == null || Operations.isTrue(Operations.compare(op, kx, bestKey))) {
                best = x;
                bestKey = kx;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyErr.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    private static PyObject round(PyObject[] a, String[] k) {
        PyBuiltinFunction.checkArgs("round", a, k, 1, 2);
        PyObject x = a[0];
        boolean noDigits = a.length < 2 || a[1] == PyNone.NONE;
        if (x instanceof PyInt) {
            if (noDigits) {
                return PyInt.of(((PyInt) x).toBig());
            }
            long nd = ((PyInt) a[1]).value;
            if (nd >= 0) {
                return PyInt.of(((PyInt) x).toBig());
            }
            BigDecimal r = new BigDecimal(((PyInt) x).toBig()).setScale((int) nd, RoundingMode.HALF_EVEN);
            return PyInt.of(r.toBigInteger());
        }
        if (x instanceof PyFloat) {
            double d = ((PyFloat) x).value;
            if (noDigits) {
                if (Double.isNaN(d)) {
                    throw PyErr.valueError("cannot convert float NaN to integer");
                }
                if (Double.isInfinite(d)) {
                    throw PyErr.overflow("cannot convert float infinity to integer");
                }
                return PyInt.of(new BigDecimal(d).setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
            }
            if (Double.isNaN(d) || Double.isInfinite(d) || d == 0.0) {
                return x;
            }
            long nd = ((PyInt) a[1]).value;
            if (nd > 330) {
                return x;
            }
            if (nd < -330) {
                return new PyFloat(Math.copySign(0.0, d));
            }
            double r = new BigDecimal(d).setScale((int) nd, RoundingMode.HALF_EVEN).doubleValue();
            return new PyFloat(r == 0.0 ? Math.copySign(0.0, d) : r);
        }
        throw PyErr.typeError("type " + x.getType().name + " doesn't define __round__ method");
    }

    // ---------------------------------------------------------------- constructors

    static PyObject constructInt(PyType type, PyObject[] a, String[] k) {
        PyBuiltinFunction.checkArgs("int", a, k, 0, 2);
        if (a.length == 0) {
            return PyInt.of(0);
        }
        PyObject x = a[0];
        if (a.length == 2) {
            if (!(x instanceof PyStr)) {
                throw PyErr.typeError("int() can't convert non-string with explicit base");
            }
            return parseInt(((PyStr) x).value, (int) ((PyInt) a[1]).value);
        }
        if (x instanceof PyInt) {
            PyInt i = (PyInt) x;
            return i.big == null ? PyInt.of(i.value) : i;
        }
        if (x instanceof PyFloat) {
            double d = ((PyFloat) x).value;
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
        if (x instanceof PyStr) {
            return parseInt(((PyStr) x).value, 10);
        }
        throw PyErr.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + x.getType().name + "'");
    }

    /** {@code int(text, base)} with Python's literal rules (underscores, prefixes, whitespace). */
    public static PyInt parseInt(String text, int base) {
        String s = text.strip();
        int i = 0;
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            neg = s.charAt(0) == '-';
            i = 1;
        }
        if (base != 0 && (base < 2 || base > 36)) {
            throw PyErr.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        int b = base;
        if (s.length() >= i + 2 && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                b = pb;
                i += 2;
                if (i < s.length() && s.charAt(i) == '_') {
                    i++;
                }
            }
        }
        if (b == 0) {
            b = 10;
            String digits = s.substring(i).replace("_", "");
            if (digits.length() > 1 && digits.chars().allMatch(c -> c == '0') == false && digits.charAt(0) == '0') {
                throw invalidInt(text, base);
            }
        }
        String body = s.substring(i);
        if (body.isEmpty() || body.startsWith("_") || body.endsWith("_") || body.contains("__")) {
            throw invalidInt(text, base);
        }
        String digits = body.replace("_", "");
        for (int j = 0; j < digits.length(); j++) {
            if (Character.digit(digits.charAt(j), b) < 0) {
                throw invalidInt(text, base);
            }
        }
        if (digits.length() <= 18 && b == 10 || digits.length() <= 15) {
            long v = Long.parseLong(digits, b);
            return PyInt.of(neg ? -v : v);
        }
        BigInteger v = new BigInteger(digits, b);
        return PyInt.of(neg ? v.negate() : v);
    }

    private static PyException invalidInt(String text, int base) {
        return PyErr.valueError("invalid literal for int() with base " + base + ": " + PyStr.repr(text));
    }

    static PyObject constructFloat(PyType type, PyObject[] a, String[] k) {
        PyBuiltinFunction.checkArgs("float", a, k, 0, 1);
        if (a.length == 0) {
            return new PyFloat(0.0);
        }
        PyObject x = a[0];
        if (x instanceof PyFloat) {
            return x;
        }
        if (x instanceof PyInt) {
            return new PyFloat(((PyInt) x).toDouble());
        }
        if (x instanceof PyStr) {
            return new PyFloat(parseFloat(((PyStr) x).value));
        }
        throw PyErr.typeError("float() argument must be a string or a real number, not '" + x.getType().name + "'");
    }

    /** {@code float(text)} with Python's accepted syntax. */
    public static double parseFloat(String text) {
        String s = text.strip();
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean neg = lower.startsWith("-");
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        if (!FLOAT_SYNTAX.matcher(s).matches()) {
            throw PyErr.valueError("could not convert string to float: " + PyStr.repr(text));
        }
        return Double.parseDouble(s.replace("_", ""));
    }

    static PyObject constructStr(PyType type, PyObject[] a, String[] k) {
        PyBuiltinFunction.checkArgs("str", a, k, 0, 1);
        return a.length == 0 ? PyStr.EMPTY : a[0] instanceof PyStr ? a[0] : new PyStr(a[0].str());
    }

    static PyObject constructTuple(PyType type, PyObject[] a, String[] k) {
        PyBuiltinFunction.checkArgs("tuple", a, k, 0, 1);
        if (a.length == 0) {
            return PyTuple.EMPTY;
        }
        return a[0] instanceof PyTuple ? a[0] : PyTuple.of(Operations.toArray(a[0]).clone());
    }

    static PyObject constructList(PyType type, PyObject[] a, String[] k) {
        PyBuiltinFunction.checkArgs("list", a, k, 0, 1);
        PyList l = new PyList();
        if (a.length > 0) {
            l.extend(a[0]);
        }
        return l;
    }

    static PyObject constructDict(PyType type, PyObject[] a, String[] k) {
        PyDict d = new PyDict();
        int npos = a.length - (k == null ? 0 : k.length);
        if (npos > 0) {
            if (a[0] instanceof PyDict) {
                for (var e : ((PyDict) a[0]).entries()) {
                    d.put(e.getKey(), e.getValue());
                }
            } else {
                PyObject it = a[0].iter();
                for (PyObject x = it.next(); x != null; x = it.next()) {
                    PyObject[] kv = Operations.unpack(x, 2);
                    d.put(kv[0], kv[1]);
                }
            }
        }
        for (int i = 0; k != null && i < k.length; i++) {
            d.put(new PyStr(k[i]), a[npos + i]);
        }
        return d;
    }

    static PyObject constructRange(PyType type, PyObject[] a, String[] k) {
        PyBuiltinFunction.checkArgs("range", a, k, 1, 3);
        long[] v = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            if (!(a[i] instanceof PyInt)) {
                throw PyErr.typeError("'" + a[i].getType().name + "' object cannot be interpreted as an integer");
            }
            PyInt x = (PyInt) a[i];
            if (x.big != null) {
                throw PyErr.overflow("Python int too large to convert to C long");
            }
            v[i] = x.value;
        }
        switch (a.length) {
            case 1: return new PyRange(0, v[0], 1);
            case 2: return new PyRange(v[0], v[1], 1);
            default: return new PyRange(v[0], v[1], v[2]);
        }
    }
}
