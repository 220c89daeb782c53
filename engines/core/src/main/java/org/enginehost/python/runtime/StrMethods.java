package org.enginehost.python.runtime;

/** Methods of {@code str} (a first handful; the rest come with the stdlib work). */
final class StrMethods {
    private StrMethods() {
    }

    private static String s(PyObject o) {
        return ((PyStr) o).value;
    }

    private static String arg(PyObject o, String method) {
        if (!(o instanceof PyStr)) {
            throw PyErr.typeError(method + " arg must be None or str");
        }
        return ((PyStr) o).value;
    }

    static void install(PyType t) {
        t.addMethod("upper", (a, k) -> new PyStr(s(a[0]).toUpperCase(java.util.Locale.ROOT)));
        t.addMethod("lower", (a, k) -> new PyStr(s(a[0]).toLowerCase(java.util.Locale.ROOT)));
        t.addMethod("strip", (a, k) -> new PyStr(strip(s(a[0]), a.length > 1 && a[1] != PyNone.NONE ? arg(a[1], "strip") : null, true, true)));
        t.addMethod("lstrip", (a, k) -> new PyStr(strip(s(a[0]), a.length > 1 && a[1] != PyNone.NONE ? arg(a[1], "lstrip") : null, true, false)));
        t.addMethod("rstrip", (a, k) -> new PyStr(strip(s(a[0]), a.length > 1 && a[1] != PyNone.NONE ? arg(a[1], "rstrip") : null, false, true)));
        t.addMethod("startswith", (a, k) -> PyBool.of(s(a[0]).startsWith(s(a[1]))));
        t.addMethod("endswith", (a, k) -> PyBool.of(s(a[0]).endsWith(s(a[1]))));
        t.addMethod("find", (a, k) -> {
            String h = s(a[0]);
            int i = h.indexOf(s(a[1]));
            return PyInt.of(i < 0 ? -1 : h.codePointCount(0, i));
        });
        t.addMethod("count", (a, k) -> {
            String h = s(a[0]);
            String n = s(a[1]);
            if (n.isEmpty()) {
                return PyInt.of(((PyStr) a[0]).codePointLength() + 1);
            }
            int c = 0;
            for (int i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + n.length())) {
                c++;
            }
            return PyInt.of(c);
        });
        t.addMethod("replace", (a, k) -> new PyStr(s(a[0]).replace(s(a[1]), s(a[2]))));
        t.addMethod("join", (a, k) -> {
            StringBuilder sb = new StringBuilder();
            String sep = s(a[0]);
            PyObject it = Operations.iter(a[1]);
            int i = 0;
            for (PyObject x = it.next(); x != null; x = it.next(), i++) {
                if (!(x instanceof PyStr)) {
                    throw PyErr.typeError("sequence item " + i + ": expected str instance, " + x.getType().name + " found");
                }
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(((PyStr) x).value);
            }
            return new PyStr(sb.toString());
        });
        t.addMethod("split", (a, k) -> {
            String str = s(a[0]);
            PyList out = new PyList();
            if (a.length < 2 || a[1] == PyNone.NONE) {
                for (String part : str.trim().split("\\s+")) {
                    if (!part.isEmpty()) {
                        out.append(new PyStr(part));
                    }
                }
                return out;
            }
            String sep = s(a[1]);
            if (sep.isEmpty()) {
                throw PyErr.valueError("empty separator");
            }
            int from = 0;
            for (int i = str.indexOf(sep); i >= 0; i = str.indexOf(sep, from)) {
                out.append(new PyStr(str.substring(from, i)));
                from = i + sep.length();
            }
            out.append(new PyStr(str.substring(from)));
            return out;
        });
    }

    private static String strip(String str, String chars, boolean left, boolean right) {
        int i = 0;
        int j = str.length();
        while (left && i < j && (chars == null ? Character.isWhitespace(str.charAt(i)) : chars.indexOf(str.charAt(i)) >= 0)) {
            i++;
        }
        while (right && j > i && (chars == null ? Character.isWhitespace(str.charAt(j - 1)) : chars.indexOf(str.charAt(j - 1)) >= 0)) {
            j--;
        }
        return str.substring(i, j);
    }
}
