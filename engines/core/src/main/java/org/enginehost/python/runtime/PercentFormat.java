package org.enginehost.python.runtime;

/**
 * printf-style formatting: {@code str % args} and {@code bytes % args}. Bytes are handled as
 * Latin-1 text (one char per byte) with the bytes-specific conversions.
 */
public final class PercentFormat {
    private PercentFormat() {
    }

    public static String format(String fmt, PyObject args) {
        return run(fmt, args, false);
    }

    public static byte[] formatBytes(byte[] fmt, PyObject args) {
        char[] cs = new char[fmt.length];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = (char) (fmt[i] & 0xff);
        }
        return BytesBase.fromLatin1(run(new String(cs), args, true));
    }

    private static String run(String fmt, PyObject args, boolean bytes) {
        PyObject[] items;
        PyObject dict = null;
        if (args instanceof PyTuple) {
            items = ((PyTuple) args).items;
        } else {
            items = new PyObject[] {args};
            if (isMapping(args, bytes)) {
                dict = args;
            }
        }
        boolean single = !(args instanceof PyTuple);
        int argIndex = 0;
        boolean usedDict = false;
        int n = fmt.length();
        StringBuilder sb = new StringBuilder(n + 16);
        int i = 0;
        while (i < n) {
            char ch = fmt.charAt(i);
            if (ch != '%') {
                int j = fmt.indexOf('%', i);
                if (j < 0) {
                    j = n;
                }
                sb.append(fmt, i, j);
                i = j;
                continue;
            }
            i++;
            if (i >= n) {
                throw PyErr.valueError("incomplete format");
            }
            PyObject value = null;
            if (fmt.charAt(i) == '(') {
                if (dict == null) {
                    throw PyErr.typeError("format requires a mapping");
                }
                int depth = 1;
                int start = ++i;
                while (i < n && depth > 0) {
                    char c = fmt.charAt(i);
                    if (c == '(') {
                        depth++;
                    } else if (c == ')') {
                        depth--;
                    }
                    i++;
                }
                if (depth > 0) {
                    throw PyErr.valueError("incomplete format key");
                }
                String key = fmt.substring(start, i - 1);
                PyObject k = bytes ? new PyBytes(BytesBase.fromLatin1(key)) : new PyStr(key);
                value = dict.getItem(k);
                usedDict = true;
                // As CPython: once a key is looked up, the mapping is no positional argument any
                // more, so a later '%s' or '*' finds none ("not enough arguments").
                argIndex = items.length;
            }
            boolean left = false;
            boolean plus = false;
            boolean space = false;
            boolean alt = false;
            boolean zero = false;
            for (; i < n; i++) {
                char c = fmt.charAt(i);
                if (c == '-') {
                    left = true;
                } else if (c == '+') {
                    plus = true;
                } else if (c == ' ') {
                    space = true;
                } else if (c == '#') {
                    alt = true;
                } else if (c == '0') {
                    zero = true;
                } else {
                    break;
                }
            }
            int width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                i++;
                if (argIndex >= items.length) {
                    throw PyErr.typeError("not enough arguments for format string");
                }
                PyObject w = items[argIndex++];
                if (!(w instanceof PyInt)) {
                    throw PyErr.typeError("* wants int");
                }
                width = (int) ((PyInt) w).value;
                if (width < 0) {
                    left = true;
                    width = -width;
                }
            } else {
                int start = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    width = Integer.parseInt(fmt.substring(start, i));
                }
            }
            int prec = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    i++;
                    if (argIndex >= items.length) {
                        throw PyErr.typeError("not enough arguments for format string");
                    }
                    PyObject p = items[argIndex++];
                    if (!(p instanceof PyInt)) {
                        throw PyErr.typeError("* wants int");
                    }
                    prec = Math.max(0, (int) ((PyInt) p).value);
                } else {
                    int start = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) {
                        i++;
                    }
                    prec = i > start ? Integer.parseInt(fmt.substring(start, i)) : 0;
                }
            }
            while (i < n && (fmt.charAt(i) == 'h' || fmt.charAt(i) == 'l' || fmt.charAt(i) == 'L')) {
                i++;
            }
            if (i >= n) {
                throw PyErr.valueError("incomplete format");
            }
            char conv = fmt.charAt(i++);
            if (conv == '%') {
                sb.append('%');
                continue;
            }
            if (value == null) {
                if (argIndex >= items.length) {
                    throw PyErr.typeError("not enough arguments for format string");
                }
                value = items[argIndex++];
            }
            String body;
            String sign = "";
            boolean numeric = true;
            switch (conv) {
                case 's':
                case 'r':
                case 'a':
                case 'b':
                    numeric = false;
                    if (bytes) {
                        if (conv == 'r' || conv == 'a') {
                            body = asciiOnly(value.repr());
                        } else if (value instanceof BytesBase) {
                            body = ((BytesBase) value).latin1();
                        } else {
                            throw PyErr.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                                    + value.getType().name + "'");
                        }
                    } else if (conv == 'b') {
                        throw unsupported(conv, i - 1);
                    } else {
                        body = conv == 's' ? value.str() : conv == 'r' ? value.repr() : asciiOnly(value.repr());
                    }
                    if (prec >= 0 && body.length() > prec) {
                        body = body.substring(0, body.offsetByCodePoints(0, Math.min(prec, body.codePointCount(0, body.length()))));
                    }
                    break;
                case 'c':
                    numeric = false;
                    body = charOf(value, bytes);
                    break;
                case 'd':
                case 'i':
                case 'u':
                case 'o':
                case 'x':
                case 'X': {
                    PyInt iv;
                    if (value instanceof PyInt) {
                        iv = (PyInt) value;
                    } else if (conv == 'd' || conv == 'i' || conv == 'u' ? isNumber(value)
                            : Index.has(value)) {
                        iv = conv == 'd' || conv == 'i' || conv == 'u'
                                ? (PyInt) Builtins.constructInt(PyInt.TYPE, new PyObject[] {value}, null) : Index.of(value);
                    } else {
                        throw PyErr.typeError("%" + conv + " format: " + (conv == 'd' || conv == 'i' || conv == 'u'
                                ? "a real number" : "an integer") + " is required, not " + value.getType().name);
                    }
                    int radix = conv == 'o' ? 8 : conv == 'x' || conv == 'X' ? 16 : 10;
                    String digits;
                    if (iv.big == null && iv.value != Long.MIN_VALUE) {
                        // A machine-size int converts without a BigInteger (the common case).
                        long v = iv.value;
                        if (v < 0) {
                            sign = "-";
                            v = -v;
                        }
                        digits = Long.toString(v, radix);
                    } else {
                        java.math.BigInteger b = iv.toBig();
                        if (b.signum() < 0) {
                            sign = "-";
                            b = b.negate();
                        }
                        digits = b.toString(radix);
                    }
                    if (sign.isEmpty()) {
                        sign = plus ? "+" : space ? " " : "";
                    }
                    if (conv == 'X') {
                        digits = digits.toUpperCase(java.util.Locale.ROOT);
                    }
                    if (prec > digits.length()) {
                        digits = "0".repeat(prec - digits.length()) + digits;
                    }
                    if (alt && conv == 'o') {
                        sign += "0o";
                    } else if (alt && conv == 'x') {
                        sign += "0x";
                    } else if (alt && conv == 'X') {
                        sign += "0X";
                    }
                    body = digits;
                    break;
                }
                case 'e':
                case 'E':
                case 'f':
                case 'F':
                case 'g':
                case 'G': {
                    double d;
                    if (value instanceof PyFloat) {
                        d = ((PyFloat) value).value;
                    } else if (value instanceof PyInt) {
                        d = ((PyInt) value).toDouble();
                    } else if (NumberProtocol.mayConvert(value) && NumberProtocol.toFloat(value) != null) {
                        d = NumberProtocol.toFloat(value).value;
                    } else {
                        throw PyErr.typeError("must be real number, not " + value.getType().name);
                    }
                    boolean neg = d < 0 || (d == 0 && 1 / d < 0);
                    sign = neg ? "-" : plus ? "+" : space ? " " : "";
                    body = Formatter.floatBody(Math.abs(d), conv, prec < 0 ? 6 : prec, alt);
                    if (!Double.isFinite(d)) {
                        zero = false;
                    }
                    break;
                }
                default:
                    throw unsupported(conv, i - 1);
            }
            int len = sign.length() + body.codePointCount(0, body.length());
            if (width > len) {
                int padn = width - len;
                if (left) {
                    sb.append(sign).append(body);
                    sb.append(" ".repeat(padn));
                } else if (zero && numeric) {
                    sb.append(sign).append("0".repeat(padn)).append(body);
                } else {
                    sb.append(" ".repeat(padn)).append(sign).append(body);
                }
            } else {
                sb.append(sign).append(body);
            }
        }
        if (argIndex < items.length && !usedDict && !(single && dict != null)) {
            throw PyErr.typeError(bytes ? "not all arguments converted during bytes formatting"
                    : "not all arguments converted during string formatting");
        }
        return sb.toString();
    }

    /**
     * Whether the argument is taken as the mapping of %(key) conversions: as in CPython, anything
     * subscriptable but a tuple or a str (and, formatting bytes, but bytes or a bytearray), so a
     * list is one too, and such an argument is never "not all converted".
     */
    private static boolean isMapping(PyObject o, boolean bytes) {
        if (o instanceof PyStr || o instanceof PyTuple || (bytes && o instanceof BytesBase)) {
            return false;
        }
        return o instanceof PyDict || o instanceof PyMemoryView || o.getType().lookup("__getitem__") != null;
    }

    private static PyException unsupported(char c, int index) {
        return PyErr.valueError("unsupported format character '" + c + "' (0x" + Integer.toHexString(c) + ") at index " + index);
    }

    private static String charOf(PyObject v, boolean bytes) {
        if (bytes) {
            if (v instanceof BytesBase && ((BytesBase) v).size == 1) {
                return String.valueOf((char) ((BytesBase) v).byteAt(0));
            }
            if (Index.has(v)) {
                PyInt i = Index.of(v);
                if (i.big != null || i.value < 0 || i.value > 255) {
                    throw PyErr.overflow("%c arg not in range(256)");
                }
                return String.valueOf((char) i.value);
            }
            throw PyErr.typeError("%c requires an integer in range(256) or a single byte");
        }
        if (v instanceof PyStr) {
            PyStr s = (PyStr) v;
            if (s.codePointLength() != 1) {
                throw PyErr.typeError("%c requires int or char");
            }
            return s.value;
        }
        if (Index.has(v)) {
            PyInt i = Index.of(v);
            if (i.big != null || i.value < 0 || i.value > 0x10FFFF) {
                throw PyErr.overflow("%c arg not in range(0x110000)");
            }
            return new String(Character.toChars((int) i.value));
        }
        throw PyErr.typeError("%c requires int or char");
    }

    /** {@code ascii()} applied to a repr: non-ASCII characters become escapes. */
    public static String asciiOnly(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int cc = Character.charCount(c);
            if (c >= 128) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16);
                    sb.append(s, 0, i);
                }
                if (c < 0x100) {
                    sb.append(String.format("\\x%02x", c));
                } else if (c < 0x10000) {
                    sb.append(String.format("\\u%04x", c));
                } else {
                    sb.append(String.format("\\U%08x", c));
                }
            } else if (sb != null) {
                sb.append((char) c);
            }
            i += cc;
        }
        return sb == null ? s : sb.toString();
    }

    /** CPython's PyNumber_Check: a float or an object with {@code __int__}, {@code __index__} or {@code __float__}. */
    private static boolean isNumber(PyObject v) {
        if (v instanceof PyFloat || v instanceof PyInt) {
            return true;
        }
        PyType t = v.getType();
        return t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null;
    }
}
