package org.enginehost.python.runtime;

/**
 * Python {@code str}. Holds a Java String; lengths and indices count code points, with a fast
 * path when the text has no surrogate pairs (then code points and chars coincide).
 */
public class PyStr extends PyObject {
    public static final PyType TYPE = PyType.builtin("str", Builtins::constructStr);
    public static final PyStr EMPTY = new PyStr("");

    public final String value;
    /** Code point count, or -1 until computed. */
    private int cpLength = -1;

    public PyStr(String value) {
        this.value = value;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, PyStr> NAMES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The one str object of an identifier (names in code objects): a name stored into a
     * namespace by one code object is then the very key other code objects look up, so dict
     * lookups of names succeed on identity. Kept for the life of the process, as CPython keeps
     * interned identifiers.
     */
    public static PyStr name(String identifier) {
        PyStr s = NAMES.get(identifier);
        return s != null ? s : NAMES.computeIfAbsent(identifier.intern(), PyStr::new);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String str() {
        return value;
    }

    @Override
    public String repr() {
        return repr(value);
    }

    @Override
    public boolean isTrue() {
        return !value.isEmpty();
    }

    public int codePointLength() {
        int n = cpLength;
        if (n < 0) {
            n = value.codePointCount(0, value.length());
            cpLength = n;
        }
        return n;
    }

    private boolean simple() {
        return codePointLength() == value.length();
    }

    /** True when the text has no surrogate pairs, so char indices are code point indices. */
    public boolean isSimple() {
        return codePointLength() == value.length();
    }

    @Override
    public int len() {
        return codePointLength();
    }

    /** The code point at index {@code i} (already normalised to [0, len)). */
    public PyStr charAt(int i) {
        if (simple()) {
            return Builtins.charStr(value.charAt(i));
        }
        int off = offsetOf(i);
        return new PyStr(value.substring(off, offsetOf(i + 1)));
    }

    public String substring(int from, int to) {
        if (simple()) {
            return value.substring(from, to);
        }
        return value.substring(offsetOf(from), offsetOf(to));
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyInt ik = key instanceof PySlice ? null : Index.orNull(key);
        if (ik != null) {
            int n = codePointLength();
            long i = Index.position(ik, key);
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw PyErr.indexError("string index out of range");
            }
            return charAt((int) i);
        }
        if (key instanceof PySlice) {
            int[] r = ((PySlice) key).indices(codePointLength());
            if (r[2] == 1) {
                return new PyStr(r[3] <= 0 ? "" : substring(r[0], r[0] + r[3]));
            }
            StringBuilder sb = new StringBuilder(r[3]);
            if (simple()) {
                for (int k = 0, i = r[0]; k < r[3]; k++, i += r[2]) {
                    sb.append(value.charAt(i));
                }
            } else {
                int[] cps = value.codePoints().toArray();
                for (int k = 0, i = r[0]; k < r[3]; k++, i += r[2]) {
                    sb.appendCodePoint(cps[i]);
                }
            }
            return new PyStr(sb.toString());
        }
        throw PyErr.typeError("string indices must be integers, not '" + key.getType().name + "'");
    }

    @Override
    public PyObject iter() {
        return new PyStrIterator(value, isAscii());
    }

    private boolean isAscii() {
        String v = value;
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * Char offset of each code point, built on first indexed access to a non-simple string.
     * Volatile: strings are immutable and shared between the parallel engine's threads, so the
     * lazily built table must be published safely.
     */
    private volatile int[] offsets;

    int offsetOf(int cp) {
        int[] o = offsets;
        if (o == null) {
            o = new int[codePointLength() + 1];
            int k = 0;
            for (int i = 0; i < value.length(); k++) {
                o[k] = i;
                i += Character.charCount(value.codePointAt(i));
            }
            o[k] = value.length();
            offsets = o;
        }
        return o[cp];
    }

    @Override
    public boolean contains(PyObject v) {
        if (!(v instanceof PyStr)) {
            throw PyErr.typeError("'in <string>' requires string as left operand, not " + v.getType().name);
        }
        return value.contains(((PyStr) v).value);
    }

    @Override
    public PyObject binop(int op, PyObject other) {
        if (op >= BinOp.INPLACE) {
            op -= BinOp.INPLACE;
        }
        if (op == BinOp.ADD && other instanceof PyStr) {
            return new PyStr(value.concat(((PyStr) other).value));
        }
        if (op == BinOp.MUL && other instanceof PyInt) {
            return repeat((PyInt) other);
        }
        if (op == BinOp.MOD) {
            return new PyStr(PercentFormat.format(value, other));
        }
        return null;
    }

    @Override
    public PyObject rbinop(int op, PyObject other) {
        if (op == BinOp.MUL && other instanceof PyInt) {
            return repeat((PyInt) other);
        }
        return null;
    }

    private PyStr repeat(PyInt n) {
        long k = Sequences.repeatCount(n, value.length());
        if (k <= 0 || value.isEmpty()) {
            return EMPTY;
        }
        return new PyStr(value.repeat((int) k));
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (other instanceof PyStr) {
            String o = ((PyStr) other).value;
            if (op == CompareOp.EQ) {
                return PyBool.of(value.equals(o));
            }
            if (op == CompareOp.NE) {
                return PyBool.of(!value.equals(o));
            }
            return PyBool.of(CompareOp.test(op, compare(value, o)));
        }
        return null;
    }

    /** Code point order (String.compareTo orders UTF-16 units, which differs for surrogates). */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    @Override
    public long pyHash() {
        return value.hashCode();
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr && ((PyStr) o).value.equals(value);
    }

    /** Python's repr of a string: quotes chosen as CPython does, non-printables escaped. */
    public static String repr(String s) {
        char quote = '\'';
        if (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) {
            quote = '"';
        }
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x7f) {
                sb.append((char) c);
            } else if (isPrintable(c)) {
                sb.appendCodePoint(c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        }
        sb.append(quote);
        return sb.toString();
    }

    /** Python's str.isprintable for one code point. */
    static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
