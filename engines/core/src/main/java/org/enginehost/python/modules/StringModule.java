package org.enginehost.python.modules;

import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyType;

/**
 * {@code _string}: the Java half of the {@code string} module (lib/string.py re-exports it and adds
 * Formatter): constants, capwords, Template and the format-string parsers.
 */
public final class StringModule {
    private StringModule() {
    }

    static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String DIGITS = "0123456789";
    static final String PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    static final String WHITESPACE = " \t\n\r\u000b\f";

    static final PyType TEMPLATE = new PyType("Template", new PyType[] {PyType.OBJECT}, (t, a, k) -> {
        PyObject[] p = Args.bind("Template", a, k, new String[] {"template"}, 1, 1);
        if (!(p[0] instanceof PyStr)) {
            throw PyErr.typeError("expected string or bytes-like object, got '" + p[0].getType().name + "'");
        }
        return new Template(((PyStr) p[0]).value);
    }, "string");

    static {
        TEMPLATE.addMethod("substitute", (a, k) -> ((Template) a[0]).substitute(a, k, false));
        TEMPLATE.addMethod("safe_substitute", (a, k) -> ((Template) a[0]).substitute(a, k, true));
        TEMPLATE.dict().put(new PyStr("delimiter"), new PyStr("$"));
    }

    public static PyModule create() {
        PyModule m = new PyModule("_string", null);
        m.defineFunction("formatter_parser", (a, k) -> {
            PyObject[] p = Args.bind("formatter_parser", a, k, new String[] {"format_string"}, 1, 1);
            if (!(p[0] instanceof PyStr)) {
                throw PyErr.typeError("expected str, got " + p[0].getType().name);
            }
            return FormatterParser.parse(((PyStr) p[0]).value);
        });
        m.defineFunction("formatter_field_name_split", (a, k) -> {
            PyObject[] p = Args.bind("formatter_field_name_split", a, k, new String[] {"field_name"}, 1, 1);
            if (!(p[0] instanceof PyStr)) {
                throw PyErr.typeError("expected str, got " + p[0].getType().name);
            }
            return FormatterParser.fieldNameSplit(((PyStr) p[0]).value);
        });
        m.define("ascii_lowercase", new PyStr(LOWER));
        m.define("ascii_uppercase", new PyStr(UPPER));
        m.define("ascii_letters", new PyStr(LOWER + UPPER));
        m.define("digits", new PyStr(DIGITS));
        m.define("hexdigits", new PyStr(DIGITS + "abcdefABCDEF"));
        m.define("octdigits", new PyStr("01234567"));
        m.define("punctuation", new PyStr(PUNCT));
        m.define("whitespace", new PyStr(WHITESPACE));
        m.define("printable", new PyStr(DIGITS + LOWER + UPPER + PUNCT + WHITESPACE));
        m.define("Template", TEMPLATE);
        m.defineFunction("capwords", (a, k) -> {
            PyObject[] p = Args.bind("capwords", a, k, new String[] {"s", "sep"}, 1, 2);
            PyObject s = p[0];
            PyObject sep = p[1] == null ? PyNone.NONE : p[1];
            PyObject words = s.getAttr("split").call(new PyObject[] {sep}, null);
            PyObject[] ws = Operations.toArray(words);
            PyObject[] caps = new PyObject[ws.length];
            for (int i = 0; i < ws.length; i++) {
                caps[i] = ws[i].getAttr("capitalize").call(new PyObject[0], null);
            }
            PyObject joiner = sep == PyNone.NONE ? new PyStr(" ") : sep;
            return joiner.getAttr("join").call(new PyObject[] {new org.enginehost.python.runtime.PyList(caps)}, null);
        });
        return m;
    }

    /** {@code string.Template} with the default {@code $} delimiter and identifier pattern. */
    static final class Template extends PyObject {
        final String template;

        Template(String template) {
            this.template = template;
        }

        @Override
        public PyType getType() {
            return TEMPLATE;
        }

        @Override
        public PyObject getAttr(String name) {
            if (name.equals("template")) {
                return new PyStr(template);
            }
            return super.getAttr(name);
        }

        private static boolean idStart(char c) {
            return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static boolean idPart(char c) {
            return idStart(c) || (c >= '0' && c <= '9');
        }

        PyObject substitute(PyObject[] a, String[] k, boolean safe) {
            int np = Args.npos(a, k);
            if (np > 2) {
                throw PyErr.typeError("Too many positional arguments");
            }
            PyDict kws = new PyDict();
            if (k != null) {
                for (int i = 0; i < k.length; i++) {
                    kws.put(new PyStr(k[i]), a[np + i]);
                }
            }
            PyObject mapping = np == 2 ? a[1] : null;
            StringBuilder sb = new StringBuilder();
            String s = template;
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c != '$') {
                    sb.append(c);
                    i++;
                    continue;
                }
                if (i + 1 < s.length() && s.charAt(i + 1) == '$') {
                    sb.append('$');
                    i += 2;
                    continue;
                }
                int start = i + 1;
                boolean braced = start < s.length() && s.charAt(start) == '{';
                int j = braced ? start + 1 : start;
                int idBegin = j;
                if (j < s.length() && idStart(s.charAt(j))) {
                    j++;
                    while (j < s.length() && idPart(s.charAt(j))) {
                        j++;
                    }
                }
                boolean ok = j > idBegin && (!braced || (j < s.length() && s.charAt(j) == '}'));
                if (!ok) {
                    if (safe) {
                        sb.append('$');
                        i++;
                        continue;
                    }
                    int line = 1;
                    int col = 1;
                    for (int q = 0; q < i; q++) {
                        if (s.charAt(q) == '\n') {
                            line++;
                            col = 1;
                        } else {
                            col++;
                        }
                    }
                    throw PyErr.valueError("Invalid placeholder in string: line " + line + ", col " + col);
                }
                String name = s.substring(idBegin, j);
                int end = braced ? j + 1 : j;
                PyStr key = new PyStr(name);
                PyObject v = kws.get(key);
                if (v == null && mapping != null) {
                    try {
                        v = mapping.getItem(key);
                    } catch (PyException e) {
                        if (!safe || !e.value.isInstance(org.enginehost.python.runtime.ExceptionTypes.KEY_ERROR)) {
                            throw e;
                        }
                    }
                }
                if (v == null) {
                    if (!safe) {
                        throw PyErr.keyError(key);
                    }
                    sb.append(s, i, end);
                } else {
                    sb.append(v.str());
                }
                i = end;
            }
            return new PyStr(sb.toString());
        }
    }

}
