package org.enginehost.python.modules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.enginehost.python.runtime.CompareOp;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.FloatRepr;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyBaseException;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyFloat;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;

/** The {@code json} module: CPython's encoder and (C) scanner semantics, messages and positions. */
public final class JsonModule {
    private JsonModule() {
    }

    public static final PyType DECODE_ERROR = new PyType("JSONDecodeError",
            new PyType[] {ExceptionTypes.VALUE_ERROR}, null, "json.decoder");

    private static final String[] DUMPS_NAMES = {"obj", "skipkeys", "ensure_ascii", "check_circular",
        "allow_nan", "cls", "indent", "separators", "default", "sort_keys"};
    private static final String[] DUMP_NAMES = {"obj", "fp", "skipkeys", "ensure_ascii", "check_circular",
        "allow_nan", "cls", "indent", "separators", "default", "sort_keys"};
    private static final String[] LOADS_NAMES = {"s", "cls", "object_hook", "parse_float", "parse_int",
        "parse_constant", "object_pairs_hook", "strict"};

    public static PyModule create() {
        PyModule m = new PyModule("json", null);
        m.define("JSONDecodeError", DECODE_ERROR);
        m.defineFunction("dumps", (a, k) -> {
            PyObject[] p = Args.bind("dumps", a, k, DUMPS_NAMES, 1, 1);
            return new PyStr(encoder(p, 1).encode(p[0]));
        });
        m.defineFunction("dump", (a, k) -> {
            PyObject[] p = Args.bind("dump", a, k, DUMP_NAMES, 2, 2);
            String s = encoder(p, 2).encode(p[0]);
            p[1].getAttr("write").call(new PyObject[] {new PyStr(s)}, null);
            return PyNone.NONE;
        });
        m.defineFunction("loads", (a, k) -> {
            PyObject[] p = Args.bind("loads", a, k, LOADS_NAMES, 1, 1);
            return loads(p[0], p);
        });
        m.defineFunction("load", (a, k) -> {
            PyObject[] p = Args.bind("load", a, k, LOADS_NAMES, 1, 1);
            return loads(p[0].getAttr("read").call(new PyObject[0], null), p);
        });
        return m;
    }

    private static boolean flag(PyObject o, boolean dflt) {
        return o == null ? dflt : Operations.isTrue(o);
    }

    private static Encoder encoder(PyObject[] p, int o) {
        if (p[o + 4] != null && p[o + 4] != PyNone.NONE) {
            throw new PyException(PyErr.newException(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                    "json: cls= is not supported yet"));
        }
        Encoder e = new Encoder();
        e.skipkeys = flag(p[o], false);
        e.ensureAscii = flag(p[o + 1], true);
        e.checkCircular = flag(p[o + 2], true);
        e.allowNan = flag(p[o + 3], true);
        PyObject indent = p[o + 5];
        if (indent != null && indent != PyNone.NONE) {
            if (indent instanceof PyStr) {
                e.indent = ((PyStr) indent).value;
            } else {
                e.indent = " ".repeat(Math.max(0, Args.toSmallInt(indent, "indent too large")));
            }
        }
        PyObject seps = p[o + 6];
        if (seps != null && seps != PyNone.NONE) {
            PyObject[] two = Operations.unpack(seps, 2);
            e.itemSep = strArg(two[0]);
            e.keySep = strArg(two[1]);
        } else {
            e.itemSep = e.indent == null ? ", " : ",";
            e.keySep = ": ";
        }
        e.dflt = p[o + 7] == PyNone.NONE ? null : p[o + 7];
        e.sortKeys = flag(p[o + 8], false);
        return e;
    }

    private static String strArg(PyObject o) {
        if (!(o instanceof PyStr)) {
            throw PyErr.typeError("make_encoder() argument must be str, not " + o.getType().name);
        }
        return ((PyStr) o).value;
    }

    // ------------------------------------------------------------------ encoder

    static final class Encoder {
        boolean skipkeys;
        boolean ensureAscii;
        boolean checkCircular;
        boolean allowNan;
        boolean sortKeys;
        String indent;
        String itemSep;
        String keySep;
        PyObject dflt;
        final IdentityHashMap<PyObject, Boolean> markers = new IdentityHashMap<>();
        final StringBuilder sb = new StringBuilder();

        String encode(PyObject o) {
            value(o, 0);
            return sb.toString();
        }

        private void newline(int level) {
            sb.append('\n');
            for (int i = 0; i < level; i++) {
                sb.append(indent);
            }
        }

        private String floatText(double d) {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                if (!allowNan) {
                    throw PyErr.valueError("Out of range float values are not JSON compliant");
                }
                return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
            }
            return FloatRepr.repr(d);
        }

        private void enter(PyObject o) {
            if (checkCircular && markers.put(o, Boolean.TRUE) != null) {
                throw PyErr.valueError("Circular reference detected");
            }
        }

        private void leave(PyObject o) {
            if (checkCircular) {
                markers.remove(o);
            }
        }

        void value(PyObject o, int level) {
            if (o instanceof PyStr) {
                string(((PyStr) o).value);
            } else if (o == PyNone.NONE) {
                sb.append("null");
            } else if (o == PyBool.TRUE) {
                sb.append("true");
            } else if (o == PyBool.FALSE) {
                sb.append("false");
            } else if (o instanceof PyInt) {
                sb.append(((PyInt) o).repr());
            } else if (o instanceof PyFloat) {
                sb.append(floatText(((PyFloat) o).value));
            } else if (o instanceof PyList) {
                PyList l = (PyList) o;
                sequence(o, l.items, l.size, level);
            } else if (o instanceof PyTuple) {
                PyObject[] items = ((PyTuple) o).items;
                sequence(o, items, items.length, level);
            } else if (o instanceof PyDict) {
                dict((PyDict) o, level);
            } else {
                enter(o);
                PyObject r;
                if (dflt == null) {
                    throw PyErr.typeError("Object of type " + o.getType().name + " is not JSON serializable");
                }
                r = dflt.call(new PyObject[] {o}, null);
                value(r, level);
                leave(o);
            }
        }

        private void sequence(PyObject o, PyObject[] items, int n, int level) {
            if (n == 0) {
                sb.append("[]");
                return;
            }
            enter(o);
            sb.append('[');
            if (indent != null) {
                newline(level + 1);
            }
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(itemSep);
                    if (indent != null) {
                        newline(level + 1);
                    }
                }
                value(items[i], level + 1);
            }
            if (indent != null) {
                newline(level);
            }
            sb.append(']');
            leave(o);
        }

        private void dict(PyDict d, int level) {
            if (d.size() == 0) {
                sb.append("{}");
                return;
            }
            enter(d);
            List<Map.Entry<PyObject, PyObject>> entries = d.entries();
            if (sortKeys) {
                entries = new ArrayList<>(entries);
                entries.sort((x, y) -> lt(x.getKey(), y.getKey()) ? -1 : lt(y.getKey(), x.getKey()) ? 1 : 0);
            }
            sb.append('{');
            if (indent != null) {
                newline(level + 1);
            }
            boolean first = true;
            for (Map.Entry<PyObject, PyObject> e : entries) {
                PyObject key = e.getKey();
                String ks;
                if (key instanceof PyStr) {
                    ks = ((PyStr) key).value;
                } else if (key instanceof PyFloat) {
                    ks = floatText(((PyFloat) key).value);
                } else if (key == PyBool.TRUE) {
                    ks = "true";
                } else if (key == PyBool.FALSE) {
                    ks = "false";
                } else if (key == PyNone.NONE) {
                    ks = "null";
                } else if (key instanceof PyInt) {
                    ks = ((PyInt) key).repr();
                } else if (skipkeys) {
                    continue;
                } else {
                    throw PyErr.typeError("keys must be str, int, float, bool or None, not " + key.getType().name);
                }
                if (!first) {
                    sb.append(itemSep);
                    if (indent != null) {
                        newline(level + 1);
                    }
                }
                first = false;
                string(ks);
                sb.append(keySep);
                value(e.getValue(), level + 1);
            }
            if (indent != null) {
                newline(level);
            }
            sb.append('}');
            leave(d);
        }

        private static boolean lt(PyObject a, PyObject b) {
            return Operations.isTrue(Operations.compare(CompareOp.LT, a, b));
        }

        private static final char[] HEX = "0123456789abcdef".toCharArray();

        private void string(String s) {
            sb.append('"');
            for (int i = 0, n = s.length(); i < n; i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"': sb.append("\\\""); continue;
                    case '\\': sb.append("\\\\"); continue;
                    case '\n': sb.append("\\n"); continue;
                    case '\r': sb.append("\\r"); continue;
                    case '\t': sb.append("\\t"); continue;
                    case '\b': sb.append("\\b"); continue;
                    case '\f': sb.append("\\f"); continue;
                    default:
                }
                if (c < 0x20 || (ensureAscii && c > 0x7e)) {
                    // Java strings are UTF-16, so astral characters are already surrogate pairs here.
                    sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15])
                            .append(HEX[c & 15]);
                } else {
                    sb.append(c);
                }
            }
            sb.append('"');
        }
    }

    // ------------------------------------------------------------------ decoder

    private static PyObject loads(PyObject s, PyObject[] p) {
        if (p[1] != null && p[1] != PyNone.NONE) {
            throw new PyException(PyErr.newException(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                    "json: cls= is not supported yet"));
        }
        if (!(s instanceof PyStr)) {
            String tn = s.getType().name;
            if (tn.equals("bytes") || tn.equals("bytearray")) {
                s = s.getAttr("decode").call(new PyObject[0], null);
            } else {
                throw PyErr.typeError("the JSON object must be str, bytes or bytearray, not " + tn);
            }
        }
        String text = ((PyStr) s).value;
        Decoder d = new Decoder(text);
        d.objectHook = none(p[2]);
        d.parseFloat = none(p[3]);
        d.parseInt = none(p[4]);
        d.parseConstant = none(p[5]);
        d.pairsHook = none(p[6]);
        d.strict = flag(p[7], true);
        if (text.startsWith("\ufeff")) {
            throw d.error("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
        }
        int idx = d.skipWs(0);
        PyObject v = d.scanValue(idx);
        int end = d.skipWs(d.pos);
        if (end != text.length()) {
            throw d.error("Extra data", end);
        }
        return v;
    }

    private static PyObject none(PyObject o) {
        return o == PyNone.NONE ? null : o;
    }

    static final class Decoder {
        final String s;
        final int len;
        int pos;
        PyObject objectHook;
        PyObject parseFloat;
        PyObject parseInt;
        PyObject parseConstant;
        PyObject pairsHook;
        boolean strict = true;
        private final java.util.HashMap<String, PyStr> memo = new java.util.HashMap<>();

        Decoder(String s) {
            this.s = s;
            this.len = s.length();
        }

        int skipWs(int i) {
            while (i < len) {
                char c = s.charAt(i);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    break;
                }
                i++;
            }
            return i;
        }

        PyException error(String msg, int charPos) {
            int cp = s.codePointCount(0, charPos);
            int lineno = 1;
            int lastNl = -1;
            for (int i = 0; i < charPos; i++) {
                if (s.charAt(i) == '\n') {
                    lineno++;
                    lastNl = i;
                }
            }
            int colno = lastNl < 0 ? cp + 1 : s.codePointCount(lastNl, charPos);
            String full = msg + ": line " + lineno + " column " + colno + " (char " + cp + ")";
            PyBaseException e = PyErr.newException(DECODE_ERROR, full);
            e.setAttr("msg", new PyStr(msg));
            e.setAttr("doc", new PyStr(s));
            e.setAttr("pos", PyInt.of(cp));
            e.setAttr("lineno", PyInt.of(lineno));
            e.setAttr("colno", PyInt.of(colno));
            return new PyException(e);
        }

        /** Parses a value at {@code i}; sets {@link #pos} past it. "Expecting value" when none starts there. */
        PyObject scanValue(int i) {
            if (i >= len) {
                throw error("Expecting value", i);
            }
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    return scanString(i + 1);
                case '{':
                    return scanObject(i + 1);
                case '[':
                    return scanArray(i + 1);
                case 'n':
                    if (s.startsWith("null", i)) {
                        pos = i + 4;
                        return PyNone.NONE;
                    }
                    break;
                case 't':
                    if (s.startsWith("true", i)) {
                        pos = i + 4;
                        return PyBool.TRUE;
                    }
                    break;
                case 'f':
                    if (s.startsWith("false", i)) {
                        pos = i + 5;
                        return PyBool.FALSE;
                    }
                    break;
                case 'N':
                    if (s.startsWith("NaN", i)) {
                        pos = i + 3;
                        return constant("NaN", Double.NaN);
                    }
                    break;
                case 'I':
                    if (s.startsWith("Infinity", i)) {
                        pos = i + 8;
                        return constant("Infinity", Double.POSITIVE_INFINITY);
                    }
                    break;
                case '-':
                    if (s.startsWith("-Infinity", i)) {
                        pos = i + 9;
                        return constant("-Infinity", Double.NEGATIVE_INFINITY);
                    }
                    break;
                default:
            }
            return scanNumber(i);
        }

        private PyObject constant(String name, double v) {
            if (parseConstant != null) {
                return parseConstant.call(new PyObject[] {new PyStr(name)}, null);
            }
            return new PyFloat(v);
        }

        private static boolean digit(char c) {
            return c >= '0' && c <= '9';
        }

        private PyObject scanNumber(int start) {
            int i = start;
            if (i < len && s.charAt(i) == '-') {
                i++;
            }
            if (i < len && s.charAt(i) >= '1' && s.charAt(i) <= '9') {
                i++;
                while (i < len && digit(s.charAt(i))) {
                    i++;
                }
            } else if (i < len && s.charAt(i) == '0') {
                i++;
            } else {
                throw error("Expecting value", start);
            }
            boolean isFloat = false;
            if (i + 1 < len && s.charAt(i) == '.' && digit(s.charAt(i + 1))) {
                i += 2;
                while (i < len && digit(s.charAt(i))) {
                    i++;
                }
                isFloat = true;
            }
            if (i < len && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                int e = i + 1;
                if (e < len && (s.charAt(e) == '+' || s.charAt(e) == '-')) {
                    e++;
                }
                int ds = e;
                while (e < len && digit(s.charAt(e))) {
                    e++;
                }
                if (e > ds) {
                    i = e;
                    isFloat = true;
                }
            }
            pos = i;
            String num = s.substring(start, i);
            if (isFloat) {
                if (parseFloat != null) {
                    return parseFloat.call(new PyObject[] {new PyStr(num)}, null);
                }
                return new PyFloat(Double.parseDouble(num));
            }
            if (parseInt != null) {
                return parseInt.call(new PyObject[] {new PyStr(num)}, null);
            }
            if (i - start < 18) {
                return PyInt.of(Long.parseLong(num));
            }
            return PyInt.of(new java.math.BigInteger(num));
        }

        private PyObject scanString(int start) {
            int begin = start - 1;
            int i = start;
            StringBuilder sb = null;
            while (true) {
                int chunk = i;
                char c = 0;
                while (i < len) {
                    c = s.charAt(i);
                    if (c == '"' || c == '\\' || (c < 0x20 && strict)) {
                        break;
                    }
                    i++;
                }
                if (i >= len) {
                    throw error("Unterminated string starting at", begin);
                }
                if (c == '"') {
                    pos = i + 1;
                    if (sb == null) {
                        String v = s.substring(chunk, i);
                        return new PyStr(v);
                    }
                    sb.append(s, chunk, i);
                    return new PyStr(sb.toString());
                }
                if (c != '\\') {
                    throw error("Invalid control character at", i);
                }
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(s, chunk, i);
                i++;
                if (i >= len) {
                    throw error("Unterminated string starting at", begin);
                }
                c = s.charAt(i);
                if (c != 'u') {
                    char r;
                    switch (c) {
                        case '"': r = '"'; break;
                        case '\\': r = '\\'; break;
                        case '/': r = '/'; break;
                        case 'b': r = '\b'; break;
                        case 'f': r = '\f'; break;
                        case 'n': r = '\n'; break;
                        case 'r': r = '\r'; break;
                        case 't': r = '\t'; break;
                        default:
                            throw error("Invalid \\escape", i - 1);
                    }
                    sb.append(r);
                    i++;
                    continue;
                }
                i++;
                int end = i + 4;
                if (end >= len) {
                    throw error("Invalid \\uXXXX escape", i - 1);
                }
                int cu = hex4(i, end);
                i = end;
                if (Character.isHighSurrogate((char) cu) && end + 6 < len && s.charAt(end) == '\\'
                        && s.charAt(end + 1) == 'u') {
                    int c2 = hex4(end + 2, end + 6);
                    if (Character.isLowSurrogate((char) c2)) {
                        sb.append((char) cu).append((char) c2);
                        i = end + 6;
                        continue;
                    }
                }
                sb.append((char) cu);
            }
        }

        private int hex4(int from, int end) {
            int v = 0;
            for (int j = from; j < end; j++) {
                int d = Character.digit(s.charAt(j), 16);
                if (d < 0 || s.charAt(j) > 'f') {
                    throw error("Invalid \\uXXXX escape", end - 5);
                }
                v = v * 16 + d;
            }
            return v;
        }

        private PyObject scanObject(int i) {
            i = skipWs(i);
            List<PyObject[]> pairs = pairsHook != null ? new ArrayList<>() : null;
            PyDict d = pairsHook == null ? new PyDict() : null;
            if (i >= len || s.charAt(i) != '}') {
                while (true) {
                    if (i >= len || s.charAt(i) != '"') {
                        throw error("Expecting property name enclosed in double quotes", i);
                    }
                    PyStr key = (PyStr) scanString(i + 1);
                    PyStr known = memo.putIfAbsent(key.value, key);
                    if (known != null) {
                        key = known;
                    }
                    i = skipWs(pos);
                    if (i >= len || s.charAt(i) != ':') {
                        throw error("Expecting ':' delimiter", i);
                    }
                    i = skipWs(i + 1);
                    PyObject v = scanValue(i);
                    if (d != null) {
                        d.put(key, v);
                    } else {
                        pairs.add(new PyObject[] {key, v});
                    }
                    i = skipWs(pos);
                    if (i < len && s.charAt(i) == '}') {
                        break;
                    }
                    if (i >= len || s.charAt(i) != ',') {
                        throw error("Expecting ',' delimiter", i);
                    }
                    i = skipWs(i + 1);
                }
            }
            int after = i + 1;
            PyObject result;
            if (pairsHook != null) {
                PyList l = new PyList();
                for (PyObject[] pr : pairs) {
                    l.append(PyTuple.of(pr[0], pr[1]));
                }
                result = pairsHook.call(new PyObject[] {l}, null);
            } else if (objectHook != null) {
                result = objectHook.call(new PyObject[] {d}, null);
            } else {
                result = d;
            }
            pos = after;
            return result;
        }

        private PyObject scanArray(int i) {
            i = skipWs(i);
            PyList l = new PyList();
            if (i >= len || s.charAt(i) != ']') {
                while (true) {
                    l.append(scanValue(i));
                    i = skipWs(pos);
                    if (i < len && s.charAt(i) == ']') {
                        break;
                    }
                    if (i >= len || s.charAt(i) != ',') {
                        throw error("Expecting ',' delimiter", i);
                    }
                    i = skipWs(i + 1);
                }
            }
            pos = i + 1;
            return l;
        }
    }
}
