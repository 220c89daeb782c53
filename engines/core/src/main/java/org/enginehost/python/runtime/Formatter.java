package org.enginehost.python.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The format-spec mini-language: {@code format(value, spec)}, f-string {@code {x:spec}} and
 * {@code str.format}. Spec grammar (3.11):
 * {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}.
 */
public final class Formatter {
    private Formatter() {
    }

    /** A parsed spec. */
    static final class Spec {
        int fill = ' ';
        boolean fillGiven;
        char align;
        char sign;
        boolean noNegZero;
        boolean alternate;
        boolean zeroPad;
        int width = -1;
        char grouping;
        int precision = -1;
        char type;
    }

    static Spec parse(String s, PyObject v) {
        Spec sp = new Spec();
        int i = 0;
        int n = s.length();
        int first = n > 0 ? s.codePointAt(0) : 0;
        int fc = Character.charCount(first);
        if (n > fc && "<>=^".indexOf(s.charAt(fc)) >= 0) {
            sp.fill = first;
            sp.fillGiven = true;
            sp.align = s.charAt(fc);
            i = fc + 1;
        } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
            sp.align = s.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) {
            sp.sign = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == 'z') {
            sp.noNegZero = true;
            i++;
        }
        if (i < n && s.charAt(i) == '#') {
            sp.alternate = true;
            i++;
        }
        if (i < n && s.charAt(i) == '0') {
            sp.zeroPad = true;
            if (!sp.fillGiven) {
                sp.fill = '0';
            }
            i++;
        }
        int start = i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i > start) {
            if (i - start > 9) {
                throw PyErr.valueError("Too many decimal digits in format string");
            }
            sp.width = Integer.parseInt(s.substring(start, i));
        }
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
            sp.grouping = s.charAt(i++);
            if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
                throw PyErr.valueError("Cannot specify both ',' and '_'.");
            }
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == start) {
                throw PyErr.valueError("Format specifier missing precision");
            }
            if (i - start > 9) {
                throw PyErr.valueError("Too many decimal digits in format string");
            }
            sp.precision = Integer.parseInt(s.substring(start, i));
        }
        if (n - i > 1) {
            throw PyErr.valueError("Invalid format specifier '" + s + "' for object of type '" + v.getType().name + "'");
        }
        if (i < n) {
            sp.type = s.charAt(i);
        }
        if (sp.grouping != 0) {
            switch (sp.type) {
                case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (sp.grouping == '_') {
                        break;
                    }
                    // fall through
                default:
                    throw PyErr.valueError("Cannot specify '" + sp.grouping + "' with '" + sp.type + "'.");
            }
        }
        return sp;
    }

    private static String userFormat(PyObject f, PyObject v, String spec) {
        PyObject r = f.call(new PyObject[] {v, new PyStr(spec)}, null);
        if (!(r instanceof PyStr)) {
            throw PyErr.typeError("__format__ must return a str, not " + r.getType().name);
        }
        return ((PyStr) r).value;
    }

    /** {@code format(v, spec)}: builtin types directly, other objects through {@code __format__}. */
    public static String format(PyObject v, String spec) {
        Class<?> c = v.getClass();
        if (c != PyStr.class && c != PyInt.class && c != PyFloat.class && v instanceof Derived) {
            // An instance of a subclass of str, int, float ...: its class may define __format__.
            PyObject f = v.getType().lookup("__format__");
            if (!Derived.isNative(f)) {
                return userFormat(f, v, spec);
            }
        }
        return formatBuiltin(v, spec);
    }

    /**
     * What the builtin types' own {@code __format__} does: {@code format(v, spec)} without looking
     * for a subclass's override (which may be what called it, through {@code super().__format__}).
     */
    public static String formatBuiltin(PyObject v, String spec) {
        if (v instanceof PyStr) {
            if (spec.isEmpty()) {
                return ((PyStr) v).value;
            }
            return formatStr(((PyStr) v).value, parse(spec, v), v);
        }
        if (v instanceof PyInt) {
            if (spec.isEmpty()) {
                return v.str();
            }
            return formatInt((PyInt) v, parse(spec, v));
        }
        if (v instanceof PyFloat) {
            if (spec.isEmpty()) {
                return v.str();
            }
            return formatFloat(((PyFloat) v).value, parse(spec, v), v);
        }
        if (v instanceof PyComplex) {
            return formatComplex((PyComplex) v, parse(spec, v));
        }
        PyObject f = v.getType().lookup("__format__");
        if (f != null && !(f instanceof PyBuiltinFunction)) {
            return userFormat(f, v, spec);
        }
        if (!spec.isEmpty()) {
            throw PyErr.typeError("unsupported format string passed to " + v.getType().name + ".__format__");
        }
        return Operations.str(v);
    }

    private static PyException unknownCode(char type, PyObject v) {
        return PyErr.valueError("Unknown format code '" + type + "' for object of type '" + v.getType().name + "'");
    }

    private static String formatStr(String s, Spec sp, PyObject v) {
        if (sp.type != 0 && sp.type != 's') {
            throw unknownCode(sp.type, v);
        }
        if (sp.grouping != 0) {
            throw PyErr.valueError("Cannot specify '" + sp.grouping + "' with 's'.");
        }
        if (sp.sign != 0) {
            throw PyErr.valueError("Sign not allowed in string format specifier");
        }
        if (sp.alternate) {
            throw PyErr.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (sp.align == '=') {
            throw PyErr.valueError("'=' alignment not allowed in string format specifier");
        }
        if (sp.precision >= 0 && s.length() > sp.precision) {
            int cps = s.codePointCount(0, s.length());
            if (cps > sp.precision) {
                s = s.substring(0, s.offsetByCodePoints(0, sp.precision));
            }
        }
        return pad(s, "", sp, '<');
    }

    private static String formatInt(PyInt i, Spec sp) {
        char t = sp.type;
        switch (t) {
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return formatFloat(i.toDouble(), sp, i);
            default:
                break;
        }
        if ("bcdoxXn".indexOf(t) < 0 && t != 0) {
            throw unknownCode(t, i);
        }
        if (sp.noNegZero) {
            throw PyErr.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (sp.precision >= 0) {
            throw PyErr.valueError("Precision not allowed in integer format specifier");
        }
        boolean neg;
        String digits;
        String prefix = "";
        if (t == 'c') {
            if (sp.sign != 0) {
                throw PyErr.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (sp.alternate) {
                throw PyErr.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (i.big != null || i.value < 0 || i.value > 0x10FFFF) {
                throw PyErr.overflow("%c arg not in range(0x110000)");
            }
            return pad(new String(Character.toChars((int) i.value)), "", sp, '>');
        }
        if (i.big == null && i.value != Long.MIN_VALUE) {
            long x = i.value;
            neg = x < 0;
            long ax = Math.abs(x);
            switch (t) {
                case 0: case 'd': case 'n': digits = Long.toString(ax); break;
                case 'x': digits = Long.toHexString(ax); break;
                case 'X': digits = Long.toHexString(ax).toUpperCase(java.util.Locale.ROOT); break;
                case 'o': digits = Long.toOctalString(ax); break;
                case 'b': digits = Long.toBinaryString(ax); break;
                default: throw unknownCode(t, i);
            }
        } else {
            BigInteger b = i.toBig();
            neg = b.signum() < 0;
            b = b.abs();
            switch (t) {
                case 0: case 'd': case 'n': digits = IntMethods.toDecimalString(b); break;
                case 'x': digits = b.toString(16); break;
                case 'X': digits = b.toString(16).toUpperCase(java.util.Locale.ROOT); break;
                case 'o': digits = b.toString(8); break;
                case 'b': digits = b.toString(2); break;
                default: throw unknownCode(t, i);
            }
        }
        if (sp.alternate) {
            switch (t) {
                case 'x': prefix = "0x"; break;
                case 'X': prefix = "0X"; break;
                case 'o': prefix = "0o"; break;
                case 'b': prefix = "0b"; break;
                default: break;
            }
        }
        String signStr = neg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
        int size = t == 'x' || t == 'X' || t == 'o' || t == 'b' ? 4 : 3;
        return number(signStr + prefix, digits, "", sp, size);
    }

    /**
     * Lays out a number: sign/prefix, integer digits (grouped), the rest (fraction, exponent),
     * padded per the spec. Zero padding with '=' alignment is grouped too, as CPython does.
     */
    private static String number(String prefix, String intDigits, String rest, Spec sp, int groupSize) {
        char align = sp.align != 0 ? sp.align : sp.zeroPad && !sp.fillGiven ? '=' : '>';
        if (sp.grouping != 0) {
            if (sp.fill == '0' && align == '=' && sp.width > 0) {
                int want = sp.width - prefix.length() - rest.length();
                String g = group(intDigits, sp.grouping, groupSize);
                while (g.length() < want) {
                    intDigits = "0" + intDigits;
                    g = group(intDigits, sp.grouping, groupSize);
                }
                return prefix + g + rest;
            }
            intDigits = group(intDigits, sp.grouping, groupSize);
        }
        String body = intDigits + rest;
        return padAligned(body, prefix, sp, align);
    }

    static String group(String digits, char sep, int size) {
        int n = digits.length();
        if (n <= size) {
            return digits;
        }
        StringBuilder sb = new StringBuilder(n + n / size);
        for (int k = 0; k < n; k++) {
            if (k > 0 && (n - k) % size == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(k));
        }
        return sb.toString();
    }

    private static String formatFloat(double d, Spec sp, PyObject v) {
        char t = sp.type;
        switch (t) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': case 'n':
                break;
            default:
                throw unknownCode(t, v);
        }
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        String body;
        if (t == 0) {
            if (!Double.isFinite(d)) {
                body = Double.isNaN(d) ? "nan" : "inf";
            } else {
                body = sp.precision < 0 ? FloatRepr.repr(a) : general(a, sp.precision, sp.alternate, true);
            }
        } else {
            body = floatBody(a, t == 'n' ? 'g' : t, sp.precision < 0 ? 6 : sp.precision, sp.alternate);
        }
        if (sp.noNegZero && neg && isZeroText(body)) {
            neg = false;
        }
        String signStr = neg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
        if (!Double.isFinite(d)) {
            return number(signStr, "", body, sp, 3);
        }
        int end = 0;
        while (end < body.length() && Character.isDigit(body.charAt(end))) {
            end++;
        }
        return number(signStr, body.substring(0, end), body.substring(end), sp, 3);
    }

    private static boolean isZeroText(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    /** The unsigned text of {@code a >= 0} for float conversion {@code t} (e E f F g G %). */
    static String floatBody(double a, char t, int prec, boolean alternate) {
        if (Double.isNaN(a) || Double.isInfinite(a)) {
            String s = Double.isNaN(a) ? "nan" : "inf";
            if (t == 'E' || t == 'F' || t == 'G') {
                s = s.toUpperCase(java.util.Locale.ROOT);
            }
            return t == '%' ? s + "%" : s;
        }
        switch (t) {
            case 'f': case 'F': return fixed(a, prec, alternate);
            case 'e': return exp(a, prec, alternate);
            case 'E': return exp(a, prec, alternate).toUpperCase(java.util.Locale.ROOT);
            case '%': return fixed(a * 100, prec, alternate) + "%";
            case 'G': return general(a, prec, alternate, false).toUpperCase(java.util.Locale.ROOT);
            default: return general(a, prec, alternate, false);
        }
    }

    static String fixed(double a, int prec, boolean alternate) {
        String s;
        if (a == 0) {
            s = prec == 0 ? "0" : "0." + "0".repeat(prec);
        } else {
            s = new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        }
        if (prec == 0 && alternate) {
            s += ".";
        }
        return s;
    }

    static String exp(double a, int prec, boolean alternate) {
        String digits;
        int exponent;
        if (a == 0) {
            digits = "0".repeat(prec + 1);
            exponent = 0;
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
            digits = r.unscaledValue().toString();
            exponent = digits.length() - 1 - r.scale();
            if (digits.length() < prec + 1) {
                digits = digits + "0".repeat(prec + 1 - digits.length());
            } else if (digits.length() > prec + 1) {
                digits = digits.substring(0, prec + 1);
            }
        }
        StringBuilder sb = new StringBuilder(prec + 8);
        sb.append(digits.charAt(0));
        if (prec > 0 || alternate) {
            sb.append('.');
        }
        sb.append(digits, 1, digits.length());
        sb.append(exponent < 0 ? "e-" : "e+");
        int ae = Math.abs(exponent);
        if (ae < 10) {
            sb.append('0');
        }
        return sb.append(ae).toString();
    }

    /** 'g' formatting; {@code noType} is the spec-without-type variant (repr-like, keeps ".0"). */
    static String general(double a, int prec, boolean alternate, boolean noType) {
        if (prec == 0) {
            prec = 1;
        }
        int exponent;
        if (a == 0) {
            exponent = 0;
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(prec, RoundingMode.HALF_EVEN));
            exponent = r.precision() - 1 - r.scale();
        }
        String s;
        if (exponent >= -4 && exponent < prec) {
            s = fixed(a, prec - 1 - exponent, alternate);
            if (!alternate && s.indexOf('.') >= 0) {
                int e = s.length();
                while (s.charAt(e - 1) == '0') {
                    e--;
                }
                s = s.substring(0, e);
                if (s.endsWith(".")) {
                    s = noType ? s + "0" : s.substring(0, s.length() - 1);
                }
            } else if (noType && s.indexOf('.') < 0) {
                s = s + ".0";
            }
        } else {
            s = exp(a, prec - 1, alternate);
            if (!alternate) {
                int e = s.indexOf('e');
                String mant = s.substring(0, e);
                if (mant.indexOf('.') >= 0) {
                    int m = mant.length();
                    while (mant.charAt(m - 1) == '0') {
                        m--;
                    }
                    mant = mant.substring(0, m);
                    if (mant.endsWith(".")) {
                        mant = mant.substring(0, mant.length() - 1);
                    }
                }
                s = mant + s.substring(e);
            }
        }
        return s;
    }

    private static String formatComplex(PyComplex c, Spec sp) {
        char t = sp.type;
        switch (t) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
                break;
            default:
                throw unknownCode(t, c);
        }
        if (sp.zeroPad && !sp.fillGiven) {
            throw PyErr.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (sp.align == '=') {
            throw PyErr.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        double re = c.real;
        double im = c.imag;
        boolean parens = t == 0;
        boolean skipReal = t == 0 && re == 0 && Math.copySign(1.0, re) > 0;
        String reText = "";
        if (!skipReal) {
            reText = part(re, sp, t, false);
        }
        String imText = part(im, sp, t, !skipReal) + "j";
        String body = reText + imText;
        if (parens && !skipReal) {
            body = "(" + body + ")";
        }
        Spec outer = new Spec();
        outer.fill = sp.fill;
        outer.align = sp.align;
        outer.width = sp.width;
        return pad(body, "", outer, '>');
    }

    private static String part(double x, Spec sp, char t, boolean forceSign) {
        boolean neg = x < 0 || (x == 0 && 1 / x < 0);
        double a = Math.abs(x);
        String body;
        if (t == 0) {
            if (sp.precision < 0) {
                body = Double.isFinite(a) ? FloatRepr.repr(a) : Double.isNaN(a) ? "nan" : "inf";
                if (body.endsWith(".0")) {
                    body = body.substring(0, body.length() - 2);
                }
            } else {
                body = Double.isFinite(a) ? general(a, sp.precision, sp.alternate, false) : Double.isNaN(a) ? "nan" : "inf";
            }
        } else {
            body = floatBody(a, t == 'n' ? 'g' : t, sp.precision < 0 ? 6 : sp.precision, sp.alternate);
        }
        if (sp.grouping != 0) {
            int end = 0;
            while (end < body.length() && Character.isDigit(body.charAt(end))) {
                end++;
            }
            body = group(body.substring(0, end), sp.grouping, 3) + body.substring(end);
        }
        String sign = neg ? "-" : forceSign || sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
        return sign + body;
    }

    private static String pad(String body, String prefix, Spec sp, char defaultAlign) {
        char align = sp.align == 0 ? defaultAlign : sp.align;
        return padAligned(body, prefix, sp, align);
    }

    private static String padAligned(String body, String prefix, Spec sp, char align) {
        int len = body.codePointCount(0, body.length()) + prefix.length();
        if (sp.width <= len) {
            return prefix + body;
        }
        int padding = sp.width - len;
        String fill = new String(Character.toChars(sp.fill));
        switch (align) {
            case '<': return prefix + body + fill.repeat(padding);
            case '^': return fill.repeat(padding / 2) + prefix + body + fill.repeat(padding - padding / 2);
            case '=': return prefix + fill.repeat(padding) + body;
            default: return fill.repeat(padding) + prefix + body;
        }
    }
}
