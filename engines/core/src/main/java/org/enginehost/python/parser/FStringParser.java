package org.enginehost.python.parser;

import java.util.ArrayList;
import java.util.List;
import org.enginehost.python.ast.Expr;
import org.enginehost.python.lexer.Token;
import org.enginehost.python.lexer.Tokenizer;

/** Splits an f-string token into constant parts and formatted expressions. */
final class FStringParser {
    private final String body;
    private final boolean raw;
    private final Token tok;
    private final String filename;
    private final String source;
    private int i;

    private FStringParser(Token tok, boolean raw, String filename, String source) {
        this.body = (String) tok.value();
        this.raw = raw;
        this.tok = tok;
        this.filename = filename;
        this.source = source;
    }

    static void parse(Token tok, boolean raw, List<Expr> parts, String filename, String source) {
        new FStringParser(tok, raw, filename, source).parseInto(parts, false);
    }

    private SyntaxErrorException error(String msg) {
        return new SyntaxErrorException("SyntaxError", msg, filename, tok.line(), tok.col() + 1,
                Tokenizer.lineText(source, tok.line()));
    }

    /** Parses until the end (or, inside a format spec, until the closing brace). */
    private void parseInto(List<Expr> parts, boolean inSpec) {
        StringBuilder lit = new StringBuilder();
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '{') {
                if (!inSpec && i + 1 < body.length() && body.charAt(i + 1) == '{') {
                    lit.append('{');
                    i += 2;
                    continue;
                }
                flush(lit, parts);
                parts.add(field());
            } else if (c == '}') {
                if (inSpec) {
                    break;
                }
                if (i + 1 < body.length() && body.charAt(i + 1) == '}') {
                    lit.append('}');
                    i += 2;
                    continue;
                }
                throw error("f-string: single '}' is not allowed");
            } else {
                lit.append(c);
                i++;
            }
        }
        flush(lit, parts);
    }

    private void flush(StringBuilder lit, List<Expr> parts) {
        if (lit.length() > 0) {
            String text;
            try {
                text = raw ? lit.toString() : decode(lit.toString());
            } catch (IllegalArgumentException badEscape) {
                throw error(badEscape.getMessage());
            }
            parts.add(new Expr.Constant(text, tok.line(), tok.col()));
            lit.setLength(0);
        }
    }

    private Expr field() {
        i++; // '{'
        int start = i;
        int depth = 0;
        char quote = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '}' || c == ':'
                    || (c == '!' && (i + 1 >= body.length() || body.charAt(i + 1) != '=')))) {
                break;
            }
            i++;
        }
        if (i >= body.length()) {
            throw error("f-string: expecting '}'");
        }
        String exprText = body.substring(start, i);
        String original = exprText;
        if (exprText.isBlank()) {
            throw error("f-string: empty expression not allowed");
        }
        List<Expr> selfDoc = null;
        String trimmed = exprText.stripTrailing();
        int conversion = -1;
        if (trimmed.endsWith("=") && !trimmed.endsWith("==") && !trimmed.endsWith("!=") && !trimmed.endsWith("<=")
                && !trimmed.endsWith(">=")) {
            selfDoc = new ArrayList<>();
            exprText = trimmed.substring(0, trimmed.length() - 1);
            conversion = 'r';
        }
        Expr value = Parser.parseEmbedded(exprText, filename, source, tok.line());
        boolean explicitConversion = false;
        if (body.charAt(i) == '!') {
            explicitConversion = true;
            if (i + 1 >= body.length() || "sra".indexOf(body.charAt(i + 1)) < 0) {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = body.charAt(i + 1);
            i += 2;
        }
        Expr spec = null;
        if (i < body.length() && body.charAt(i) == ':') {
            i++;
            List<Expr> specParts = new ArrayList<>();
            parseInto(specParts, true);
            spec = new Expr.JoinedStr(specParts, tok.line(), tok.col());
            if (selfDoc != null && !explicitConversion) {
                conversion = -1;
            }
        }
        if (i >= body.length() || body.charAt(i) != '}') {
            throw error("f-string: expecting '}'");
        }
        i++;
        Expr fv = new Expr.FormattedValue(value, conversion, spec, value.line(), value.col());
        if (selfDoc != null) {
            List<Expr> both = new ArrayList<>();
            both.add(new Expr.Constant(original, tok.line(), tok.col()));
            both.add(fv);
            return new Expr.JoinedStr(both, tok.line(), tok.col());
        }
        return fv;
    }

    /**
     * Decodes backslash escapes of a non-raw literal part; a truncated or out-of-range hex escape
     * (backslash x, u or U) is an IllegalArgumentException with CPython's message.
     */
    static String decode(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c != '\\' || k + 1 >= s.length()) {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++k);
            switch (e) {
                case 'n': sb.append('\n'); break;
                case 't': sb.append('\t'); break;
                case 'r': sb.append('\r'); break;
                case '\\': sb.append('\\'); break;
                case '\'': sb.append('\''); break;
                case '"': sb.append('"'); break;
                case 'a': sb.append('\u0007'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'v': sb.append('\u000b'); break;
                case '\n': break;
                case 'x': case 'u': case 'U': {
                    int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int at = k - 1;
                    int v = 0;
                    for (int d = 0; d < len; d++) {
                        int digit = k + 1 < s.length() && s.charAt(k + 1) < 128 ? Character.digit(s.charAt(k + 1), 16) : -1;
                        if (digit < 0) {
                            String form = e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                            throw new IllegalArgumentException("(unicode error) 'unicodeescape' codec can't decode "
                                    + "bytes in position " + at + "-" + (at + d + 1) + ": truncated " + form + " escape");
                        }
                        v = v * 16 + digit;
                        k++;
                    }
                    if (Integer.compareUnsigned(v, 0x10FFFF) > 0) { // eight digits may overflow an int
                        throw new IllegalArgumentException("(unicode error) 'unicodeescape' codec can't decode bytes "
                                + "in position " + at + "-" + (at + 9) + ": illegal Unicode character");
                    }
                    sb.appendCodePoint(v);
                    break;
                }
                default:
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        for (int d = 0; d < 2 && k + 1 < s.length() && s.charAt(k + 1) >= '0' && s.charAt(k + 1) <= '7'; d++) {
                            v = v * 8 + (s.charAt(++k) - '0');
                        }
                        sb.append((char) v);
                    } else {
                        sb.append('\\').append(e);
                    }
            }
        }
        return sb.toString();
    }
}
