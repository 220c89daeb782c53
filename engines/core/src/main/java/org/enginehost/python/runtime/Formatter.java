package org.enginehost.python.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** The format-spec mini-language ({@code format(value, spec)}, f-string {@code {x:spec}}). */
public final class Formatter {
    private Formatter() {
    }

    /** A parsed spec: {@code [[fill]align][sign][#][0][width][grouping][.precision][type]}. */
    private static final class Spec {
        char fill = ' ';
        char align;
        char sign = '-';
        boolean alternate;
        int width = -1;
        char grouping;
        int precision = -1;
        char type;
    }

    private static Spec parse(String s) {
        Spec sp = new Spec();
        int i = 0;
        int n = s.length();
        if (n >= 2 && "<>=^".indexOf(s.charAt(1)) >= 0) {
            sp.fill = s.charAt(0);
            sp.align = s.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
            sp.align = s.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) {
            sp.sign = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == '#') {
            sp.alternate = true;
            i++;
        }
        if (i < n && s.charAt(i) == '0') {
            if (sp.align == 0) {
                sp.fill = '0';
                sp.align = '=';
            }
            i++;
        }
        int start = i;
        while (i < n && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i > start) {
            sp.width = Integer.parseInt(s.substring(start, i));
        }
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
            sp.grouping = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw PyErr.valueError("Format specifier missing precision");
            }
            sp.precision = Integer.parseInt(s.substring(start, i));
        }
        if (i < n) {
            sp.type = s.charAt(i++);
        }
        if (i < n) {
            throw PyErr.valueError("Invalid format specifier '" + s + "' for object of type '%s'");
        }
        return sp;
    }

    public static String format(PyObject v, String spec) {
        if (spec.isEmpty()) {
            return v.str();
        }
        Spec sp;
        try {
            sp = parse(spec);
        } catch (PyException e) {
            throw PyErr.valueError("Invalid format specifier '" + spec + "' for object of type '" + v.getType().name + "'");
        }
        if (v instanceof PyInt) {
            return formatInt((PyInt) v, sp, spec);
        }
        if (v instanceof PyFloat) {
            return formatFloat(((PyFloat) v).value, sp, spec);
        }
        if (v instanceof PyStr || v instanceof PyBool) {
            if (sp.type != 0 && sp.type != 's') {
                throw unknownCode(sp.type, "str");
            }
            if (sp.sign != '-' || sp.align == '=') {
                throw PyErr.valueError(sp.align == '=' ? "'=' alignment not allowed in string format specifier"
                        : "Sign not allowed in string format specifier");
            }
            String s = v.str();
            if (sp.precision >= 0 && s.length() > sp.precision) {
                s = s.substring(0, sp.precision);
            }
            return pad(s, "", sp, '<');
        }
        throw PyErr.typeError("unsupported format string passed to " + v.getType().name + ".__format__");
    }

    private static PyException unknownCode(char type, String typeName) {
        return PyErr.valueError("Unknown format code '" + type + "' for object of type '" + typeName + "'");
    }

    private static String formatInt(PyInt i, Spec sp, String spec) {
        char t = sp.type;
        if ("eEfFgG%".indexOf(t) >= 0 && t != 0) {
            return formatFloat(i.toDouble(), sp, spec);
        }
        if (sp.precision >= 0) {
            throw PyErr.valueError("Precision not allowed in integer format specifier");
        }
        BigInteger b = i.toBig();
        boolean neg = b.signum() < 0;
        b = b.abs();
        String digits;
        String prefix = "";
        switch (t) {
            case 0: case 'd': case 'n': digits = b.toString(); break;
            case 'x': digits = b.toString(16); prefix = sp.alternate ? "0x" : ""; break;
            case 'X': digits = b.toString(16).toUpperCase(java.util.Locale.ROOT); prefix = sp.alternate ? "0X" : ""; break;
            case 'o': digits = b.toString(8); prefix = sp.alternate ? "0o" : ""; break;
            case 'b': digits = b.toString(2); prefix = sp.alternate ? "0b" : ""; break;
            case 'c': return pad(new String(Character.toChars(b.intValue())), "", sp, '<');
            default: throw unknownCode(t, "int");
        }
        if (sp.grouping != 0) {
            digits = group(digits, sp.grouping, t == 'x' || t == 'X' || t == 'o' || t == 'b' ? 4 : 3);
        }
        String signStr = neg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
        return pad(digits, signStr + prefix, sp, '>');
    }

    private static String group(String digits, char sep, int size) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int k = 0; k < n; k++) {
            if (k > 0 && (n - k) % size == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(k));
        }
        return sb.toString();
    }

    private static String formatFloat(double d, Spec sp, String spec) {
        char t = sp.type;
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        String body;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            body = Double.isNaN(d) ? "nan" : "inf";
            if (Character.isUpperCase(t)) {
                body = body.toUpperCase(java.util.Locale.ROOT);
            }
            if (t == '%') {
                body += "%";
            }
        } else {
            switch (t) {
                case 'f': case 'F':
                    body = fixed(a, sp.precision < 0 ? 6 : sp.precision, sp.alternate);
                    break;
                case 'e': case 'E':
                    body = exp(a, sp.precision < 0 ? 6 : sp.precision, sp.alternate);
                    if (t == 'E') {
                        body = body.toUpperCase(java.util.Locale.ROOT);
                    }
                    break;
                case '%':
                    body = fixed(a * 100, sp.precision < 0 ? 6 : sp.precision, sp.alternate) + "%";
                    break;
                case 'g': case 'G': case 'n':
                    body = general(a, sp.precision < 0 ? 6 : sp.precision, sp.alternate, false);
                    if (t == 'G') {
                        body = body.toUpperCase(java.util.Locale.ROOT);
                    }
                    break;
                case 0:
                    body = sp.precision < 0 ? FloatRepr.repr(a) : general(a, sp.precision, sp.alternate, true);
                    break;
                default:
                    throw unknownCode(t, "float");
            }
        }
        if (sp.grouping != 0) {
            int dot = body.indexOf('.');
            int end = dot >= 0 ? dot : body.length();
            int e = body.indexOf('e');
            if (dot < 0 && e >= 0) {
                end = e;
            }
            if (Character.isDigit(body.charAt(0))) {
                body = group(body.substring(0, end), sp.grouping, 3) + body.substring(end);
            }
        }
        String signStr = neg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
        return pad(body, signStr, sp, '>');
    }

    private static String fixed(double a, int prec, boolean alternate) {
        String s = new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        if (prec == 0 && alternate) {
            s += ".";
        }
        return s;
    }

    private static String exp(double a, int prec, boolean alternate) {
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
        StringBuilder sb = new StringBuilder();
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

    /** 'g' formatting; {@code noType} is the spec-without-type variant (keeps a ".0"). */
    private static String general(double a, int prec, boolean alternate, boolean noType) {
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
                s = s.replaceAll("0+$", "");
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
                    mant = mant.replaceAll("0+$", "");
                    if (mant.endsWith(".")) {
                        mant = mant.substring(0, mant.length() - 1);
                    }
                }
                s = mant + s.substring(e);
            }
        }
        return s;
    }

    private static String pad(String body, String prefix, Spec sp, char defaultAlign) {
        int len = body.codePointCount(0, body.length()) + prefix.length();
        if (sp.width <= len) {
            return prefix + body;
        }
        int padding = sp.width - len;
        String fill = String.valueOf(sp.fill);
        char align = sp.align == 0 ? defaultAlign : sp.align;
        switch (align) {
            case '<': return prefix + body + fill.repeat(padding);
            case '^': return fill.repeat(padding / 2) + prefix + body + fill.repeat(padding - padding / 2);
            case '=': return prefix + fill.repeat(padding) + body;
            default: return fill.repeat(padding) + prefix + body;
        }
    }
}
