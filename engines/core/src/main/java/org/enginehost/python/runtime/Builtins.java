package org.enginehost.python.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** The builtins module and the constructors of the builtin types. */
public final class Builtins {
    private static final PyStr[] CHARS = new PyStr[256];
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
        PyType.OBJECT.setConstructor(Builtins::constructObject);
        for (PyType t : new PyType[] {PyInt.TYPE, PyFloat.TYPE, PyStr.TYPE, PyBool.TYPE, PyList.TYPE, PyTuple.TYPE,
                PyDict.TYPE, PyRange.TYPE, PyType.TYPE, PyType.OBJECT, PySet.TYPE, PySet.FROZEN_TYPE,
                PyBytes.TYPE, PyByteArray.TYPE, PyComplex.TYPE}) {
            b.define(t.name, t);
        }
        for (PyType t : ExceptionTypes.all()) {
            b.define(t.name, t);
        }
        ExceptionGroups.registerExceptStarHelpers(b);
        b.define("memoryview", PyMemoryView.TYPE);
        b.define("EnvironmentError", ExceptionTypes.OS_ERROR);
        b.define("IOError", ExceptionTypes.OS_ERROR);
        b.define("Ellipsis", PyEllipsis.ELLIPSIS);
        b.defineFunction("print", (a, k) -> print(sys, a, k));
        IterBuiltins.register(b);
        org.enginehost.python.modules.SiteBuiltins.register(b);
        b.defineFunction("open", PyFile::open);
        b.defineFunction("input", (a, k) -> input(sys, a, k));
        b.define("slice", PySlice.TYPE);
        EvalBuiltins.install(b);
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
            PyInt ci = Index.of(a[0]);
            if (ci.big != null || ci.value > Integer.MAX_VALUE || ci.value < Integer.MIN_VALUE) {
                throw PyErr.overflow("Python int too large to convert to C int");
            }
            long c = ci.value;
            if (c < 0 || c > 0x10FFFF) {
                throw PyErr.valueError("chr() arg not in range(0x110000)");
            }
            return new PyStr(new String(Character.toChars((int) c)));
        });
        b.defineFunction("divmod", (a, k) -> {
            PyBuiltinFunction.checkArgs("divmod", a, k, 2, 2);
            return NumberText.divmod(a[0], a[1]);
        });
        b.defineFunction("pow", (a, k) -> {
            PyBuiltinFunction.checkArgs("pow", a, k, 2, 3);
            if (a.length == 3 && a[2] != PyNone.NONE) {
                return IntMethods.pow3(a[0], a[1], a[2]);
            }
            return Operations.binaryOp(BinOp.POW, a[0], a[1]);
        });
        b.defineFunction("round", (a, k) -> round(a, k));
        b.defineFunction("hex", (a, k) -> new PyStr(NumberText.radix(a, k, "hex", 16, "0x")));
        b.defineFunction("oct", (a, k) -> new PyStr(NumberText.radix(a, k, "oct", 8, "0o")));
        b.defineFunction("bin", (a, k) -> new PyStr(NumberText.radix(a, k, "bin", 2, "0b")));
        b.defineFunction("ascii", (a, k) -> {
            PyBuiltinFunction.checkArgs("ascii", a, k, 1, 1);
            return new PyStr(PercentFormat.asciiOnly(a[0].repr()));
        });
        b.defineFunction("format", (a, k) -> {
            PyBuiltinFunction.checkArgs("format", a, k, 1, 2);
            if (a.length > 1 && !(a[1] instanceof PyStr)) {
                throw PyErr.typeError("format() argument 2 must be str, not " + a[1].getType().name);
            }
            return new PyStr(Formatter.format(a[0], a.length > 1 ? ((PyStr) a[1]).value : ""));
        });
        ClassBuiltins.install(b);
        return b;
    }

    /** {@code callable(o)}. */
    public static boolean isCallable(PyObject o) {
        return o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyType || o instanceof PyMethod
                || o.getType().lookup("__call__") != null;
    }

    private static PyObject input(PyModule sys, PyObject[] a, String[] k) {
        PyBuiltinFunction.checkArgs("input", a, k, 0, 1);
        PyObject out = sys.dict.get("stdout");
        if (a.length == 1) {
            out.getAttr("write").call(new PyObject[] {new PyStr(a[0].str())}, null);
        }
        out.getAttr("flush").call(new PyObject[0], null);
        String line;
        try {
            line = ThreadState.current().interpreter.stdinReader().readLine();
        } catch (java.io.IOException e) {
            throw PyErr.format(ExceptionTypes.OS_ERROR, String.valueOf(e.getMessage()));
        }
        if (line == null) {
            throw PyErr.format(ExceptionTypes.EOF_ERROR, "EOF when reading a line");
        }
        return new PyStr(line);
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
        Class<?> c = o.getClass();
        if (c != PyInt.class && c != PyFloat.class && o instanceof Derived) {
            // an instance of a subclass of int, float ...: its class may define __abs__
            PyObject m = o.getType().lookup("__abs__");
            if (m != null && !Derived.isNative(m)) {
                return Slots.callMethod(m, o, new PyObject[0], null);
            }
        }
        if (o instanceof PyInt) {
            PyInt i = (PyInt) o;
            return i.big == null ? (i.value < 0 ? i.neg() : PyInt.of(i.value)) : PyInt.of(i.big.abs());
        }
        if (o instanceof PyFloat) {
            return new PyFloat(Math.abs(((PyFloat) o).value));
        }
        if (o instanceof PyComplex) {
            return ((PyComplex) o).abs();
        }
        PyObject m = o.getType().lookup("__abs__");
        if (m != null) {
            return Slots.callMethod(m, o, new PyObject[0], null);
        }
        throw PyErr.typeError("bad operand type for abs(): '" + o.getType().name + "'");
    }

    static PyObject round(PyObject[] a, String[] k) {
        PyBuiltinFunction.checkArgs("round", a, k, 1, 2);
        PyObject x = a[0];
        boolean noDigits = a.length < 2 || a[1] == PyNone.NONE;
        if (x instanceof PyInt) {
            if (noDigits) {
                return PyInt.of(((PyInt) x).toBig());
            }
            long nd = Index.clipped(a[1]);
            if (nd >= 0) {
                return PyInt.of(((PyInt) x).toBig());
            }
            nd = Math.max(nd, -(((PyInt) x).toBig().bitLength() / 3 + 2));
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
            long nd = Index.clipped(a[1]);
            if (nd > 330) {
                return x;
            }
            if (nd < -330) {
                return new PyFloat(Math.copySign(0.0, d));
            }
            double r = new BigDecimal(d).setScale((int) nd, RoundingMode.HALF_EVEN).doubleValue();
            return new PyFloat(r == 0.0 ? Math.copySign(0.0, d) : r);
        }
        PyObject m = x.getType().lookup("__round__");
        if (m != null) {
            return m.call(noDigits ? new PyObject[] {x} : new PyObject[] {x, a[1]}, null);
        }
        throw PyErr.typeError("type " + x.getType().name + " doesn't define __round__ method");
    }

    // ---------------------------------------------------------------- constructors

    /** {@code object()}: a featureless instance without a {@code __dict__}. */
    private static PyObject constructObject(PyType type, PyObject[] a, String[] k) {
        if (type != PyType.OBJECT) {
            throw PyErr.typeError("cannot create '" + type.name + "' instances");
        }
        if (a.length > 0) {
            throw PyErr.typeError("object() takes no arguments");
        }
        PyInstance o = new PyInstance(PyType.OBJECT);
        o.dict = null;
        return o;
    }

    /** Folds {@code int(x, base=b)}'s only keyword into the positional arguments. */
    private static PyObject[] intKeywordBase(PyObject[] a, String[] k) {
        for (String name : k) {
            if (!name.equals("base")) {
                throw PyErr.typeError("'" + name + "' is an invalid keyword argument for int()");
            }
        }
        if (a.length > 2) {
            throw PyErr.typeError("int() takes at most 2 arguments (" + a.length + " given)");
        }
        if (a.length == 1) {
            throw PyErr.typeError("int() missing string argument");
        }
        return a;
    }

    static PyObject constructInt(PyType type, PyObject[] a, String[] k) {
        if (k != null && k.length > 0) {
            a = intKeywordBase(a, k);
            k = null;
        }
        PyBuiltinFunction.checkArgs("int", a, k, 0, 2);
        if (a.length == 0) {
            return PyInt.of(0);
        }
        PyObject x = a[0];
        if (a.length == 2) {
            PyInt base = Index.of(a[1]);
            int bv = base.big != null || base.value > 36 || base.value < -1 ? 99 : (int) base.value;
            if (x instanceof BytesBase) {
                return parseInt(((BytesBase) x).latin1(), bv);
            }
            if (!(x instanceof PyStr)) {
                throw PyErr.typeError("int() can't convert non-string with explicit base");
            }
            return parseInt(((PyStr) x).value, bv);
        }
        if (NumberProtocol.mayConvert(x)) {
            PyInt r = NumberProtocol.toInt(x);
            if (r != null) {
                return r;
            }
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
        if (x instanceof BytesBase) {
            return parseInt(((BytesBase) x).latin1(), 10);
        }
        for (String hook : new String[] {"__int__", "__index__", "__trunc__"}) {
            PyObject f = x.getType().lookup(hook);
            if (f != null) {
                PyObject r = f.call(new PyObject[] {x}, null);
                if (!(r instanceof PyInt)) {
                    throw PyErr.typeError(hook + " returned non-int (type " + r.getType().name + ")");
                }
                return r.getType() == PyInt.TYPE ? r : PyInt.of(((PyInt) r).toBig());
            }
        }
        throw PyErr.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + x.getType().name + "'");
    }

    /** {@code int(text, base)} with Python's literal rules (underscores, prefixes, whitespace). */
    /**
     * {@code int(text, base)}. The common case, a short decimal numeral of ASCII digits with an
     * optional sign between spaces, is read without allocating anything; every other text
     * (other bases, prefixes, underscores, non-ASCII digits or spaces, long numerals, errors)
     * goes to {@link #parseIntGeneral}.
     */
    public static PyInt parseInt(String text, int base) {
        int from = 0;
        int to = text.length();
        while (from < to && isIntSpace(text.codePointAt(from))) {
            from += Character.charCount(text.codePointAt(from));
        }
        while (to > from && isIntSpace(text.codePointBefore(to))) {
            to -= Character.charCount(text.codePointBefore(to));
        }
        if (base == 10) {
            PyInt r = parseShortDecimal(text, from, to);
            if (r != null) {
                return r;
            }
        }
        return parseIntGeneral(text, text.substring(from, to), base);
    }

    /** {@code s[i:end]} as a signed numeral of at most 18 ASCII digits; null for anything else. */
    private static PyInt parseShortDecimal(String s, int i, int end) {
        boolean neg = false;
        if (i < end && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        if (i == end || end - i > 18) {
            return null;
        }
        long v = 0;
        for (; i < end; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            v = v * 10 + (c - '0');
        }
        return PyInt.of(neg ? -v : v);
    }

    /**
     * The whitespace int() skips around a numeral: ASCII's six spaces (CPython's Py_ISSPACE; the
     * other ASCII separators, such as {@code \x1c}, are not skipped) and non-ASCII whitespace.
     */
    private static boolean isIntSpace(int c) {
        return c < 128 ? c == ' ' || (c >= '\t' && c <= '\r') : StrMethods.isSpace(c);
    }

    /** {@code int(text, base)} of {@code s}, the text without the spaces around it. */
    private static PyInt parseIntGeneral(String text, String s, int base) {
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
        if (b == 10 && digits.length() > IntMethods.DEFAULT_MAX_STR_DIGITS) {
            for (int j = 0; j < digits.length(); j++) {
                if (Character.digit(digits.charAt(j), b) < 0) {
                    throw invalidInt(text, base);
                }
            }
            IntMethods.checkParseDigits(digits.length());
        }
        for (int j = 0; j < digits.length(); j++) {
            if (Character.digit(digits.charAt(j), b) < 0) {
                throw invalidInt(text, base);
            }
        }
        if (digits.length() <= 18 && b == 10 || digits.length() <= 12) {
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
        if (NumberProtocol.mayConvert(x)) {
            PyFloat r = NumberProtocol.toFloat(x);
            if (r != null) {
                return r;
            }
        }
        if (x instanceof PyFloat) {
            return x.getType() == PyFloat.TYPE ? x : new PyFloat(((PyFloat) x).value);
        }
        if (x instanceof PyInt) {
            return new PyFloat(((PyInt) x).toDouble());
        }
        if (x instanceof PyStr) {
            return new PyFloat(parseFloat(((PyStr) x).value));
        }
        if (x instanceof BytesBase) {
            return new PyFloat(parseFloat(((BytesBase) x).latin1()));
        }
        PyObject viaFloat = x.getType().lookup("__float__");
        if (viaFloat != null) {
            PyObject r = viaFloat.call(new PyObject[] {x}, null);
            if (!(r instanceof PyFloat)) {
                throw PyErr.typeError(x.getType().name + ".__float__ returned non-float (type " + r.getType().name + ")");
            }
            return r.getType() == PyFloat.TYPE ? r : new PyFloat(((PyFloat) r).value);
        }
        PyObject viaIndex = x.getType().lookup("__index__");
        if (viaIndex != null) {
            PyObject r = viaIndex.call(new PyObject[] {x}, null);
            if (r instanceof PyInt) {
                return new PyFloat(((PyInt) r).toDouble());
            }
        }
        throw PyErr.typeError("float() argument must be a string or a real number, not '" + x.getType().name + "'");
    }

    /** {@code float(text)} with Python's accepted syntax. */
    public static double parseFloat(String text) {
        String s = StrMethods.strip(NumberText.asciiDigits(text), null, true, true);
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
        if (a.length > 1 || k != null) {
            return NumberText.strDecode(a, k);
        }
        return a.length == 0 ? PyStr.EMPTY : a[0].getType() == PyStr.TYPE ? a[0] : new PyStr(a[0].str());
    }

    static PyObject constructTuple(PyType type, PyObject[] a, String[] k) {
        PyBuiltinFunction.checkArgs("tuple", a, k, 0, 1);
        if (a.length == 0) {
            return PyTuple.EMPTY;
        }
        return a[0].getClass() == PyTuple.class ? a[0] : PyTuple.of(Operations.toArray(a[0]).clone());
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
        if (npos > 1) {
            throw PyErr.typeError("dict expected at most 1 argument, got " + npos);
        }
        if (npos == 1) {
            DictMethods.update(d, a[0]);
        }
        for (int i = 0; k != null && i < k.length; i++) {
            d.put(new PyStr(k[i]), a[npos + i]);
        }
        return d;
    }
}
