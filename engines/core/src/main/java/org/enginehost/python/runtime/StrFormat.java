package org.enginehost.python.runtime;

/**
 * {@code str.format} and {@code str.format_map}: literal text with {@code {field!conv:spec}}
 * replacement fields, auto/manual numbering, attribute and index access, nested specs.
 */
public final class StrFormat {
    private StrFormat() {
    }

    /** State shared across the fields of one call (auto-numbering). */
    private static final class Ctx {
        final PyObject[] args;
        final int off;
        final int npos;
        final String[] kwnames;
        final PyObject mapping;
        int auto;
        /** 0 unknown, 1 automatic numbering, 2 manual. */
        int mode;

        Ctx(PyObject[] args, int off, String[] kwnames, PyObject mapping) {
            this.args = args;
            this.off = off;
            this.kwnames = kwnames;
            this.mapping = mapping;
            this.npos = args.length - off - (kwnames == null ? 0 : kwnames.length);
        }
    }

    /** Formats {@code fmt} with {@code args[off..]} (positional then keyword values) or a mapping. */
    public static String format(String fmt, PyObject[] args, int off, String[] kwnames, PyObject mapping) {
        return render(fmt, new Ctx(args, off, kwnames, mapping), 2);
    }

    private static String render(String fmt, Ctx ctx, int depth) {
        if (depth <= 0) { // as CPython: a spec's fields may have specs with fields, no deeper
            throw PyErr.valueError("Max string recursion exceeded");
        }
        StringBuilder sb = new StringBuilder(fmt.length() + 16);
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    sb.append('}');
                    i += 2;
                    continue;
                }
                throw PyErr.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                sb.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                sb.append('{');
                i += 2;
                continue;
            }
            if (i + 1 == n) {
                throw PyErr.valueError("Single '{' encountered in format string");
            }
            FormatField f = FormatField.parse(fmt, i + 1);
            sb.append(field(f, ctx, depth));
            i = f.end();
        }
        return sb.toString();
    }

    private static String field(FormatField f, Ctx ctx, int depth) {
        PyObject v = lookup(f.name(), ctx);
        switch (f.conversion()) {
            case 0: break;
            case 'r': v = new PyStr(v.repr()); break;
            case 's': v = new PyStr(Operations.str(v)); break;
            case 'a': v = new PyStr(PercentFormat.asciiOnly(v.repr())); break;
            default: throw PyErr.valueError("Unknown conversion specifier " + f.conversion());
        }
        String spec = f.spec();
        if (spec.indexOf('{') >= 0) {
            spec = render(spec, ctx, depth - 1);
        }
        return Formatter.format(v, spec);
    }

    private static PyObject lookup(String name, Ctx ctx) {
        int n = name.length();
        int k = 0;
        while (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
            k++;
        }
        String first = name.substring(0, k);
        PyObject v;
        if (first.isEmpty()) {
            if (ctx.mode == 2) {
                throw PyErr.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            ctx.mode = 1;
            v = positional(ctx, ctx.auto++);
        } else if (isDigits(first)) {
            if (ctx.mode == 1) {
                throw PyErr.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            ctx.mode = 2;
            v = positional(ctx, Integer.parseInt(first));
        } else {
            v = keyword(ctx, first);
        }
        while (k < n) {
            char c = name.charAt(k);
            if (c == '.') {
                int s = ++k;
                while (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
                    k++;
                }
                String attr = name.substring(s, k);
                if (attr.isEmpty()) {
                    throw PyErr.valueError("Empty attribute in format string");
                }
                v = v.getAttr(attr);
            } else if (c == '[') {
                int close = name.indexOf(']', k);
                if (close < 0) {
                    throw PyErr.valueError("Missing ']' in format string");
                }
                String key = name.substring(k + 1, close);
                if (key.isEmpty()) {
                    throw PyErr.valueError("Empty attribute in format string");
                }
                v = v.getItem(isDigits(key) ? PyInt.of(Long.parseLong(key)) : new PyStr(key));
                k = close + 1;
                if (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
                    throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return v;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static PyObject positional(Ctx ctx, int i) {
        if (ctx.mapping != null) {
            throw PyErr.valueError("Format string contains positional fields");
        }
        if (i >= ctx.npos) {
            throw PyErr.indexError("Replacement index " + i + " out of range for positional args tuple");
        }
        return ctx.args[ctx.off + i];
    }

    private static PyObject keyword(Ctx ctx, String name) {
        PyStr key = new PyStr(name);
        if (ctx.mapping != null) {
            return ctx.mapping.getItem(key);
        }
        if (ctx.kwnames != null) {
            for (int i = 0; i < ctx.kwnames.length; i++) {
                if (ctx.kwnames[i].equals(name)) {
                    return ctx.args[ctx.off + ctx.npos + i];
                }
            }
        }
        throw PyErr.keyError(key);
    }
}
