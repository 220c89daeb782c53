package org.enginehost.python.runtime;

import java.util.Locale;

/**
 * Methods of {@code str}, with CPython's semantics and error messages. Indices are code point
 * indices; strings without surrogate pairs ("simple" ones) take char-index fast paths.
 */
final class StrMethods {
    private StrMethods() {
    }

    // ---------------------------------------------------------------- argument helpers

    private static final PyObject[] NO_ARGS = new PyObject[0];

    static PyStr self(PyObject[] a, String name) {
        if (a.length == 0) {
            throw PyErr.typeError("descriptor '" + name + "' of 'str' object needs an argument");
        }
        if (!(a[0] instanceof PyStr)) {
            throw PyErr.typeError("descriptor '" + name + "' for 'str' objects doesn't apply to a '"
                    + a[0].getType().name + "' object");
        }
        return (PyStr) a[0];
    }

    /**
     * Binds {@code a[1..]} (self excluded) plus keywords to {@code names}; missing ones are null.
     * {@code kwAllowed} says whether the method accepts keywords at all.
     */
    static PyObject[] bind(String fname, PyObject[] a, String[] k, int min, boolean kwAllowed, String... names) {
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - 1 - nkw;
        if (names.length == 0 && a.length == 1 && nkw == 0) {
            return NO_ARGS;
        }
        if (nkw > 0 && !kwAllowed) {
            throw PyErr.typeError(fname + "() takes no keyword arguments");
        }
        if (npos > names.length) {
            throw arityError(fname, a[0], npos, min, names.length, kwAllowed);
        }
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(a, 1, out, 0, npos);
        for (int i = 0; i < nkw; i++) {
            int idx = -1;
            for (int j = 0; j < names.length; j++) {
                if (names[j].equals(k[i])) {
                    idx = j;
                    break;
                }
            }
            if (idx < 0) {
                throw PyErr.typeError(fname + "() got an unexpected keyword argument '" + k[i] + "'");
            }
            if (out[idx] != null) {
                throw PyErr.typeError("argument for " + fname + "() given by name ('" + k[i] + "') and position ("
                        + (idx + 1) + ")");
            }
            out[idx] = a[a.length - nkw + i];
        }
        int given = 0;
        for (int i = 0; i < min; i++) {
            if (out[i] != null) {
                given++;
            }
        }
        if (given < min) {
            throw arityError(fname, a[0], npos, min, names.length, kwAllowed);
        }
        return out;
    }

    /** The methods whose arguments CPython still parses the old way, which words its count errors differently. */
    private static final java.util.Set<String> OLD_STYLE = java.util.Set.of("count", "find", "index", "rfind", "rindex",
            "startswith", "endswith");

    /**
     * CPython's TypeError for a str, bytes or bytearray method given {@code npos} positional
     * arguments where it takes {@code min} to {@code max}: a method of no or exactly one argument is
     * named with its type ({@code str.join() takes exactly one argument (0 given)}); one that also
     * takes keywords, or is parsed the old way, "takes at most 2 arguments (3 given)"; the other
     * positional-only ones "expected at most 2 arguments, got 3".
     */
    private static PyException arityError(String fname, PyObject self, int npos, int min, int max, boolean kwAllowed) {
        String type = self instanceof PyByteArray ? "bytearray" : self instanceof PyBytes ? "bytes" : "str";
        if (max == 0) {
            return PyErr.typeError(type + "." + fname + "() takes no arguments (" + npos + " given)");
        }
        if (min == 1 && max == 1 && !kwAllowed) {
            return PyErr.typeError(type + "." + fname + "() takes exactly one argument (" + npos + " given)");
        }
        if (kwAllowed || OLD_STYLE.contains(fname)) {
            return PyBuiltinFunction.takesError(fname, npos, min, max,
                    kwAllowed && npos < min ? "positional argument" : "argument");
        }
        return PyBuiltinFunction.countError(fname, npos, min, max);
    }

    static String strArg(PyObject o, String what) {
        if (!(o instanceof PyStr)) {
            throw PyErr.typeError(what + " must be str, not " + o.getType().name);
        }
        return ((PyStr) o).value;
    }

    static long intArg(PyObject o) {
        PyInt i = Index.of(o);
        if (i.big != null) {
            throw PyErr.overflow("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    /** A start/end slice bound; None means the default. */
    static long sliceBound(PyObject o, long dflt) {
        return Index.sliceBound(o, dflt);
    }

    /** CPython's ADJUST_INDICES: returns {start, end} in code points; start may exceed len. */
    static int[] adjust(PyObject start, PyObject end, int len) {
        long s = sliceBound(start, 0);
        long e = sliceBound(end, len);
        if (e > len) {
            e = len;
        } else if (e < 0) {
            e += len;
            if (e < 0) {
                e = 0;
            }
        }
        if (s < 0) {
            s += len;
            if (s < 0) {
                s = 0;
            }
        }
        if (s > Integer.MAX_VALUE) {
            s = Integer.MAX_VALUE;
        }
        return new int[] {(int) s, (int) e};
    }

    /** Char offset of code point index {@code cp} (0..len). */
    static int off(PyStr s, int cp) {
        return s.isSimple() ? cp : s.offsetOf(cp);
    }

    /** Code point index of char offset {@code ci}. */
    static int cpIndex(PyStr s, int ci) {
        return s.isSimple() ? ci : s.value.codePointCount(0, ci);
    }

    // ---------------------------------------------------------------- Unicode properties

    static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
        }
        if (c == 0x85) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.SPACE_SEPARATOR || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR;
    }

    static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e
                || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    static boolean isAlpha(int c) {
        return Character.isLetter(c);
    }

    static boolean isDecimal(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isDigit(int c) {
        int t = Character.getType(c);
        if (t == Character.DECIMAL_DIGIT_NUMBER) {
            return true;
        }
        if (t == Character.OTHER_NUMBER) {
            int v = Character.getNumericValue(c);
            return v >= 0 && v <= 9;
        }
        return false;
    }

    static boolean isNumeric(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    static boolean isAlnum(int c) {
        return isAlpha(c) || isDecimal(c) || isDigit(c) || isNumeric(c);
    }

    static boolean isTitleChar(int c) {
        return Character.isTitleCase(c);
    }

    static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    static boolean isIdStart(int c) {
        return c == '_' || (Character.isUnicodeIdentifierStart(c) && !Character.isIdentifierIgnorable(c));
    }

    static boolean isIdPart(int c) {
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }

    // ---------------------------------------------------------------- case mapping

    private static String upperOf(int c) {
        if (c < 128) {
            return String.valueOf((char) (c >= 'a' && c <= 'z' ? c - 32 : c));
        }
        return new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
    }

    private static String lowerOf(int c) {
        if (c < 128) {
            return String.valueOf((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
        }
        return new String(Character.toChars(c)).toLowerCase(Locale.ROOT);
    }

    /** Full titlecase mapping of one code point. */
    private static String titleOf(int c) {
        int t = Character.toTitleCase(c);
        String up = upperOf(c);
        if (up.codePointCount(0, up.length()) > 1 && t == Character.toUpperCase(c)) {
            // a special (multi-character) uppercase mapping: title case is its first letter upper
            int first = up.codePointAt(0);
            return new String(Character.toChars(first)) + up.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
        }
        return new String(Character.toChars(t));
    }

    /**
     * Lowercase. The JDK's mapping is Unicode's, as Python's is, with the same final-sigma rule;
     * it works on Latin-1 strings in their compact form and returns the string itself when
     * nothing changes.
     */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Uppercase (see {@link #lower}); one character may become several ({@code 'ß'} to {@code "SS"}), as in Python. */
    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    static String casefold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) {
                sb.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
                continue;
            }
            if (c == 0x130) {
                sb.append("i\u0307");
                continue;
            }
            String up = upperOf(c);
            for (int j = 0; j < up.length(); ) {
                int u = up.codePointAt(j);
                j += Character.charCount(u);
                sb.append(lowerOf(u));
            }
        }
        return sb.toString();
    }

    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c)) {
                sb.append(c == 0x130 ? "i\u0307" : lowerSigma(s, i - Character.charCount(c), c));
            } else if (Character.isLowerCase(c)) {
                sb.append(upperOf(c));
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    /** Lowercase of one code point at {@code at}, applying the final-sigma rule. */
    private static String lowerSigma(String s, int at, int c) {
        if (c == 0x3a3) {
            return isFinalSigma(s, at) ? "\u03c2" : "\u03c3";
        }
        return lowerOf(c);
    }

    private static boolean isFinalSigma(String s, int at) {
        int j = at;
        boolean before = false;
        while (j > 0) {
            int c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (isCaseIgnorable(c)) {
                continue;
            }
            before = isCased(c);
            break;
        }
        if (!before) {
            return false;
        }
        j = at + 1;
        while (j < s.length()) {
            int c = s.codePointAt(j);
            j += Character.charCount(c);
            if (isCaseIgnorable(c)) {
                continue;
            }
            return !isCased(c);
        }
        return true;
    }

    private static boolean isCaseIgnorable(int c) {
        int t = Character.getType(c);
        return c == '\'' || c == '.' || c == ':' || c == 0xb7 || c == 0x2019 || t == Character.NON_SPACING_MARK
                || t == Character.ENCLOSING_MARK || t == Character.FORMAT || t == Character.MODIFIER_LETTER
                || t == Character.MODIFIER_SYMBOL;
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int c = s.codePointAt(0);
        sb.append(titleOf(c));
        for (int i = Character.charCount(c); i < s.length(); ) {
            int d = s.codePointAt(i);
            sb.append(lowerSigma(s, i, d));
            i += Character.charCount(d);
        }
        return sb.toString();
    }

    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (prevCased) {
                sb.append(lowerSigma(s, i, c));
            } else {
                sb.append(titleOf(c));
            }
            prevCased = isCased(c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- predicates

    private interface CpTest {
        boolean test(int c);
    }

    private static PyBool all(String s, CpTest t) {
        if (s.isEmpty()) {
            return PyBool.FALSE;
        }
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!t.test(c)) {
                return PyBool.FALSE;
            }
            i += Character.charCount(c);
        }
        return PyBool.TRUE;
    }

    static boolean isLowerStr(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            if (Character.isLowerCase(c)) {
                cased = true;
            }
        }
        return cased;
    }

    static boolean isUpperStr(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLowerCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                cased = true;
            }
        }
        return cased;
    }

    static boolean isTitleStr(String s) {
        boolean cased = false;
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else if (Character.isLowerCase(c)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int c = s.codePointAt(0);
        if (!isIdStart(c)) {
            return false;
        }
        for (int i = Character.charCount(c); i < s.length(); ) {
            int d = s.codePointAt(i);
            if (!isIdPart(d)) {
                return false;
            }
            i += Character.charCount(d);
        }
        return true;
    }

    static boolean isPrintableStr(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (c >= 0x7f || c < 0x20 ? !PyStr.isPrintable(c) : false) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    // ---------------------------------------------------------------- install

    static void install(PyType t) {
        t.addMethod("upper", (a, k) -> {
            PyStr s = self(a, "upper");
            bind("upper", a, k, 0, false);
            String r = upper(s.value);
            return r == s.value ? s : new PyStr(r);
        });
        t.addMethod("lower", (a, k) -> {
            PyStr s = self(a, "lower");
            bind("lower", a, k, 0, false);
            String r = lower(s.value);
            return r == s.value ? s : new PyStr(r);
        });
        t.addMethod("casefold", (a, k) -> new PyStr(casefold(self(a, "casefold").value)));
        t.addMethod("swapcase", (a, k) -> new PyStr(swapcase(self(a, "swapcase").value)));
        t.addMethod("capitalize", (a, k) -> new PyStr(capitalize(self(a, "capitalize").value)));
        t.addMethod("title", (a, k) -> new PyStr(title(self(a, "title").value)));

        t.addMethod("isalpha", (a, k) -> all(self(a, "isalpha").value, StrMethods::isAlpha));
        t.addMethod("isdecimal", (a, k) -> all(self(a, "isdecimal").value, StrMethods::isDecimal));
        t.addMethod("isdigit", (a, k) -> all(self(a, "isdigit").value, StrMethods::isDigit));
        t.addMethod("isnumeric", (a, k) -> all(self(a, "isnumeric").value, StrMethods::isNumeric));
        t.addMethod("isalnum", (a, k) -> all(self(a, "isalnum").value, StrMethods::isAlnum));
        t.addMethod("isspace", (a, k) -> all(self(a, "isspace").value, StrMethods::isSpace));
        t.addMethod("isascii", (a, k) -> {
            String s = self(a, "isascii").value;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 128) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        t.addMethod("islower", (a, k) -> PyBool.of(isLowerStr(self(a, "islower").value)));
        t.addMethod("isupper", (a, k) -> PyBool.of(isUpperStr(self(a, "isupper").value)));
        t.addMethod("istitle", (a, k) -> PyBool.of(isTitleStr(self(a, "istitle").value)));
        t.addMethod("isidentifier", (a, k) -> PyBool.of(isIdentifier(self(a, "isidentifier").value)));
        t.addMethod("isprintable", (a, k) -> PyBool.of(isPrintableStr(self(a, "isprintable").value)));

        t.addMethod("strip", (a, k) -> strip(a, k, "strip", true, true));
        t.addMethod("lstrip", (a, k) -> strip(a, k, "lstrip", true, false));
        t.addMethod("rstrip", (a, k) -> strip(a, k, "rstrip", false, true));

        t.addMethod("startswith", (a, k) -> startsEnds(a, k, "startswith", false));
        t.addMethod("endswith", (a, k) -> startsEnds(a, k, "endswith", true));
        t.addMethod("find", (a, k) -> PyInt.of(find(a, k, "find", false)));
        t.addMethod("rfind", (a, k) -> PyInt.of(find(a, k, "rfind", true)));
        t.addMethod("index", (a, k) -> {
            int i = find(a, k, "index", false);
            if (i < 0) {
                throw PyErr.valueError("substring not found");
            }
            return PyInt.of(i);
        });
        t.addMethod("rindex", (a, k) -> {
            int i = find(a, k, "rindex", true);
            if (i < 0) {
                throw PyErr.valueError("substring not found");
            }
            return PyInt.of(i);
        });
        t.addMethod("count", StrMethods::count);
        t.addMethod("replace", StrMethods::replace);
        t.addMethod("join", (a, k) -> {
            PyStr s = self(a, "join");
            PyObject[] p = bind("join", a, k, 1, false, "iterable");
            return join(s.value, p[0]);
        });
        t.addMethod("split", (a, k) -> split(a, k, "split", false));
        t.addMethod("rsplit", (a, k) -> split(a, k, "rsplit", true));
        t.addMethod("splitlines", StrMethods::splitlines);
        t.addMethod("partition", (a, k) -> partition(a, k, "partition", false));
        t.addMethod("rpartition", (a, k) -> partition(a, k, "rpartition", true));
        t.addMethod("removeprefix", (a, k) -> {
            PyStr s = self(a, "removeprefix");
            String p = strArg(bind("removeprefix", a, k, 1, false, "prefix")[0], "removeprefix() argument");
            return s.value.startsWith(p) && !p.isEmpty() ? new PyStr(s.value.substring(p.length())) : s;
        });
        t.addMethod("removesuffix", (a, k) -> {
            PyStr s = self(a, "removesuffix");
            String p = strArg(bind("removesuffix", a, k, 1, false, "suffix")[0], "removesuffix() argument");
            return s.value.endsWith(p) && !p.isEmpty() ? new PyStr(s.value.substring(0, s.value.length() - p.length())) : s;
        });
        t.addMethod("center", (a, k) -> pad(a, k, "center", 'c'));
        t.addMethod("ljust", (a, k) -> pad(a, k, "ljust", 'l'));
        t.addMethod("rjust", (a, k) -> pad(a, k, "rjust", 'r'));
        t.addMethod("zfill", (a, k) -> {
            PyStr s = self(a, "zfill");
            long w = intArg(bind("zfill", a, k, 1, false, "width")[0]);
            return new PyStr(zfill(s.value, s.codePointLength(), w));
        });
        t.addMethod("expandtabs", (a, k) -> {
            PyStr s = self(a, "expandtabs");
            PyObject[] p = bind("expandtabs", a, k, 0, true, "tabsize");
            return new PyStr(expandtabs(s.value, p[0] == null ? 8 : intArg(p[0])));
        });
        t.addMethod("translate", (a, k) -> {
            PyStr s = self(a, "translate");
            return translate(s.value, bind("translate", a, k, 1, false, "table")[0]);
        });
        t.dict().put(new PyStr("maketrans"), new PyBuiltinFunction("maketrans", StrMethods::maketrans));
        t.addMethod("encode", (a, k) -> {
            PyStr s = self(a, "encode");
            PyObject[] p = bind("encode", a, k, 0, true, "encoding", "errors");
            String enc = p[0] == null ? "utf-8" : strArg(p[0], "encode() argument 'encoding'");
            String err = p[1] == null ? "strict" : strArg(p[1], "encode() argument 'errors'");
            return new PyBytes(Codecs.encode(s.value, enc, err));
        });
        t.addMethod("format", (a, k) -> new PyStr(StrFormat.format(self(a, "format").value, a, 1, k, null)));
        t.addMethod("format_map", (a, k) -> {
            PyStr s = self(a, "format_map");
            PyObject m = bind("format_map", a, k, 1, false, "mapping")[0];
            return new PyStr(StrFormat.format(s.value, new PyObject[0], 0, null, m));
        });
        t.addMethod("__format__", (a, k) -> {
            PyStr s = self(a, "__format__");
            String spec = strArg(bind("__format__", a, k, 1, false, "format_spec")[0], "__format__() argument");
            return new PyStr(Formatter.formatBuiltin(s, spec));
        });
        // __len__ __contains__ __getitem__ __add__ __mul__ __mod__ __str__ __repr__ __hash__ are
        // Derived's wrappers (Derived.installWrappers), which a subclass's super() calls reach safely.
    }

    /** A slot result called as a method ({@code (3).__add__(1.5)}): null becomes NotImplemented, as in CPython. */
    static PyObject notImpl(PyObject r) {
        return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
    }

    // ---------------------------------------------------------------- implementations

    private static PyObject strip(PyObject[] a, String[] k, String name, boolean left, boolean right) {
        PyStr s = self(a, name);
        PyObject c = bind(name, a, k, 0, false, "chars")[0];
        String chars = null;
        if (c != null && c != PyNone.NONE) {
            if (!(c instanceof PyStr)) {
                throw PyErr.typeError(name + " arg must be None or str");
            }
            chars = ((PyStr) c).value;
        }
        String r = strip(s.value, chars, left, right);
        return r.length() == s.value.length() ? s : new PyStr(r);
    }

    static String strip(String str, String chars, boolean left, boolean right) {
        int i = 0;
        int j = str.length();
        if (left) {
            while (i < j) {
                int c = str.codePointAt(i);
                if (!(chars == null ? isSpace(c) : contains(chars, c))) {
                    break;
                }
                i += Character.charCount(c);
            }
        }
        if (right) {
            while (j > i) {
                int c = str.codePointBefore(j);
                if (!(chars == null ? isSpace(c) : contains(chars, c))) {
                    break;
                }
                j -= Character.charCount(c);
            }
        }
        return str.substring(i, j);
    }

    private static boolean contains(String chars, int c) {
        return c < 0x10000 ? chars.indexOf((char) c) >= 0 : chars.indexOf(new String(Character.toChars(c))) >= 0;
    }

    private static PyObject startsEnds(PyObject[] a, String[] k, String name, boolean end) {
        PyStr s = self(a, name);
        PyObject[] p = bind(name, a, k, 1, false, "prefix", "start", "end");
        int[] r = adjust(p[1], p[2], s.codePointLength());
        PyObject x = p[0];
        if (x instanceof PyTuple) {
            for (PyObject y : ((PyTuple) x).items) {
                if (!(y instanceof PyStr)) {
                    throw PyErr.typeError("tuple for " + name + " must only contain str, not " + y.getType().name);
                }
                if (tailMatch(s, ((PyStr) y), r[0], r[1], end)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
        if (!(x instanceof PyStr)) {
            throw PyErr.typeError(name + " first arg must be str or a tuple of str, not " + x.getType().name);
        }
        return PyBool.of(tailMatch(s, (PyStr) x, r[0], r[1], end));
    }

    private static boolean tailMatch(PyStr s, PyStr sub, int start, int end, boolean atEnd) {
        int slen = sub.codePointLength();
        if (end - start < slen || start > s.codePointLength()) {
            return false;
        }
        if (slen == 0) {
            return true;
        }
        int from = off(s, start);
        int to = off(s, end);
        return atEnd ? s.value.startsWith(sub.value, to - sub.value.length()) && to - sub.value.length() >= from
                : s.value.startsWith(sub.value, from);
    }

    private static int find(PyObject[] a, String[] k, String name, boolean reverse) {
        PyStr s = self(a, name);
        PyObject[] p = bind(name, a, k, 1, false, "sub", "start", "end");
        String sub = strArg(p[0], name + "() argument 1");
        if (!(p[0] instanceof PyStr)) {
            throw PyErr.typeError("must be str, not " + p[0].getType().name);
        }
        PyStr subs = (PyStr) p[0];
        int len = s.codePointLength();
        int[] r = adjust(p[1], p[2], len);
        int start = r[0];
        int end = r[1];
        if (end - start < subs.codePointLength()) {
            return -1;
        }
        int from = off(s, start);
        int to = off(s, end);
        String v = s.value;
        int i;
        if (!reverse) {
            if (from == 0 && to == v.length()) {
                i = v.indexOf(sub);
            } else {
                i = v.indexOf(sub, from);
                if (i >= 0 && i + sub.length() > to) {
                    i = -1;
                }
            }
        } else {
            i = v.lastIndexOf(sub, to - sub.length());
            if (i < from) {
                i = -1;
            }
        }
        return i < 0 ? -1 : cpIndex(s, i);
    }

    private static PyObject count(PyObject[] a, String[] k) {
        PyStr s = self(a, "count");
        PyObject[] p = bind("count", a, k, 1, false, "sub", "start", "end");
        if (!(p[0] instanceof PyStr)) {
            throw PyErr.typeError("must be str, not " + p[0].getType().name);
        }
        PyStr subs = (PyStr) p[0];
        String sub = subs.value;
        int len = s.codePointLength();
        int[] r = adjust(p[1], p[2], len);
        if (r[1] - r[0] < subs.codePointLength() || r[0] > len) {
            return PyInt.of(0);
        }
        if (sub.isEmpty()) {
            return PyInt.of(r[1] - r[0] + 1);
        }
        int from = off(s, r[0]);
        int to = off(s, r[1]);
        String v = s.value;
        int c = 0;
        if (sub.length() == 1) {
            char ch = sub.charAt(0);
            for (int i = from; i < to; i++) {
                if (v.charAt(i) == ch) {
                    c++;
                }
            }
            return PyInt.of(c);
        }
        for (int i = v.indexOf(sub, from); i >= 0 && i + sub.length() <= to; i = v.indexOf(sub, i + sub.length())) {
            c++;
        }
        return PyInt.of(c);
    }

    private static PyObject replace(PyObject[] a, String[] k) {
        PyStr s = self(a, "replace");
        PyObject[] p = bind("replace", a, k, 2, false, "old", "new", "count");
        String old = strArg(p[0], "replace() argument 1");
        String nw = strArg(p[1], "replace() argument 2");
        long count = p[2] == null ? -1 : intArg(p[2]);
        String v = s.value;
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        if (count == 0) {
            return s;
        }
        if (old.isEmpty()) {
            StringBuilder sb = new StringBuilder(v.length() + nw.length() * (v.length() + 1));
            long n = 0;
            int i = 0;
            while (i <= v.length()) {
                if (n < count) {
                    sb.append(nw);
                    n++;
                } else {
                    sb.append(v, i, v.length());
                    break;
                }
                if (i == v.length()) {
                    break;
                }
                int c = v.codePointAt(i);
                sb.appendCodePoint(c);
                i += Character.charCount(c);
            }
            return new PyStr(sb.toString());
        }
        int i = v.indexOf(old);
        if (i < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(v.length());
        int from = 0;
        long n = 0;
        while (i >= 0 && n < count) {
            sb.append(v, from, i).append(nw);
            from = i + old.length();
            n++;
            i = v.indexOf(old, from);
        }
        sb.append(v, from, v.length());
        return new PyStr(sb.toString());
    }

    static PyStr join(String sep, PyObject iterable) {
        PyObject[] items;
        int n;
        if (iterable instanceof PyList) {
            PyList l = (PyList) iterable;
            items = l.toArray();
            n = items.length;
        } else if (iterable instanceof PyTuple) {
            items = ((PyTuple) iterable).items;
            n = items.length;
        } else {
            PyObject it;
            try {
                it = iterable.iter();
            } catch (PyException e) {
                if (e.value.isInstance(ExceptionTypes.TYPE_ERROR)) {
                    throw PyErr.typeError("can only join an iterable");
                }
                throw e;
            }
            PyList l = new PyList();
            for (PyObject x = it.next(); x != null; x = it.next()) {
                l.append(x);
            }
            items = l.toArray();
            n = items.length;
        }
        if (n == 0) {
            return PyStr.EMPTY;
        }
        if (n == 1 && items[0] instanceof PyStr && items[0].getType() == PyStr.TYPE) {
            return (PyStr) items[0];
        }
        int total = sep.length() * (n - 1);
        for (int i = 0; i < n; i++) {
            if (!(items[i] instanceof PyStr)) {
                throw PyErr.typeError("sequence item " + i + ": expected str instance, " + items[i].getType().name + " found");
            }
            total += ((PyStr) items[i]).value.length();
        }
        StringBuilder sb = new StringBuilder(total);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(((PyStr) items[i]).value);
        }
        return new PyStr(sb.toString());
    }

    private static PyObject split(PyObject[] a, String[] k, String name, boolean reverse) {
        PyStr s = self(a, name);
        PyObject[] p = bind(name, a, k, 0, true, "sep", "maxsplit");
        long max = p[1] == null ? -1 : intArg(p[1]);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        String v = s.value;
        PyList out = new PyList();
        if (p[0] == null || p[0] == PyNone.NONE) {
            if (!reverse) {
                splitWhitespace(v, max, out);
            } else {
                rsplitWhitespace(v, max, out);
            }
            return out;
        }
        String sep = strArg(p[0], "must be str or None, not " + p[0].getType().name + "; sep");
        if (!(p[0] instanceof PyStr)) {
            throw PyErr.typeError("must be str or None, not " + p[0].getType().name);
        }
        if (sep.isEmpty()) {
            throw PyErr.valueError("empty separator");
        }
        if (!reverse) {
            int from = 0;
            long n = 0;
            for (int i = v.indexOf(sep); i >= 0 && n < max; i = v.indexOf(sep, from), n++) {
                out.append(new PyStr(v.substring(from, i)));
                from = i + sep.length();
            }
            out.append(from == 0 ? s : new PyStr(v.substring(from)));
        } else {
            java.util.ArrayList<PyObject> parts = new java.util.ArrayList<>();
            int to = v.length();
            long n = 0;
            for (int i = v.lastIndexOf(sep, to - sep.length()); i >= 0 && n < max; n++) {
                parts.add(new PyStr(v.substring(i + sep.length(), to)));
                to = i;
                i = to - sep.length() < 0 ? -1 : v.lastIndexOf(sep, to - sep.length());
            }
            parts.add(to == v.length() ? s : new PyStr(v.substring(0, to)));
            for (int i = parts.size() - 1; i >= 0; i--) {
                out.append(parts.get(i));
            }
        }
        return out;
    }

    private static void splitWhitespace(String v, long max, PyList out) {
        int n = v.length();
        int i = 0;
        long count = 0;
        while (i < n) {
            i = skipRun(v, i, n, true);
            if (i >= n) {
                break;
            }
            if (count >= max) {
                out.append(new PyStr(v.substring(i)));
                return;
            }
            int j = skipRun(v, i, n, false);
            out.append(new PyStr(v.substring(i, j)));
            count++;
            i = j;
        }
    }

    /**
     * The end of the run of whitespace ({@code space}) or of non-whitespace starting at {@code i}:
     * ASCII characters are tested in line, one char each; only others are read as code points.
     */
    private static int skipRun(String v, int i, int n, boolean space) {
        while (i < n) {
            char c = v.charAt(i);
            if (c < 128) {
                if ((c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f)) != space) {
                    return i;
                }
                i++;
            } else {
                int cp = v.codePointAt(i);
                if (isSpace(cp) != space) {
                    return i;
                }
                i += Character.charCount(cp);
            }
        }
        return i;
    }

    private static void rsplitWhitespace(String v, long max, PyList out) {
        java.util.ArrayList<PyObject> parts = new java.util.ArrayList<>();
        int j = v.length();
        long count = 0;
        while (j > 0) {
            while (j > 0 && isSpace(v.codePointBefore(j))) {
                j -= Character.charCount(v.codePointBefore(j));
            }
            if (j <= 0) {
                break;
            }
            if (count >= max) {
                parts.add(new PyStr(v.substring(0, j)));
                break;
            }
            int i = j;
            while (i > 0 && !isSpace(v.codePointBefore(i))) {
                i -= Character.charCount(v.codePointBefore(i));
            }
            parts.add(new PyStr(v.substring(i, j)));
            count++;
            j = i;
        }
        for (int x = parts.size() - 1; x >= 0; x--) {
            out.append(parts.get(x));
        }
    }

    private static PyObject splitlines(PyObject[] a, String[] k) {
        PyStr s = self(a, "splitlines");
        PyObject[] p = bind("splitlines", a, k, 0, true, "keepends");
        boolean keep = p[0] != null && Operations.isTrue(p[0]);
        String v = s.value;
        PyList out = new PyList();
        int n = v.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(v.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (v.charAt(j) == '\r' && j + 1 < n && v.charAt(j + 1) == '\n') {
                    j += 2;
                } else {
                    j++;
                }
                if (keep) {
                    eol = j;
                }
            }
            out.append(new PyStr(v.substring(i, eol)));
            i = j;
        }
        return out;
    }

    private static PyObject partition(PyObject[] a, String[] k, String name, boolean reverse) {
        PyStr s = self(a, name);
        PyObject sepObj = bind(name, a, k, 1, false, "sep")[0];
        if (!(sepObj instanceof PyStr)) {
            throw PyErr.typeError("must be str, not " + sepObj.getType().name);
        }
        String sep = ((PyStr) sepObj).value;
        if (sep.isEmpty()) {
            throw PyErr.valueError("empty separator");
        }
        String v = s.value;
        int i = reverse ? v.lastIndexOf(sep) : v.indexOf(sep);
        if (i < 0) {
            return reverse ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, s) : PyTuple.of(s, PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(new PyStr(v.substring(0, i)), sepObj, new PyStr(v.substring(i + sep.length())));
    }

    private static PyObject pad(PyObject[] a, String[] k, String name, char how) {
        PyStr s = self(a, name);
        PyObject[] p = bind(name, a, k, 1, false, "width", "fillchar");
        long width = intArg(p[0]);
        String fill = " ";
        if (p[1] != null) {
            if (!(p[1] instanceof PyStr)) {
                throw PyErr.typeError(name + "() argument 2 must be str, not " + p[1].getType().name);
            }
            PyStr f = (PyStr) p[1];
            if (f.codePointLength() != 1) {
                throw PyErr.typeError("The fill character must be exactly one character long");
            }
            fill = f.value;
        }
        int len = s.codePointLength();
        if (width <= len) {
            return s;
        }
        int marg = (int) (width - len);
        int left;
        switch (how) {
            case 'l': left = 0; break;
            case 'r': left = marg; break;
            default: left = marg / 2 + (marg & (int) width & 1); break;
        }
        StringBuilder sb = new StringBuilder((int) width);
        for (int i = 0; i < left; i++) {
            sb.append(fill);
        }
        sb.append(s.value);
        for (int i = left; i < marg; i++) {
            sb.append(fill);
        }
        return new PyStr(sb.toString());
    }

    static String zfill(String v, int len, long width) {
        if (width <= len) {
            return v;
        }
        int fill = (int) (width - len);
        StringBuilder sb = new StringBuilder((int) width);
        int start = 0;
        if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) {
            sb.append(v.charAt(0));
            start = 1;
        }
        for (int i = 0; i < fill; i++) {
            sb.append('0');
        }
        sb.append(v, start, v.length());
        return sb.toString();
    }

    static String expandtabs(String v, long tabsize) {
        StringBuilder sb = new StringBuilder(v.length());
        long col = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long n = tabsize - col % tabsize;
                    for (long j = 0; j < n; j++) {
                        sb.append(' ');
                    }
                    col += n;
                }
            } else {
                sb.append(c);
                if (c == '\n' || c == '\r') {
                    col = 0;
                } else if (!Character.isLowSurrogate(c)) {
                    col++;
                }
            }
        }
        return sb.toString();
    }

    private static PyObject translate(String v, PyObject table) {
        StringBuilder sb = new StringBuilder(v.length());
        PyDict dict = table instanceof PyDict ? (PyDict) table : null;
        for (int i = 0; i < v.length(); ) {
            int c = v.codePointAt(i);
            i += Character.charCount(c);
            PyObject key = PyInt.of(c);
            PyObject r;
            if (dict != null) {
                r = dict.get(key);
            } else {
                try {
                    r = table.getItem(key);
                } catch (PyException e) {
                    if (e.value.isInstance(ExceptionTypes.LOOKUP_ERROR)) {
                        r = null;
                    } else {
                        throw e;
                    }
                }
            }
            if (r == null) {
                sb.appendCodePoint(c);
            } else if (r == PyNone.NONE) {
                continue;
            } else if (r instanceof PyInt) {
                long x = ((PyInt) r).big != null ? -1 : ((PyInt) r).value;
                if (x < 0 || x > 0x10FFFF) {
                    throw PyErr.valueError("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) x);
            } else if (r instanceof PyStr) {
                sb.append(((PyStr) r).value);
            } else {
                throw PyErr.typeError("character mapping must return integer, None or str");
            }
        }
        return new PyStr(sb.toString());
    }

    private static PyObject maketrans(PyObject[] a, String[] k) {
        PyBuiltinFunction.noKeywords("maketrans", k);
        if (a.length < 1 || a.length > 3) {
            throw PyErr.typeError(a.length < 1 ? "maketrans() takes at least 1 argument (0 given)"
                    : "maketrans() takes at most 3 arguments (" + a.length + " given)");
        }
        PyDict out = new PyDict();
        if (a.length == 1) {
            if (!(a[0] instanceof PyDict)) {
                throw PyErr.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (var e : ((PyDict) a[0]).entries()) {
                PyObject key = e.getKey();
                if (key instanceof PyStr) {
                    PyStr ks = (PyStr) key;
                    if (ks.codePointLength() != 1) {
                        throw PyErr.valueError("string keys in translate table must be of length 1");
                    }
                    out.put(PyInt.of(ks.value.codePointAt(0)), e.getValue());
                } else if (key instanceof PyInt) {
                    out.put(key, e.getValue());
                } else {
                    throw PyErr.typeError("keys in translate table must be strings or integers");
                }
            }
            return out;
        }
        if (!(a[0] instanceof PyStr)) {
            throw PyErr.typeError("maketrans() argument 1 must be str, not " + a[0].getType().name);
        }
        if (!(a[1] instanceof PyStr)) {
            throw PyErr.typeError("maketrans() argument 2 must be str, not " + a[1].getType().name);
        }
        String x = ((PyStr) a[0]).value;
        String y = ((PyStr) a[1]).value;
        if (x.codePointCount(0, x.length()) != y.codePointCount(0, y.length())) {
            throw PyErr.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0, j = 0; i < x.length(); ) {
            int c = x.codePointAt(i);
            int d = y.codePointAt(j);
            i += Character.charCount(c);
            j += Character.charCount(d);
            out.put(PyInt.of(c), PyInt.of(d));
        }
        if (a.length == 3) {
            if (!(a[2] instanceof PyStr)) {
                throw PyErr.typeError("maketrans() argument 3 must be str, not " + a[2].getType().name);
            }
            String z = ((PyStr) a[2]).value;
            for (int i = 0; i < z.length(); ) {
                int c = z.codePointAt(i);
                i += Character.charCount(c);
                out.put(PyInt.of(c), PyNone.NONE);
            }
        }
        return out;
    }
}
