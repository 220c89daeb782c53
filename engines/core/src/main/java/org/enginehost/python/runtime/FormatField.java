package org.enginehost.python.runtime;

/**
 * One replacement field of a format string ({@code str.format}, {@code string.Formatter}): its
 * name, its conversion character (0 for none) and its spec, and the index just after its '}'.
 *
 * @param name the field name, with any attribute and index parts
 * @param conversion the character after '!', or 0
 * @param spec the format spec, with any nested fields still in it
 * @param end the index after the field's closing brace
 */
public record FormatField(String name, char conversion, String spec, int end) {
    /**
     * Reads the replacement field starting at {@code start} (just after its '{') the way CPython's
     * parse_field does, so that malformed fields get CPython's error: the name ends at '}', ':'
     * or '!' (a '[' index is skipped whole); after '!' the next character is the conversion,
     * whatever it is, and must be followed by '}' or ':'; braces in the spec nest.
     */
    public static FormatField parse(String s, int start) {
        int n = s.length();
        int k = start;
        char c = 0;
        while (k < n) {
            c = s.charAt(k++);
            if (c == '{') {
                throw PyErr.valueError("unexpected '{' in field name");
            }
            if (c == '[') {
                while (k < n && s.charAt(k) != ']') {
                    k++;
                }
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        String name = s.substring(start, Math.max(start, k - 1));
        if (c != '!' && c != ':') {
            if (c != '}') {
                throw PyErr.valueError("expected '}' before end of string");
            }
            return new FormatField(name, (char) 0, "", k);
        }
        char conversion = 0;
        if (c == '!') {
            if (k >= n) {
                throw PyErr.valueError("end of string while looking for conversion specifier");
            }
            conversion = s.charAt(k++);
            if (k < n) {
                char d = s.charAt(k++);
                if (d == '}') {
                    return new FormatField(name, conversion, "", k);
                }
                if (d != ':') {
                    throw PyErr.valueError("expected ':' after conversion specifier");
                }
            }
        }
        int specStart = k;
        int level = 1;
        while (k < n) {
            char d = s.charAt(k++);
            if (d == '{') {
                level++;
            } else if (d == '}' && --level == 0) {
                return new FormatField(name, conversion, s.substring(specStart, k - 1), k);
            }
        }
        throw PyErr.valueError("unmatched '{' in format spec");
    }
}
