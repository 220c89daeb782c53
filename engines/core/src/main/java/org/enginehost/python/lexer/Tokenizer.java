package org.enginehost.python.lexer;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Python 3.11 tokenizer. Produces INDENT/DEDENT from an indentation stack, joins lines inside
 * brackets and after a backslash, and decodes literals. A lexical error ends the stream with an
 * ERROR token, so that earlier syntax errors are reported first, as CPython does.
 */
public final class Tokenizer {
    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=",
        "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=", "%", "&", "(", ")", "*", "+", ",", "-", ".", "/", ":",
        ";", "<", "=", ">", "@", "[", "]", "^", "{", "|", "}", "~",
    };
    private static final int TAB_SIZE = 8;

    private final String src;
    private final int n;
    private int pos;
    private int line = 1;
    private int lineStart;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    /** Indentation columns with a tab counted as one column, to detect inconsistent tabs (TabError). */
    private final Deque<Integer> altIndents = new ArrayDeque<>();
    /** Open brackets, as their tokens. */
    private final Deque<Token> brackets = new ArrayDeque<>();
    private boolean failed;

    private Tokenizer(String src) {
        this.src = src;
        this.n = src.length();
        indents.push(0);
        altIndents.push(0);
    }

    /** Tokenizes a whole source text. */
    public static List<Token> tokenize(String source) {
        Tokenizer t = new Tokenizer(source);
        t.run();
        return t.tokens;
    }

    /** The text of 1-based line {@code lineNo} of {@code source}, without its line break. */
    public static String lineText(String source, int lineNo) {
        int start = 0;
        for (int l = 1; l < lineNo; l++) {
            int nl = source.indexOf('\n', start);
            if (nl < 0) {
                return "";
            }
            start = nl + 1;
        }
        int end = source.indexOf('\n', start);
        String s = end < 0 ? source.substring(start) : source.substring(start, end);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private void add(TokenKind kind, String text, Object value, int startPos, int startLine, int flags) {
        int col = startLine == line ? startPos - lineStart : columnOf(startPos);
        tokens.add(new Token(kind, text, value, startLine, col, line, pos - lineStart, flags));
    }

    private int columnOf(int p) {
        int ls = src.lastIndexOf('\n', p - 1) + 1;
        return p - ls;
    }

    /** CPython's limits: nesting of brackets (MAXLEVEL) and of indentation (MAXINDENT). */
    private static final int MAX_BRACKETS = 200;
    private static final int MAX_INDENT = 100;

    private void error(String message, int errLine, int col, int flags) {
        tokens.add(new Token(TokenKind.ERROR, "", message, errLine, col, errLine, col + 1, flags));
        failed = true;
    }

    private void run() {
        boolean atLineStart = true;
        while (!failed) {
            if (atLineStart && brackets.isEmpty()) {
                if (!indentation()) {
                    break;
                }
                atLineStart = false;
                if (failed) {
                    return;
                }
            }
            skipSpaces();
            if (pos >= n) {
                break;
            }
            char c = src.charAt(pos);
            if (c == '#') {
                while (pos < n && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
                    pos++;
                }
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (brackets.isEmpty()) {
                    add(TokenKind.NEWLINE, "", null, pos, line, 0);
                    atLineStart = true;
                }
                newline();
                continue;
            }
            if (c == '\\') {
                int p = pos + 1;
                if (p < n && (src.charAt(p) == '\n' || src.charAt(p) == '\r')) {
                    pos = p;
                    newline();
                    if (pos >= n) {
                        error("unexpected EOF while parsing", line, 0, 0);
                        return;
                    }
                    continue;
                }
                error("unexpected character after line continuation character", line, pos - lineStart + 1, 0);
                return;
            }
            if (Character.isDigit(c) || (c == '.' && pos + 1 < n && Character.isDigit(src.charAt(pos + 1)))) {
                number();
            } else if (c == '"' || c == '\'') {
                string(pos, 0);
            } else if (Character.isJavaIdentifierStart(c) && c != '$') {
                name();
            } else {
                operator();
            }
        }
        if (failed) {
            return;
        }
        if (!brackets.isEmpty()) {
            Token open = brackets.peek();
            error("'" + open.text() + "' was never closed", open.line(), open.col(), 0);
            return;
        }
        if (!tokens.isEmpty()) {
            TokenKind last = tokens.get(tokens.size() - 1).kind();
            if (last != TokenKind.NEWLINE && last != TokenKind.DEDENT && last != TokenKind.INDENT) {
                add(TokenKind.NEWLINE, "", null, pos, line, 0);
            }
        }
        while (indents.peek() > 0) {
            indents.pop();
            tokens.add(new Token(TokenKind.DEDENT, "", null, line, 0, line, 0, 0));
        }
        tokens.add(new Token(TokenKind.ENDMARKER, "", null, line, 0, line, 0, 0));
    }

    private void newline() {
        if (src.charAt(pos) == '\r' && pos + 1 < n && src.charAt(pos + 1) == '\n') {
            pos++;
        }
        pos++;
        line++;
        lineStart = pos;
    }

    private void skipSpaces() {
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else {
                break;
            }
        }
    }

    /** Handles the indentation of a new logical line; false at end of input. */
    private boolean indentation() {
        while (true) {
            int col = 0;
            int alt = 0;
            int p = pos;
            while (p < n) {
                char c = src.charAt(p);
                if (c == ' ') {
                    col++;
                    alt++;
                } else if (c == '\t') {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    alt++;
                } else if (c == '\f') {
                    col = 0;
                    alt = 0;
                } else {
                    break;
                }
                p++;
            }
            if (p >= n) {
                pos = p;
                return false;
            }
            char c = src.charAt(p);
            if (c == '#' || c == '\n' || c == '\r') {
                pos = p;
                while (pos < n && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
                    pos++;
                }
                if (pos >= n) {
                    return false;
                }
                newline();
                continue;
            }
            pos = p;
            int top = indents.peek();
            if (col > top) {
                if (alt <= altIndents.peek()) {
                    tabError();
                    return true;
                }
                if (indents.size() >= MAX_INDENT) {
                    // CPython's limit (MAXINDENT); it also keeps the parser's recursion bounded
                    error("too many levels of indentation", line, -1, Token.INDENTATION_ERROR);
                    return true;
                }
                indents.push(col);
                altIndents.push(alt);
                tokens.add(new Token(TokenKind.INDENT, "", null, line, 0, line, col, 0));
            } else if (col < top) {
                while (col < indents.peek()) {
                    indents.pop();
                    altIndents.pop();
                    tokens.add(new Token(TokenKind.DEDENT, "", null, line, col, line, col, 0));
                }
                if (col != indents.peek()) {
                    error("unindent does not match any outer indentation level", line, pos - lineStart,
                            Token.INDENTATION_ERROR);
                } else if (alt != altIndents.peek()) {
                    tabError();
                }
            } else if (alt != altIndents.peek()) {
                tabError();
            }
            return true;
        }
    }

    private void tabError() {
        error("inconsistent use of tabs and spaces in indentation", line, pos - lineStart,
                Token.TAB_ERROR | Token.INDENTATION_ERROR);
    }

    private void name() {
        int start = pos;
        while (pos < n && (Character.isJavaIdentifierPart(src.charAt(pos)) && src.charAt(pos) != '$')) {
            pos++;
        }
        String word = src.substring(start, pos);
        if (pos < n && (src.charAt(pos) == '"' || src.charAt(pos) == '\'') && word.length() <= 2) {
            String w = word.toLowerCase(java.util.Locale.ROOT);
            int flags = -1;
            switch (w) {
                case "r": flags = Token.RAW; break;
                case "u": flags = 0; break;
                case "b": flags = Token.BYTES; break;
                case "f": flags = Token.FSTRING; break;
                case "br": case "rb": flags = Token.BYTES | Token.RAW; break;
                case "fr": case "rf": flags = Token.FSTRING | Token.RAW; break;
                default: break;
            }
            if (flags >= 0) {
                string(start, flags);
                return;
            }
        }
        add(TokenKind.NAME, word, null, start, line, 0);
    }

    private void operator() {
        int start = pos;
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                Token t = new Token(TokenKind.OP, op, null, line, start - lineStart, line, pos - lineStart, 0);
                if (op.equals("(") || op.equals("[") || op.equals("{")) {
                    if (brackets.size() >= MAX_BRACKETS) {
                        // CPython's limit (MAXLEVEL); it also keeps the parser's recursion bounded
                        error("too many nested parentheses", line, start - lineStart, 0);
                        return;
                    }
                    brackets.push(t);
                } else if (op.equals(")") || op.equals("]") || op.equals("}")) {
                    if (brackets.isEmpty()) {
                        error("unmatched '" + op + "'", line, start - lineStart, 0);
                        return;
                    }
                    Token open = brackets.pop();
                    String expected = open.text().equals("(") ? ")" : open.text().equals("[") ? "]" : "}";
                    if (!expected.equals(op)) {
                        String msg = "closing parenthesis '" + op + "' does not match opening parenthesis '"
                                + open.text() + "'";
                        if (open.line() != line) {
                            msg += " on line " + open.line();
                        }
                        error(msg, line, start - lineStart, 0);
                        return;
                    }
                }
                tokens.add(t);
                return;
            }
        }
        int cp = src.codePointAt(pos);
        if (cp < 128 && cp != '!') {
            error("invalid syntax", line, pos - lineStart, 0);
        } else if (cp == '!') {
            error("invalid syntax", line, pos - lineStart, 0);
        } else {
            error(String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp), line,
                    pos - lineStart, 0);
        }
    }

    private boolean digitRun(int radix) {
        // digits with single underscores between them; returns false on a misplaced underscore
        boolean any = false;
        while (pos < n) {
            char c = src.charAt(pos);
            if (Character.digit(c, radix) >= 0 && c < 128) {
                pos++;
                any = true;
            } else if (c == '_' && any && pos + 1 < n && Character.digit(src.charAt(pos + 1), radix) >= 0) {
                pos++;
            } else {
                break;
            }
        }
        return any;
    }

    private void number() {
        int start = pos;
        char c = src.charAt(pos);
        if (c == '0' && pos + 1 < n && "xXoObB".indexOf(src.charAt(pos + 1)) >= 0) {
            char p = Character.toLowerCase(src.charAt(pos + 1));
            int radix = p == 'x' ? 16 : p == 'o' ? 8 : 2;
            pos += 2;
            if (pos < n && src.charAt(pos) == '_') {
                pos++;
            }
            if (!digitRun(radix)) {
                String kind = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
                error("invalid " + kind + " literal", line, pos - lineStart, 0);
                return;
            }
            if (pos < n && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                String kind = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
                if (Character.isDigit(src.charAt(pos))) {
                    error("invalid digit '" + src.charAt(pos) + "' in " + kind + " literal", line, pos - lineStart, 0);
                } else {
                    error("invalid " + kind + " literal", line, pos - lineStart, 0);
                }
                return;
            }
            String digits = src.substring(start + 2, pos).replace("_", "");
            add(TokenKind.INT, src.substring(start, pos), intValue(new BigInteger(digits, radix)), start, line, 0);
            return;
        }
        boolean isFloat = false;
        digitRun(10);
        String intPart = src.substring(start, pos);
        if (pos < n && src.charAt(pos) == '.') {
            isFloat = true;
            pos++;
            digitRun(10);
        }
        if (pos < n && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < n && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                pos++;
            }
            if (!digitRun(10)) {
                pos = save;
            } else {
                isFloat = true;
            }
        }
        if (pos < n && (src.charAt(pos) == 'j' || src.charAt(pos) == 'J')) {
            pos++;
            String text = src.substring(start, pos);
            add(TokenKind.IMAGINARY, text, Double.parseDouble(text.substring(0, text.length() - 1).replace("_", "")),
                    start, line, 0);
            return;
        }
        if (pos < n && (Character.isJavaIdentifierPart(src.charAt(pos)) && src.charAt(pos) != '$')) {
            error("invalid decimal literal", line, pos - lineStart, 0);
            return;
        }
        String text = src.substring(start, pos);
        if (isFloat) {
            add(TokenKind.FLOAT, text, Double.parseDouble(text.replace("_", "")), start, line, 0);
            return;
        }
        String digits = intPart.replace("_", "");
        if (digits.length() > 1 && digits.charAt(0) == '0' && !digits.chars().allMatch(ch -> ch == '0')) {
            error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    line, start - lineStart, 0);
            return;
        }
        add(TokenKind.INT, text, intValue(new BigInteger(digits)), start, line, 0);
    }

    private static Object intValue(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    private void string(int start, int flags) {
        int startLine = line;
        int startCol = start - lineStart;
        char q = src.charAt(pos);
        boolean triple = pos + 2 < n && src.charAt(pos + 1) == q && src.charAt(pos + 2) == q;
        pos += triple ? 3 : 1;
        boolean raw = (flags & Token.RAW) != 0;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= n) {
                if (triple) {
                    int at = n > 0 && src.charAt(n - 1) == '\n' && line > startLine ? line - 1 : line;
                    error("unterminated triple-quoted string literal (detected at line " + at + ")", startLine,
                            startCol, 0);
                } else {
                    error("unterminated string literal (detected at line " + line + ")", startLine, startCol, 0);
                }
                return;
            }
            char c = src.charAt(pos);
            if (c == q) {
                if (!triple) {
                    pos++;
                    break;
                }
                if (pos + 2 < n && src.charAt(pos + 1) == q && src.charAt(pos + 2) == q) {
                    pos += 3;
                    break;
                }
                sb.append(c);
                pos++;
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (!triple) {
                    error("unterminated string literal (detected at line " + line + ")", startLine, startCol, 0);
                    return;
                }
                sb.append('\n');
                newline();
                continue;
            }
            if (c == '\\' && pos + 1 < n) {
                char e = src.charAt(pos + 1);
                if (raw || (flags & Token.FSTRING) != 0) {
                    // keep the backslash; in f-strings the parser decodes escapes per literal part
                    sb.append(c);
                    if (e == '\n' || e == '\r') {
                        pos++;
                        sb.append('\n');
                        newline();
                    } else {
                        sb.append(e);
                        pos += 2;
                    }
                    continue;
                }
                if (e == '\n' || e == '\r') {
                    pos++;
                    newline();
                    continue;
                }
                pos += 2;
                if (!escape(e, sb, (flags & Token.BYTES) != 0, startLine, startCol)) {
                    return;
                }
                continue;
            }
            sb.append(c);
            pos++;
        }
        tokens.add(new Token(TokenKind.STRING, src.substring(start, pos), sb.toString(), startLine, startCol, line,
                pos - lineStart, flags));
    }

    /** Decodes the escape after a backslash; {@code pos} is after the escape letter. */
    private boolean escape(char e, StringBuilder sb, boolean bytes, int startLine, int startCol) {
        switch (e) {
            case '\\': sb.append('\\'); return true;
            case '\'': sb.append('\''); return true;
            case '"': sb.append('"'); return true;
            case 'a': sb.append('\u0007'); return true;
            case 'b': sb.append('\b'); return true;
            case 'f': sb.append('\f'); return true;
            case 'n': sb.append('\n'); return true;
            case 'r': sb.append('\r'); return true;
            case 't': sb.append('\t'); return true;
            case 'v': sb.append('\u000b'); return true;
            case 'x': return hexEscape(2, sb, "\\xXX", bytes, startLine, startCol);
            case 'u':
                if (bytes) {
                    break;
                }
                return hexEscape(4, sb, "\\uXXXX", false, startLine, startCol);
            case 'U':
                if (bytes) {
                    break;
                }
                return hexEscape(8, sb, "\\UXXXXXXXX", false, startLine, startCol);
            case 'N':
                if (bytes) {
                    break;
                }
                if (pos < n && src.charAt(pos) == '{') {
                    int close = src.indexOf('}', pos);
                    if (close > 0) {
                        try {
                            sb.appendCodePoint(Character.codePointOf(src.substring(pos + 1, close)));
                            pos = close + 1;
                            return true;
                        } catch (IllegalArgumentException ex) {
                            // fall through to the error below
                        }
                    }
                }
                error("(unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name",
                        startLine, startCol, 0);
                return false;
            default:
                if (e >= '0' && e <= '7') {
                    int v = e - '0';
                    for (int i = 0; i < 2 && pos < n && src.charAt(pos) >= '0' && src.charAt(pos) <= '7'; i++) {
                        v = v * 8 + (src.charAt(pos++) - '0');
                    }
                    sb.append((char) v);
                    return true;
                }
                break;
        }
        sb.append('\\').append(e);
        return true;
    }

    private boolean hexEscape(int digits, StringBuilder sb, String form, boolean bytes, int startLine, int startCol) {
        int v = 0;
        for (int i = 0; i < digits; i++) {
            int d = pos < n && src.charAt(pos) < 128 ? Character.digit(src.charAt(pos), 16) : -1; // ASCII digits only
            if (d < 0) {
                String codec = bytes ? "(value error) invalid \\x escape at position 0"
                        : "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-" + (i + 1)
                        + ": truncated " + form + " escape";
                error(codec, startLine, startCol, 0);
                return false;
            }
            v = v * 16 + d;
            pos++;
        }
        if (Integer.compareUnsigned(v, 0x10FFFF) > 0) { // eight digits may overflow an int
            error("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character",
                    startLine, startCol, 0);
            return false;
        }
        sb.appendCodePoint(v);
        return true;
    }
}
