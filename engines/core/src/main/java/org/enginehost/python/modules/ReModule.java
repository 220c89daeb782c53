package org.enginehost.python.modules;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyBaseException;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;

/** The {@code re} module on java.util.regex (patterns translated by {@link RegexTranslator}). */
public final class ReModule {
    private ReModule() {
    }

    public static final PyType ERROR = new PyType("error", new PyType[] {ExceptionTypes.EXCEPTION}, null, "re");
    public static final PyType PATTERN = new PyType("Pattern", new PyType[] {PyType.OBJECT},
            (t, a, k) -> {
                throw PyErr.typeError("cannot create 're.Pattern' instances");
            }, "re");
    static final PyType SCANNER = new PyType("callable_iterator", new PyType[] {PyType.OBJECT}, null);
    public static final PyType MATCH = new PyType("Match", new PyType[] {PyType.OBJECT},
            (t, a, k) -> {
                throw PyErr.typeError("cannot create 're.Match' instances");
            }, "re");

    private static final String[][] FLAG_NAMES = {{"IGNORECASE", "I"}, {"LOCALE", "L"}, {"MULTILINE", "M"},
        {"DOTALL", "S"}, {"UNICODE", "U"}, {"VERBOSE", "X"}, {"ASCII", "A"}};
    private static final int[] FLAG_VALUES = {2, 4, 8, 16, 32, 64, 256};

    static {
        installPatternMethods();
        installMatchMethods();
    }

    public static PyModule create() {
        PyModule m = new PyModule("re", null);
        Map<String, PatternObj> cache = new HashMap<>();
        m.define("error", ERROR);
        m.define("Pattern", PATTERN);
        m.define("Match", MATCH);
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            m.define(FLAG_NAMES[i][0], PyInt.of(FLAG_VALUES[i]));
            m.define(FLAG_NAMES[i][1], PyInt.of(FLAG_VALUES[i]));
        }
        m.define("NOFLAG", PyInt.of(0));
        m.defineFunction("compile", (a, k) -> {
            PyObject[] p = Args.bind("compile", a, k, new String[] {"pattern", "flags"}, 1, 2);
            return compile(cache, p[0], p[1]);
        });
        m.defineFunction("purge", (a, k) -> {
            cache.clear();
            return PyNone.NONE;
        });
        m.defineFunction("escape", (a, k) -> {
            PyObject[] p = Args.bind("escape", a, k, new String[] {"pattern"}, 1, 1);
            return new PyStr(escape(strArg(p[0])));
        });
        String[] three = {"pattern", "string", "flags"};
        for (String fn : new String[] {"match", "search", "fullmatch"}) {
            int mode = fn.equals("match") ? 0 : fn.equals("search") ? 1 : 2;
            m.defineFunction(fn, (a, k) -> {
                PyObject[] p = Args.bind(fn, a, k, three, 2, 3);
                PatternObj pat = compile(cache, p[0], p[2]);
                return pat.run(mode, strArg(p[1]), 0, Integer.MAX_VALUE);
            });
        }
        m.defineFunction("findall", (a, k) -> {
            PyObject[] p = Args.bind("findall", a, k, three, 2, 3);
            return compile(cache, p[0], p[2]).findall(strArg(p[1]), 0, Integer.MAX_VALUE);
        });
        m.defineFunction("finditer", (a, k) -> {
            PyObject[] p = Args.bind("finditer", a, k, three, 2, 3);
            return compile(cache, p[0], p[2]).finditer(strArg(p[1]), 0, Integer.MAX_VALUE);
        });
        m.defineFunction("split", (a, k) -> {
            PyObject[] p = Args.bind("split", a, k, new String[] {"pattern", "string", "maxsplit", "flags"}, 2, 4);
            return compile(cache, p[0], p[3]).split(strArg(p[1]), p[2] == null ? 0 : Args.toSmallInt(p[2], "x"));
        });
        for (String fn : new String[] {"sub", "subn"}) {
            m.defineFunction(fn, (a, k) -> {
                PyObject[] p = Args.bind(fn, a, k, new String[] {"pattern", "repl", "string", "count", "flags"}, 3, 5);
                return compile(cache, p[0], p[4]).sub(p[1], strArg(p[2]),
                        p[3] == null ? 0 : Args.toSmallInt(p[3], "x"), fn.equals("subn"));
            });
        }
        return m;
    }

    static String strArg(PyObject o) {
        if (o instanceof PyStr) {
            return ((PyStr) o).value;
        }
        String tn = o.getType().name;
        if (tn.equals("bytes") || tn.equals("bytearray")) {
            throw new PyException(PyErr.newException(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                    "re: bytes patterns and strings are not supported yet"));
        }
        throw PyErr.typeError("expected string or bytes-like object, got '" + tn + "'");
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    static PatternObj compile(Map<String, PatternObj> cache, PyObject pattern, PyObject flagsObj) {
        int flags = flagsObj == null ? 0 : Args.toSmallInt(flagsObj, "flags too large");
        if (pattern instanceof PatternObj) {
            if (flags != 0) {
                throw PyErr.valueError("cannot process flags argument with a compiled pattern");
            }
            return (PatternObj) pattern;
        }
        String src = strArg(pattern);
        String key = flags + ":" + src;
        PatternObj cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        PatternObj p = PatternObj.build(src, flags);
        if (cache.size() >= 512) {
            cache.clear();
        }
        cache.put(key, p);
        return p;
    }

    static PyException error(String msg, String pattern, int pos) {
        PyBaseException e = PyErr.newException(ERROR, pos < 0 ? msg : msg + " at position " + pos);
        e.setAttr("msg", new PyStr(msg));
        e.setAttr("pattern", new PyStr(pattern));
        e.setAttr("pos", pos < 0 ? PyNone.NONE : PyInt.of(pos));
        return new PyException(e);
    }

    // ------------------------------------------------------------------ Pattern

    static final class PatternObj extends PyObject {
        final String source;
        final int flags;
        final Pattern java;
        final int groups;
        final Map<String, Integer> names;
        final String[] groupNames;

        private PatternObj(String source, int flags, Pattern java, int groups, Map<String, Integer> names) {
            this.source = source;
            this.flags = flags;
            this.java = java;
            this.groups = groups;
            this.names = names;
            groupNames = new String[groups + 1];
            for (Map.Entry<String, Integer> e : names.entrySet()) {
                groupNames[e.getValue()] = e.getKey();
            }
        }

        static PatternObj build(String src, int flags) {
            if ((flags & RegexTranslator.L) != 0) {
                throw PyErr.valueError("cannot use LOCALE flag with a str pattern");
            }
            RegexTranslator t = new RegexTranslator(src, flags);
            String translated;
            try {
                translated = t.translate();
            } catch (RegexTranslator.Error e) {
                throw error(e.msg, src, e.pos);
            } catch (UnsupportedOperationException e) {
                throw new PyException(PyErr.newException(ExceptionTypes.NOT_IMPLEMENTED_ERROR, e.getMessage()));
            }
            int f = t.flags;
            if ((f & RegexTranslator.A) != 0 && (f & RegexTranslator.U) != 0) {
                throw PyErr.valueError("ASCII and UNICODE flags are incompatible");
            }
            if ((f & RegexTranslator.A) == 0) {
                f |= RegexTranslator.U;
            }
            int jf = Pattern.UNIX_LINES;
            if ((f & RegexTranslator.A) == 0) {
                jf |= Pattern.UNICODE_CHARACTER_CLASS;
            }
            if ((f & RegexTranslator.I) != 0) {
                jf |= Pattern.CASE_INSENSITIVE;
                if ((f & RegexTranslator.A) == 0) {
                    jf |= Pattern.UNICODE_CASE;
                }
            }
            if ((f & RegexTranslator.M) != 0) {
                jf |= Pattern.MULTILINE;
            }
            if ((f & RegexTranslator.S) != 0) {
                jf |= Pattern.DOTALL;
            }
            Pattern jp;
            try {
                jp = Pattern.compile(translated, jf);
            } catch (PatternSyntaxException e) {
                throw error(e.getDescription(), src, Math.max(0, Math.min(e.getIndex(), src.length())));
            }
            return new PatternObj(src, f, jp, t.groups, t.names);
        }

        @Override
        public PyType getType() {
            return PATTERN;
        }

        @Override
        public String repr() {
            StringBuilder sb = new StringBuilder();
            String r = PyStr.repr(source);
            if (r.length() > 200) {
                r = r.substring(0, 200);
            }
            sb.append("re.compile(").append(r);
            int shown = flags & ~RegexTranslator.U;
            if (shown != 0) {
                sb.append(", ");
                boolean first = true;
                for (int i = 0; i < FLAG_NAMES.length; i++) {
                    if ((shown & FLAG_VALUES[i]) != 0) {
                        if (!first) {
                            sb.append('|');
                        }
                        first = false;
                        sb.append("re.").append(FLAG_NAMES[i][0]);
                        shown &= ~FLAG_VALUES[i];
                    }
                }
                if (shown != 0) {
                    sb.append("|0x").append(Integer.toHexString(shown));
                }
            }
            return sb.append(')').toString();
        }

        @Override
        public long pyHash() {
            return source.hashCode() * 31L + flags;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PatternObj && ((PatternObj) o).source.equals(source) && ((PatternObj) o).flags == flags;
        }

        @Override
        public PyObject richCompare(PyObject other, int op) {
            if (op == org.enginehost.python.runtime.CompareOp.EQ) {
                return PyBool.of(equals(other));
            }
            if (op == org.enginehost.python.runtime.CompareOp.NE) {
                return PyBool.of(!equals(other));
            }
            return null;
        }

        @Override
        public PyObject getAttr(String name) {
            switch (name) {
                case "pattern": return new PyStr(source);
                case "flags": return PyInt.of(flags);
                case "groups": return PyInt.of(groups);
                case "groupindex": {
                    PyDict d = new PyDict();
                    for (Map.Entry<String, Integer> e : names.entrySet()) {
                        d.put(new PyStr(e.getKey()), PyInt.of(e.getValue()));
                    }
                    return d;
                }
                default: return super.getAttr(name);
            }
        }

        /** A matcher over {@code s} limited to code point range [pos, endpos). */
        Matcher matcher(Text t, int pos, int endpos) {
            Matcher m = java.matcher(t.s);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            int cpLen = t.cpLength();
            int ep = Math.max(0, Math.min(endpos, cpLen));
            int sp = Math.max(0, Math.min(pos, cpLen));
            if (ep < cpLen) {
                m = java.matcher(t.s.substring(0, t.toChar(ep)));
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
            }
            if (sp > ep) {
                return null;
            }
            m.region(t.toChar(sp), t.toChar(ep));
            return m;
        }

        PyObject run(int mode, String s, int pos, int endpos) {
            Text t = new Text(s);
            Matcher m = matcher(t, pos, endpos);
            if (m == null) {
                return PyNone.NONE;
            }
            boolean ok = mode == 0 ? m.lookingAt() : mode == 1 ? m.find() : m.matches();
            return ok ? new MatchObj(this, t, m, pos, endpos) : PyNone.NONE;
        }

        PyObject findall(String s, int pos, int endpos) {
            Text t = new Text(s);
            PyList out = new PyList();
            Matcher m = matcher(t, pos, endpos);
            if (m == null) {
                return out;
            }
            while (m.find()) {
                if (groups == 0) {
                    out.append(new PyStr(m.group()));
                } else if (groups == 1) {
                    String g = m.group(1);
                    out.append(new PyStr(g == null ? "" : g));
                } else {
                    PyObject[] items = new PyObject[groups];
                    for (int g = 1; g <= groups; g++) {
                        String v = m.group(g);
                        items[g - 1] = new PyStr(v == null ? "" : v);
                    }
                    out.append(new PyTuple(items));
                }
            }
            return out;
        }

        PyObject finditer(String s, int pos, int endpos) {
            Text t = new Text(s);
            Matcher m = matcher(t, pos, endpos);
            PatternObj self = this;
            return new org.enginehost.python.runtime.PyJavaIterator(SCANNER,
                    () -> m != null && m.find() ? new MatchObj(self, t, m, pos, endpos) : null);
        }

        PyObject split(String s, int maxsplit) {
            Text t = new Text(s);
            PyList out = new PyList();
            Matcher m = java.matcher(s);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            int last = 0;
            int n = 0;
            while ((maxsplit <= 0 || n < maxsplit) && m.find()) {
                out.append(new PyStr(s.substring(last, m.start())));
                for (int g = 1; g <= groups; g++) {
                    String v = m.group(g);
                    out.append(v == null ? PyNone.NONE : new PyStr(v));
                }
                last = m.end();
                n++;
            }
            out.append(new PyStr(s.substring(last)));
            return out;
        }

        PyObject sub(PyObject repl, String s, int count, boolean withCount) {
            Text t = new Text(s);
            Matcher m = java.matcher(s);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            Object[] template = null;
            boolean callable = !(repl instanceof PyStr);
            if (!callable) {
                String r = ((PyStr) repl).value;
                template = r.indexOf('\\') < 0 ? new Object[] {r} : parseTemplate(r);
            } else if (repl.getType().name.equals("bytes")) {
                strArg(repl);
            }
            StringBuilder sb = new StringBuilder();
            int last = 0;
            int n = 0;
            while ((count <= 0 || n < count) && m.find()) {
                sb.append(s, last, m.start());
                if (callable) {
                    PyObject r = repl.call(new PyObject[] {new MatchObj(this, t, m, 0, Integer.MAX_VALUE)}, null);
                    if (!(r instanceof PyStr)) {
                        throw PyErr.typeError("expected str instance, " + r.getType().name + " found");
                    }
                    sb.append(((PyStr) r).value);
                } else {
                    expandInto(sb, template, m);
                }
                last = m.end();
                n++;
            }
            sb.append(s, last, s.length());
            PyStr res = new PyStr(sb.toString());
            return withCount ? PyTuple.of(res, PyInt.of(n)) : res;
        }

        static void expandInto(StringBuilder sb, Object[] template, Matcher m) {
            for (Object part : template) {
                if (part instanceof String) {
                    sb.append((String) part);
                } else {
                    String g = m.group((Integer) part);
                    if (g != null) {
                        sb.append(g);
                    }
                }
            }
        }

        /** A replacement template: literal Strings and Integer group numbers. */
        Object[] parseTemplate(String r) {
            java.util.List<Object> parts = new java.util.ArrayList<>();
            StringBuilder lit = new StringBuilder();
            int i = 0;
            int len = r.length();
            while (i < len) {
                char c = r.charAt(i);
                if (c != '\\') {
                    lit.append(c);
                    i++;
                    continue;
                }
                if (i + 1 >= len) {
                    throw error("bad escape (end of pattern)", r, i);
                }
                char e = r.charAt(i + 1);
                int group = -1;
                int next = i + 2;
                if (e == 'g') {
                    if (i + 2 >= len || r.charAt(i + 2) != '<') {
                        throw error("missing <", r, i + 2);
                    }
                    int close = r.indexOf('>', i + 3);
                    if (close < 0) {
                        throw error("missing >, unterminated name", r, i + 3);
                    }
                    String name = r.substring(i + 3, close);
                    if (name.isEmpty()) {
                        throw error("missing group name", r, i + 3);
                    }
                    if (name.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                        group = Integer.parseInt(name.length() > 9 ? "999999999" : name);
                        if (group > groups) {
                            throw error("invalid group reference " + name, r, i + 3);
                        }
                    } else {
                        Integer gi = names.get(name);
                        if (gi == null) {
                            boolean ident = Character.isJavaIdentifierStart(name.charAt(0));
                            for (int k = 1; ident && k < name.length(); k++) {
                                ident = Character.isJavaIdentifierPart(name.charAt(k));
                            }
                            if (!ident) {
                                throw error("bad character in group name '" + name + "'", r, i + 3);
                            }
                            throw new PyException(PyErr.newException(ExceptionTypes.INDEX_ERROR,
                                    "unknown group name '" + name + "'"));
                        }
                        group = gi;
                    }
                    next = close + 1;
                } else if (e == '0') {
                    int v = 0;
                    int j = i + 2;
                    while (j < len && j < i + 4 && r.charAt(j) >= '0' && r.charAt(j) <= '7') {
                        v = v * 8 + (r.charAt(j) - '0');
                        j++;
                    }
                    lit.append((char) v);
                    i = j;
                    continue;
                } else if (e >= '1' && e <= '9') {
                    int j = i + 2;
                    if (j + 1 < len + 0 && j < len && isOct(e) && isOct(r.charAt(j)) && j + 1 < len
                            && isOct(r.charAt(j + 1))) {
                        int v = (e - '0') * 64 + (r.charAt(j) - '0') * 8 + (r.charAt(j + 1) - '0');
                        if (v > 0377) {
                            throw error("octal escape value \\" + r.substring(i + 1, i + 4)
                                    + " outside of range 0-0o377", r, i);
                        }
                        lit.append((char) v);
                        i = j + 2;
                        continue;
                    }
                    group = e - '0';
                    if (j < len && r.charAt(j) >= '0' && r.charAt(j) <= '9') {
                        group = group * 10 + (r.charAt(j) - '0');
                        j++;
                    }
                    if (group > groups) {
                        throw error("invalid group reference " + group, r, i + 1);
                    }
                    next = j;
                } else {
                    String esc;
                    switch (e) {
                        case 'n': esc = "\n"; break;
                        case 't': esc = "\t"; break;
                        case 'r': esc = "\r"; break;
                        case 'f': esc = "\f"; break;
                        case 'v': esc = "\u000b"; break;
                        case 'a': esc = "\u0007"; break;
                        case 'b': esc = "\b"; break;
                        case '\\': esc = "\\"; break;
                        default:
                            if (e < 128 && Character.isLetterOrDigit(e)) {
                                throw error("bad escape \\" + e, r, i);
                            }
                            esc = "\\" + e;
                    }
                    lit.append(esc);
                    i += 2;
                    continue;
                }
                if (lit.length() > 0) {
                    parts.add(lit.toString());
                    lit.setLength(0);
                }
                parts.add(group);
                i = next;
            }
            if (lit.length() > 0) {
                parts.add(lit.toString());
            }
            return parts.toArray();
        }

        private static boolean isOct(char c) {
            return c >= '0' && c <= '7';
        }
    }

    /** A subject string with code point / char index conversion (identity when there are no surrogates). */
    static final class Text {
        final String s;
        final boolean simple;
        final PyStr str;

        Text(String s) {
            this.s = s;
            this.str = new PyStr(s);
            this.simple = str.codePointLength() == s.length();
        }

        int cpLength() {
            return str.codePointLength();
        }

        int toChar(int cp) {
            return simple ? cp : s.offsetByCodePoints(0, cp);
        }

        int toCp(int ch) {
            return simple || ch < 0 ? ch : s.codePointCount(0, ch);
        }
    }

    private static void installPatternMethods() {
        String[] mnames = {"string", "pos", "endpos"};
        for (String fn : new String[] {"match", "search", "fullmatch"}) {
            int mode = fn.equals("match") ? 0 : fn.equals("search") ? 1 : 2;
            PATTERN.addMethod(fn, (a, k) -> {
                PyObject[] p = Args.bind(fn, shift(a), k, mnames, 1, 3);
                return self(a).run(mode, strArg(p[0]), pos(p[1], 0), pos(p[2], Integer.MAX_VALUE));
            });
        }
        PATTERN.addMethod("findall", (a, k) -> {
            PyObject[] p = Args.bind("findall", shift(a), k, mnames, 1, 3);
            return self(a).findall(strArg(p[0]), pos(p[1], 0), pos(p[2], Integer.MAX_VALUE));
        });
        PATTERN.addMethod("finditer", (a, k) -> {
            PyObject[] p = Args.bind("finditer", shift(a), k, mnames, 1, 3);
            return self(a).finditer(strArg(p[0]), pos(p[1], 0), pos(p[2], Integer.MAX_VALUE));
        });
        PATTERN.addMethod("split", (a, k) -> {
            PyObject[] p = Args.bind("split", shift(a), k, new String[] {"string", "maxsplit"}, 1, 2);
            return self(a).split(strArg(p[0]), p[1] == null ? 0 : Args.toSmallInt(p[1], "x"));
        });
        for (String fn : new String[] {"sub", "subn"}) {
            PATTERN.addMethod(fn, (a, k) -> {
                PyObject[] p = Args.bind(fn, shift(a), k, new String[] {"repl", "string", "count"}, 2, 3);
                return self(a).sub(p[0], strArg(p[1]), p[2] == null ? 0 : Args.toSmallInt(p[2], "x"),
                        fn.equals("subn"));
            });
        }
    }

    private static int pos(PyObject o, int dflt) {
        if (o == null) {
            return dflt;
        }
        PyInt i = Args.toInt(o);
        if (i.isBig()) {
            return i.toBig().signum() < 0 ? 0 : Integer.MAX_VALUE;
        }
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, i.value));
    }

    private static PyObject[] shift(PyObject[] a) {
        return java.util.Arrays.copyOfRange(a, 1, a.length);
    }

    private static PatternObj self(PyObject[] a) {
        return (PatternObj) a[0];
    }

    // ------------------------------------------------------------------ Match

    static final class MatchObj extends PyObject {
        final PatternObj pattern;
        final Text text;
        final int[] starts;
        final int[] ends;
        final int pos;
        final int endpos;

        MatchObj(PatternObj pattern, Text text, Matcher m, int pos, int endpos) {
            this.pattern = pattern;
            this.text = text;
            int g = pattern.groups;
            starts = new int[g + 1];
            ends = new int[g + 1];
            for (int i = 0; i <= g; i++) {
                starts[i] = m.start(i);
                ends[i] = m.end(i);
            }
            this.pos = Math.min(pos, text.cpLength());
            this.endpos = Math.min(endpos, text.cpLength());
        }

        @Override
        public PyType getType() {
            return MATCH;
        }

        int index(PyObject g) {
            if (g instanceof PyInt) {
                PyInt i = (PyInt) g;
                if (!i.isBig() && i.value >= 0 && i.value <= pattern.groups) {
                    return (int) i.value;
                }
            } else if (g instanceof PyStr) {
                Integer i = pattern.names.get(((PyStr) g).value);
                if (i != null) {
                    return i;
                }
            }
            throw PyErr.indexError("no such group");
        }

        PyObject group(int i, PyObject dflt) {
            if (starts[i] < 0) {
                return dflt;
            }
            return new PyStr(text.s.substring(starts[i], ends[i]));
        }

        @Override
        public PyObject getItem(PyObject key) {
            return group(index(key), PyNone.NONE);
        }

        int lastIndex() {
            int best = -1;
            for (int i = 1; i < starts.length; i++) {
                if (starts[i] >= 0 && (best < 0 || ends[i] > ends[best])) {
                    best = i;
                }
            }
            return best;
        }

        @Override
        public PyObject getAttr(String name) {
            switch (name) {
                case "string": return text.str;
                case "re": return pattern;
                case "pos": return PyInt.of(pos);
                case "endpos": return PyInt.of(endpos);
                case "lastindex": {
                    int li = lastIndex();
                    return li < 0 ? PyNone.NONE : PyInt.of(li);
                }
                case "lastgroup": {
                    int li = lastIndex();
                    return li < 0 || pattern.groupNames[li] == null ? PyNone.NONE : new PyStr(pattern.groupNames[li]);
                }
                case "regs": {
                    PyObject[] r = new PyObject[starts.length];
                    for (int i = 0; i < r.length; i++) {
                        r[i] = PyTuple.of(PyInt.of(text.toCp(starts[i])), PyInt.of(text.toCp(ends[i])));
                    }
                    return new PyTuple(r);
                }
                default: return super.getAttr(name);
            }
        }

        @Override
        public String repr() {
            return "<re.Match object; span=(" + text.toCp(starts[0]) + ", " + text.toCp(ends[0]) + "), match="
                    + PyStr.repr(text.s.substring(starts[0], ends[0])) + ">";
        }
    }

    private static MatchObj m(PyObject[] a) {
        return (MatchObj) a[0];
    }

    private static void installMatchMethods() {
        MATCH.addMethod("group", (a, k) -> {
            PyBuiltinFunction.noKeywords("group", k);
            MatchObj m = m(a);
            if (a.length == 1) {
                return m.group(0, PyNone.NONE);
            }
            if (a.length == 2) {
                return m.group(m.index(a[1]), PyNone.NONE);
            }
            PyObject[] out = new PyObject[a.length - 1];
            for (int i = 1; i < a.length; i++) {
                out[i - 1] = m.group(m.index(a[i]), PyNone.NONE);
            }
            return new PyTuple(out);
        });
        MATCH.addMethod("__getitem__", (a, k) -> m(a).getItem(a[1]));
        MATCH.addMethod("groups", (a, k) -> {
            PyObject[] p = Args.bind("groups", shift(a), k, new String[] {"default"}, 0, 1);
            MatchObj m = m(a);
            PyObject dflt = p[0] == null ? PyNone.NONE : p[0];
            PyObject[] out = new PyObject[m.pattern.groups];
            for (int i = 1; i <= out.length; i++) {
                out[i - 1] = m.group(i, dflt);
            }
            return new PyTuple(out);
        });
        MATCH.addMethod("groupdict", (a, k) -> {
            PyObject[] p = Args.bind("groupdict", shift(a), k, new String[] {"default"}, 0, 1);
            MatchObj m = m(a);
            PyObject dflt = p[0] == null ? PyNone.NONE : p[0];
            PyDict d = new PyDict();
            for (Map.Entry<String, Integer> e : m.pattern.names.entrySet()) {
                d.put(new PyStr(e.getKey()), m.group(e.getValue(), dflt));
            }
            return d;
        });
        for (String fn : new String[] {"start", "end", "span"}) {
            MATCH.addMethod(fn, (a, k) -> {
                PyBuiltinFunction.checkArgs(fn, a, k, 1, 2);
                MatchObj m = m(a);
                int g = a.length > 1 ? m.index(a[1]) : 0;
                int s = m.text.toCp(m.starts[g]);
                int e = m.text.toCp(m.ends[g]);
                if (fn.equals("start")) {
                    return PyInt.of(s);
                }
                if (fn.equals("end")) {
                    return PyInt.of(e);
                }
                return PyTuple.of(PyInt.of(s), PyInt.of(e));
            });
        }
        MATCH.addMethod("expand", (a, k) -> {
            PyBuiltinFunction.checkArgs("expand", a, k, 2, 2);
            MatchObj m = m(a);
            Object[] t = m.pattern.parseTemplate(strArg(a[1]));
            StringBuilder sb = new StringBuilder();
            for (Object part : t) {
                if (part instanceof String) {
                    sb.append((String) part);
                } else {
                    int g = (Integer) part;
                    if (m.starts[g] >= 0) {
                        sb.append(m.text.s, m.starts[g], m.ends[g]);
                    }
                }
            }
            return new PyStr(sb.toString());
        });
        MATCH.addMethod("__bool__", (a, k) -> PyBool.TRUE);
        MATCH.fixSlotArgs(0, "__bool__");
        MATCH.fixSlotArgs(1, "__getitem__");
    }

    static boolean truthy(PyObject o) {
        return Operations.isTrue(o);
    }
}
