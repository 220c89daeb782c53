package org.enginehost.python.modules;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Translates a Python {@code re} pattern into java.util.regex syntax: named groups become plain
 * numbered groups (their names are recorded), Python-only escapes and literal braces are rewritten,
 * verbose mode is applied here (Java's COMMENTS mode differs inside character classes), and
 * Python's error messages are produced for the malformed patterns it reports.
 */
final class RegexTranslator {
    static final int I = 2;
    static final int L = 4;
    static final int M = 8;
    static final int S = 16;
    static final int U = 32;
    static final int X = 64;
    static final int A = 256;

    /** Thrown for a malformed pattern; becomes {@code re.error}. */
    static final class Error extends RuntimeException {
        final String msg;
        final int pos;

        Error(String msg, int pos) {
            super(msg, null, false, false);
            this.msg = msg;
            this.pos = pos;
        }
    }

    final String p;
    final int n;
    int flags;
    int groups;
    final Map<String, Integer> names = new LinkedHashMap<>();
    private final StringBuilder out = new StringBuilder();
    private final ArrayDeque<int[]> open = new ArrayDeque<>();
    private final java.util.BitSet closed = new java.util.BitSet();
    /** Whether the last emitted item can take a quantifier. */
    private boolean canRepeat;

    RegexTranslator(String pattern, int flags) {
        this.p = pattern;
        this.n = pattern.length();
        this.flags = flags;
    }

    String translate() {
        int i = 0;
        while (i < n) {
            char c = p.charAt(i);
            if ((flags & X) != 0 && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b)) {
                i++;
                continue;
            }
            if ((flags & X) != 0 && c == '#') {
                while (i < n && p.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            switch (c) {
                case '\\':
                    i = escape(i, false);
                    canRepeat = true;
                    break;
                case '[':
                    i = charClass(i);
                    canRepeat = true;
                    break;
                case '(':
                    i = group(i);
                    break;
                case ')':
                    if (open.isEmpty()) {
                        throw new Error("unbalanced parenthesis", i);
                    }
                    int[] g = open.pop();
                    if (g[1] > 0) {
                        closed.set(g[1]);
                    }
                    out.append(')');
                    canRepeat = true;
                    i++;
                    break;
                case '|':
                    out.append('|');
                    canRepeat = false;
                    i++;
                    break;
                case '*':
                case '+':
                case '?':
                    if (!canRepeat) {
                        throw new Error(prevIsRepeat() ? "multiple repeat" : "nothing to repeat", i);
                    }
                    out.append(c);
                    i++;
                    if (i < n && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
                        out.append(p.charAt(i));
                        i++;
                    }
                    canRepeat = false;
                    lastWasRepeat = true;
                    continue;
                case '{':
                    i = brace(i);
                    continue;
                case '}':
                    out.append("\\}");
                    canRepeat = true;
                    i++;
                    break;
                default:
                    out.append(c);
                    canRepeat = c != '^' && c != '$';
                    i++;
            }
            lastWasRepeat = false;
        }
        if (!open.isEmpty()) {
            throw new Error("missing ), unterminated subpattern", open.peek()[0]);
        }
        return out.toString();
    }

    private boolean lastWasRepeat;

    private boolean prevIsRepeat() {
        return lastWasRepeat;
    }

    private int brace(int i) {
        int j = i + 1;
        int loStart = j;
        while (j < n && Character.isDigit(p.charAt(j)) && p.charAt(j) < 128) {
            j++;
        }
        String lo = p.substring(loStart, j);
        String hi = null;
        boolean comma = false;
        if (j < n && p.charAt(j) == ',') {
            comma = true;
            j++;
            int hs = j;
            while (j < n && Character.isDigit(p.charAt(j)) && p.charAt(j) < 128) {
                j++;
            }
            hi = p.substring(hs, j);
        }
        if (j < n && p.charAt(j) == '}' && (!lo.isEmpty() || (hi != null && !hi.isEmpty()))) {
            if (!canRepeat) {
                throw new Error(lastWasRepeat ? "multiple repeat" : "nothing to repeat", i);
            }
            if (!lo.isEmpty() && hi != null && !hi.isEmpty()
                    && new java.math.BigInteger(hi).compareTo(new java.math.BigInteger(lo)) < 0) {
                throw new Error("min repeat greater than max repeat", loStart);
            }
            out.append('{').append(lo.isEmpty() ? "0" : lo);
            if (comma) {
                out.append(',').append(hi);
            }
            out.append('}');
            j++;
            if (j < n && (p.charAt(j) == '?' || p.charAt(j) == '+')) {
                out.append(p.charAt(j));
                j++;
            }
            canRepeat = false;
            lastWasRepeat = true;
            return j;
        }
        out.append("\\{");
        canRepeat = true;
        lastWasRepeat = false;
        return i + 1;
    }

    private int group(int i) {
        if (i + 1 < n && p.charAt(i + 1) == '?') {
            if (i + 2 >= n) {
                throw new Error("unexpected end of pattern", i + 2);
            }
            char k = p.charAt(i + 2);
            if (k == 'P') {
                if (i + 3 < n && p.charAt(i + 3) == '<') {
                    int close = p.indexOf('>', i + 4);
                    if (close < 0) {
                        throw new Error("missing >, unterminated name", i + 4);
                    }
                    String name = p.substring(i + 4, close);
                    checkName(name, i + 4);
                    if (names.containsKey(name)) {
                        throw new Error("redefinition of group name '" + name + "' as group " + (groups + 1)
                                + "; was group " + names.get(name), i + 4);
                    }
                    groups++;
                    names.put(name, groups);
                    open.push(new int[] {i, groups});
                    out.append('(');
                    canRepeat = false;
                    lastWasRepeat = false;
                    return close + 1;
                }
                if (i + 3 < n && p.charAt(i + 3) == '=') {
                    int close = p.indexOf(')', i + 4);
                    if (close < 0) {
                        throw new Error("missing ), unterminated name", i + 4);
                    }
                    String name = p.substring(i + 4, close);
                    checkName(name, i + 4);
                    Integer g = names.get(name);
                    if (g == null) {
                        throw new Error("unknown group name '" + name + "'", i + 4);
                    }
                    backref(g, i + 4);
                    canRepeat = true;
                    lastWasRepeat = false;
                    return close + 1;
                }
                throw new Error("unknown extension ?P" + (i + 3 < n ? p.charAt(i + 3) : ""), i + 1);
            }
            if (k == ':' || k == '=' || k == '!' || k == '>') {
                open.push(new int[] {i, 0});
                out.append("(?").append(k);
                canRepeat = false;
                lastWasRepeat = false;
                return i + 3;
            }
            if (k == '<') {
                char k2 = i + 3 < n ? p.charAt(i + 3) : 0;
                if (k2 == '=' || k2 == '!') {
                    open.push(new int[] {i, 0});
                    out.append("(?<").append(k2);
                    canRepeat = false;
                    lastWasRepeat = false;
                    return i + 4;
                }
                throw new Error("unknown extension ?<" + (k2 == 0 ? "" : String.valueOf(k2)), i + 1);
            }
            if (k == '#') {
                int close = p.indexOf(')', i + 3);
                if (close < 0) {
                    throw new Error("missing ), unterminated comment", i);
                }
                return close + 1;
            }
            if (k == '(') {
                throw new UnsupportedOperationException("conditional groups (?(...)...) are not supported yet");
            }
            return inlineFlags(i);
        }
        groups++;
        open.push(new int[] {i, groups});
        out.append('(');
        canRepeat = false;
        lastWasRepeat = false;
        return i + 1;
    }

    private int inlineFlags(int i) {
        int j = i + 2;
        int add = 0;
        int del = 0;
        boolean minus = false;
        while (j < n) {
            char c = p.charAt(j);
            int f = flagBit(c);
            if (c == '-') {
                if (minus) {
                    throw new Error("bad inline flags: flag turned on and off", j);
                }
                minus = true;
                j++;
                continue;
            }
            if (f == 0) {
                break;
            }
            if (minus) {
                del |= f;
            } else {
                add |= f;
            }
            j++;
        }
        if (j >= n) {
            throw new Error("missing -, : or )", j);
        }
        char end = p.charAt(j);
        if (end == ')' && !minus) {
            if (i != 0 && !onlyFlagsBefore(i)) {
                throw new Error("global flags not at the start of the expression", i);
            }
            flags |= add;
            return j + 1;
        }
        if (end != ':') {
            throw new Error(Character.isLetter(end) ? "unknown flag" : "missing -, : or )", j);
        }
        open.push(new int[] {i, 0});
        out.append("(?");
        appendJavaFlags(add);
        if (del != 0) {
            out.append('-');
            appendJavaFlags(del);
        }
        out.append(':');
        canRepeat = false;
        lastWasRepeat = false;
        return j + 1;
    }

    private boolean onlyFlagsBefore(int i) {
        return out.length() == 0 && open.isEmpty();
    }

    private void appendJavaFlags(int f) {
        if ((f & I) != 0) {
            out.append((flags & A) != 0 ? "i" : "iu");
        }
        if ((f & M) != 0) {
            out.append('m');
        }
        if ((f & S) != 0) {
            out.append('s');
        }
    }

    static int flagBit(char c) {
        switch (c) {
            case 'a': return A;
            case 'i': return I;
            case 'L': return L;
            case 'm': return M;
            case 's': return S;
            case 'u': return U;
            case 'x': return X;
            default: return 0;
        }
    }

    private void checkName(String name, int pos) {
        if (name.isEmpty()) {
            throw new Error("missing group name", pos);
        }
        boolean ok = Character.isJavaIdentifierStart(name.codePointAt(0)) && name.charAt(0) != '$';
        for (int k = 1; ok && k < name.length(); k++) {
            ok = Character.isJavaIdentifierPart(name.charAt(k)) && name.charAt(k) != '$';
        }
        if (!ok) {
            throw new Error("bad character in group name '" + name + "'", pos);
        }
    }

    private void backref(int g, int pos) {
        if (g > groups) {
            throw new Error("invalid group reference " + g, pos);
        }
        if (!closed.get(g)) {
            throw new Error("cannot refer to an open group", pos - 1);
        }
        out.append("(?:\\").append(g).append(')');
    }

    private void appendCodePoint(int cp) {
        out.append("\\x{").append(Integer.toHexString(cp)).append('}');
    }

    private int hex(int from, int count, int errPos, String what) {
        if (from + count > n) {
            throw new Error("incomplete escape " + p.substring(errPos, n), errPos);
        }
        int v = 0;
        for (int k = from; k < from + count; k++) {
            int d = Character.digit(p.charAt(k), 16);
            if (d < 0 || p.charAt(k) > 127) {
                throw new Error("incomplete escape " + p.substring(errPos, k), errPos);
            }
            v = v * 16 + d;
        }
        return v;
    }

    /** Translates the escape at {@code i}; returns the index after it. */
    private int escape(int i, boolean inClass) {
        if (i + 1 >= n) {
            throw new Error("bad escape (end of pattern)", i);
        }
        char e = p.charAt(i + 1);
        switch (e) {
            case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
                out.append('\\').append(e);
                return i + 2;
            case 'b':
                out.append(inClass ? "\\x{8}" : "\\b");
                return i + 2;
            case 'B': case 'A':
                if (inClass) {
                    throw new Error("bad escape \\" + e, i);
                }
                out.append('\\').append(e);
                return i + 2;
            case 'Z':
                if (inClass) {
                    throw new Error("bad escape \\Z", i);
                }
                out.append("\\z");
                return i + 2;
            case 'a': appendCodePoint(7); return i + 2;
            case 'f': appendCodePoint(12); return i + 2;
            case 'n': appendCodePoint(10); return i + 2;
            case 'r': appendCodePoint(13); return i + 2;
            case 't': appendCodePoint(9); return i + 2;
            case 'v': appendCodePoint(11); return i + 2;
            case 'x':
                appendCodePoint(hex(i + 2, 2, i, "x"));
                return i + 4;
            case 'u':
                appendCodePoint(hex(i + 2, 4, i, "u"));
                return i + 6;
            case 'U': {
                int cp = hex(i + 2, 8, i, "U");
                if (cp > 0x10FFFF) {
                    throw new Error("bad escape \\U" + p.substring(i + 2, i + 10), i);
                }
                appendCodePoint(cp);
                return i + 10;
            }
            case 'N': {
                if (i + 2 >= n || p.charAt(i + 2) != '{') {
                    throw new Error("missing {", i + 2);
                }
                int close = p.indexOf('}', i + 3);
                if (close < 0) {
                    throw new Error("missing }, unterminated name", i + 3);
                }
                String name = p.substring(i + 3, close);
                int cp;
                try {
                    cp = Character.codePointOf(name);
                } catch (IllegalArgumentException ex) {
                    throw new Error("undefined character name '" + name + "'", i);
                }
                appendCodePoint(cp);
                return close + 1;
            }
            case '0': {
                int j = i + 2;
                int v = 0;
                while (j < n && j < i + 4 && p.charAt(j) >= '0' && p.charAt(j) <= '7') {
                    v = v * 8 + (p.charAt(j) - '0');
                    j++;
                }
                appendCodePoint(v);
                return j;
            }
            default:
        }
        if (e >= '1' && e <= '9') {
            int j = i + 1;
            // Three octal digits make an octal escape.
            if (i + 3 < n && isOct(e) && isOct(p.charAt(i + 2)) && isOct(p.charAt(i + 3))) {
                int v = (e - '0') * 64 + (p.charAt(i + 2) - '0') * 8 + (p.charAt(i + 3) - '0');
                if (v > 0377) {
                    throw new Error("octal escape value \\" + p.substring(i + 1, i + 4) + " outside of range 0-0o377", i);
                }
                appendCodePoint(v);
                return i + 4;
            }
            if (inClass) {
                throw new Error("bad escape \\" + e, i);
            }
            int g = e - '0';
            j = i + 2;
            if (j < n && p.charAt(j) >= '0' && p.charAt(j) <= '9') {
                g = g * 10 + (p.charAt(j) - '0');
                j++;
            }
            backref(g, i + 1);
            return j;
        }
        if (e < 128 && Character.isLetterOrDigit(e)) {
            throw new Error("bad escape \\" + e, i);
        }
        if (Character.isHighSurrogate(e) && i + 2 < n) {
            appendCodePoint(p.codePointAt(i + 1));
            return i + 3;
        }
        appendCodePoint(e);
        return i + 2;
    }

    private static boolean isOct(char c) {
        return c >= '0' && c <= '7';
    }

    private int charClass(int i) {
        int start = i;
        out.append('[');
        i++;
        if (i < n && p.charAt(i) == '^') {
            out.append('^');
            i++;
        }
        boolean first = true;
        while (true) {
            if (i >= n) {
                throw new Error("unterminated character set", start);
            }
            char c = p.charAt(i);
            if (c == ']' && !first) {
                out.append(']');
                return i + 1;
            }
            first = false;
            if (c == '\\') {
                i = escape(i, true);
                continue;
            }
            if (c == '[' || c == '&' || c == ']' || c == '^') {
                out.append('\\').append(c);
            } else if (c == '-' && i + 1 < n && p.charAt(i + 1) == ']') {
                out.append("\\-");
            } else {
                out.append(c);
            }
            i++;
        }
    }
}
