package org.enginehost.python.runtime;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * The text codecs behind {@code str.encode} and {@code bytes.decode}: utf-8, ascii, latin-1,
 * utf-16 and utf-32 (with -le/-be forms), with the error handlers strict, ignore, replace,
 * backslashreplace and xmlcharrefreplace (the last for encoding only), and CPython's messages.
 */
public final class Codecs {
    private Codecs() {
    }

    /** CPython's normalised codec name, or null when unknown. */
    static String normalize(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        switch (e) {
            case "utf-8": case "utf8": case "u8": case "utf": case "cp65001": return "utf-8";
            case "ascii": case "us-ascii": case "646": case "us": return "ascii";
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "8859": case "cp819":
            case "l1": case "latin": case "iso-ir-100": return "latin-1";
            case "utf-16": case "utf16": return "utf-16";
            case "utf-16-le": case "utf-16le": return "utf-16-le";
            case "utf-16-be": case "utf-16be": return "utf-16-be";
            case "utf-32": case "utf32": return "utf-32";
            case "utf-32-le": case "utf-32le": return "utf-32-le";
            case "utf-32-be": case "utf-32be": return "utf-32-be";
            default: return null;
        }
    }

    private static PyException unknown(String encoding) {
        return PyErr.format(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
    }

    private static void checkErrors(String errors) {
        switch (errors) {
            case "strict": case "ignore": case "replace": case "backslashreplace": case "xmlcharrefreplace":
            case "surrogateescape": case "surrogatepass":
                return;
            default:
                throw PyErr.format(ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
        }
    }

    // ---------------------------------------------------------------- encoding

    private static String escape(int c) {
        return c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c)
                : String.format("\\U%08x", c);
    }

    public static byte[] encode(String s, String encoding, String errors) {
        String enc = normalize(encoding);
        if (enc == null) {
            throw unknown(encoding);
        }
        int n = s.length();
        ByteArrayOutputStream out = new ByteArrayOutputStream(n + 8);
        if (enc.equals("utf-16")) {
            out.write(0xff);
            out.write(0xfe);
            enc = "utf-16-le";
        } else if (enc.equals("utf-32")) {
            out.write(0xff);
            out.write(0xfe);
            out.write(0);
            out.write(0);
            enc = "utf-32-le";
        }
        int limit = enc.equals("ascii") ? 0x80 : enc.equals("latin-1") ? 0x100 : 0x110000;
        int cpIndex = 0;
        for (int i = 0; i < n; ) {
            int c = s.codePointAt(i);
            int cc = Character.charCount(c);
            boolean bad = c >= limit || (Character.isSurrogate((char) c) && c < 0x10000);
            if (bad) {
                // collect the run of unencodable characters, as CPython reports it
                int j = i + cc;
                int endCp = cpIndex + 1;
                while (j < n) {
                    int d = s.codePointAt(j);
                    if (!(d >= limit || (Character.isSurrogate((char) d) && d < 0x10000))) {
                        break;
                    }
                    j += Character.charCount(d);
                    endCp++;
                }
                switch (errors) {
                    case "strict":
                    case "surrogateescape":
                    case "surrogatepass": {
                        String reason = limit == 0x80 ? "ordinal not in range(128)"
                                : limit == 0x100 ? "ordinal not in range(256)" : "surrogates not allowed";
                        String where = endCp - cpIndex == 1 ? "character '" + escape(c) + "' in position " + cpIndex
                                : "characters in position " + cpIndex + "-" + (endCp - 1);
                        throw PyErr.format(ExceptionTypes.UNICODE_ENCODE_ERROR,
                                "'" + enc + "' codec can't encode " + where + ": " + reason);
                    }
                    case "ignore":
                        break;
                    case "replace":
                        for (int k = cpIndex; k < endCp; k++) {
                            put(out, '?', enc);
                        }
                        break;
                    case "backslashreplace":
                    case "xmlcharrefreplace":
                        for (int k = i; k < j; ) {
                            int d = s.codePointAt(k);
                            k += Character.charCount(d);
                            String r;
                            if (errors.equals("xmlcharrefreplace")) {
                                r = "&#" + d + ";";
                            } else if (d < 0x100) {
                                r = String.format("\\x%02x", d);
                            } else if (d < 0x10000) {
                                r = String.format("\\u%04x", d);
                            } else {
                                r = String.format("\\U%08x", d);
                            }
                            for (int q = 0; q < r.length(); q++) {
                                put(out, r.charAt(q), enc);
                            }
                        }
                        break;
                    default:
                        checkErrors(errors);
                }
                i = j;
                cpIndex = endCp;
                continue;
            }
            put(out, c, enc);
            i += cc;
            cpIndex++;
        }
        return out.toByteArray();
    }

    private static void put(ByteArrayOutputStream out, int c, String enc) {
        switch (enc) {
            case "ascii":
            case "latin-1":
                out.write(c);
                return;
            case "utf-8":
                if (c < 0x80) {
                    out.write(c);
                } else if (c < 0x800) {
                    out.write(0xc0 | (c >> 6));
                    out.write(0x80 | (c & 0x3f));
                } else if (c < 0x10000) {
                    out.write(0xe0 | (c >> 12));
                    out.write(0x80 | ((c >> 6) & 0x3f));
                    out.write(0x80 | (c & 0x3f));
                } else {
                    out.write(0xf0 | (c >> 18));
                    out.write(0x80 | ((c >> 12) & 0x3f));
                    out.write(0x80 | ((c >> 6) & 0x3f));
                    out.write(0x80 | (c & 0x3f));
                }
                return;
            case "utf-16-le":
            case "utf-16-be": {
                boolean le = enc.endsWith("le");
                if (c >= 0x10000) {
                    put16(out, Character.highSurrogate(c), le);
                    put16(out, Character.lowSurrogate(c), le);
                } else {
                    put16(out, c, le);
                }
                return;
            }
            default: {
                boolean le = enc.endsWith("le");
                if (le) {
                    out.write(c & 0xff);
                    out.write((c >> 8) & 0xff);
                    out.write((c >> 16) & 0xff);
                    out.write(0);
                } else {
                    out.write(0);
                    out.write((c >> 16) & 0xff);
                    out.write((c >> 8) & 0xff);
                    out.write(c & 0xff);
                }
            }
        }
    }

    private static void put16(ByteArrayOutputStream out, int u, boolean le) {
        if (le) {
            out.write(u & 0xff);
            out.write(u >> 8);
        } else {
            out.write(u >> 8);
            out.write(u & 0xff);
        }
    }

    // ---------------------------------------------------------------- decoding

    public static String decode(byte[] b, int len, String encoding, String errors) {
        String enc = normalize(encoding);
        if (enc == null) {
            throw unknown(encoding);
        }
        switch (enc) {
            case "latin-1": {
                char[] cs = new char[len];
                for (int i = 0; i < len; i++) {
                    cs[i] = (char) (b[i] & 0xff);
                }
                return new String(cs);
            }
            case "ascii": {
                StringBuilder sb = new StringBuilder(len);
                for (int i = 0; i < len; i++) {
                    int c = b[i] & 0xff;
                    if (c < 0x80) {
                        sb.append((char) c);
                    } else {
                        decodeError(sb, enc, b, i, i + 1, "ordinal not in range(128)", errors);
                    }
                }
                return sb.toString();
            }
            case "utf-8":
                return decodeUtf8(b, len, errors);
            default:
                return decodeWide(b, len, enc, errors);
        }
    }

    private static void decodeError(StringBuilder sb, String enc, byte[] b, int start, int end, String reason,
                                    String errors) {
        switch (errors) {
            case "strict": {
                String where = end - start == 1 ? "byte 0x" + String.format("%02x", b[start] & 0xff) + " in position " + start
                        : "bytes in position " + start + "-" + (end - 1);
                throw PyErr.format(ExceptionTypes.UNICODE_DECODE_ERROR,
                        "'" + enc + "' codec can't decode " + where + ": " + reason);
            }
            case "ignore":
                return;
            case "replace":
                sb.append('\ufffd');
                return;
            case "backslashreplace":
                for (int i = start; i < end; i++) {
                    sb.append(String.format("\\x%02x", b[i] & 0xff));
                }
                return;
            case "surrogateescape":
                for (int i = start; i < end; i++) {
                    sb.append((char) (0xdc00 + (b[i] & 0xff)));
                }
                return;
            default:
                checkErrors(errors);
                throw PyErr.format(ExceptionTypes.UNICODE_DECODE_ERROR, "'" + enc + "' codec can't decode bytes");
        }
    }

    private static String decodeUtf8(byte[] b, int len, String errors) {
        StringBuilder sb = new StringBuilder(len);
        int i = 0;
        while (i < len) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int need;
            int min;
            int cp;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                cp = c & 0x1f;
                min = 0x80;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                cp = c & 0x0f;
                min = 0x800;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                cp = c & 0x07;
                min = 0x10000;
            } else {
                decodeError(sb, "utf-8", b, i, i + 1, "invalid start byte", errors);
                i++;
                continue;
            }
            int j = i + 1;
            boolean ok = true;
            for (int k = 0; k < need; k++, j++) {
                if (j >= len) {
                    decodeError(sb, "utf-8", b, i, j, "unexpected end of data", errors);
                    return sb.toString();
                }
                int d = b[j] & 0xff;
                boolean valid = (d & 0xc0) == 0x80;
                if (valid && k == 0) {
                    // second-byte ranges that exclude overlongs, surrogates and > U+10FFFF
                    if (c == 0xe0 && d < 0xa0 || c == 0xed && d > 0x9f || c == 0xf0 && d < 0x90 || c == 0xf4 && d > 0x8f) {
                        valid = false;
                    }
                }
                if (!valid) {
                    decodeError(sb, "utf-8", b, i, j, "invalid continuation byte", errors);
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (d & 0x3f);
            }
            if (!ok) {
                i = j;
                continue;
            }
            if (cp < min) {
                decodeError(sb, "utf-8", b, i, j, "invalid start byte", errors);
            } else {
                sb.appendCodePoint(cp);
            }
            i = j;
        }
        return sb.toString();
    }

    private static String decodeWide(byte[] b, int len, String enc, String errors) {
        boolean wide32 = enc.startsWith("utf-32");
        int unit = wide32 ? 4 : 2;
        int i = 0;
        boolean le = true;
        if (enc.endsWith("-be")) {
            le = false;
        } else if (!enc.endsWith("-le")) {
            if (wide32 && len >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) {
                i = 4;
            } else if (wide32 && len >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
                i = 4;
                le = false;
            } else if (!wide32 && len >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
                i = 2;
            } else if (!wide32 && len >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
                i = 2;
                le = false;
            }
        }
        StringBuilder sb = new StringBuilder(len / unit);
        while (i < len) {
            if (i + unit > len) {
                decodeError(sb, enc, b, i, len, "truncated data", errors);
                break;
            }
            int v = 0;
            for (int k = 0; k < unit; k++) {
                int x = b[le ? i + unit - 1 - k : i + k] & 0xff;
                v = (v << 8) | x;
            }
            if (wide32 && (v > 0x10FFFF || v < 0)) {
                decodeError(sb, enc, b, i, i + 4, "code point not in range(0x110000)", errors);
            } else if (wide32) {
                sb.appendCodePoint(v);
            } else {
                sb.append((char) v);
            }
            i += unit;
        }
        return sb.toString();
    }
}
