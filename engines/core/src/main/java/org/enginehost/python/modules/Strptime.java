package org.enginehost.python.modules;

import java.time.LocalDate;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;

/** {@code time.strptime} for the common directives, C locale. */
final class Strptime {
    private Strptime() {
    }

    static PyStructSeq parse(String s, String fmt) {
        int[] v = {1900, 1, 1, 0, 0, 0};
        int yday = -1;
        int hour12 = -1;
        int ampm = -1;
        int pos = 0;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) {
                if (Character.isWhitespace(c)) {
                    while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                        pos++;
                    }
                    continue;
                }
                if (pos >= s.length() || s.charAt(pos) != c) {
                    throw mismatch(s, fmt);
                }
                pos++;
                continue;
            }
            char d = fmt.charAt(++i);
            int[] r;
            switch (d) {
                case 'Y': r = digits(s, pos, 4, s, fmt); v[0] = r[0]; pos = r[1]; break;
                case 'y': r = digits(s, pos, 2, s, fmt); v[0] = r[0] < 69 ? 2000 + r[0] : 1900 + r[0]; pos = r[1];
                    break;
                case 'm': r = digits(s, pos, 2, s, fmt); v[1] = r[0]; pos = r[1]; break;
                case 'd': r = digits(s, pos, 2, s, fmt); v[2] = r[0]; pos = r[1]; break;
                case 'H': r = digits(s, pos, 2, s, fmt); v[3] = r[0]; pos = r[1]; break;
                case 'I': r = digits(s, pos, 2, s, fmt); hour12 = r[0]; pos = r[1]; break;
                case 'M': r = digits(s, pos, 2, s, fmt); v[4] = r[0]; pos = r[1]; break;
                case 'S': r = digits(s, pos, 2, s, fmt); v[5] = r[0]; pos = r[1]; break;
                case 'j': r = digits(s, pos, 3, s, fmt); yday = r[0]; pos = r[1]; break;
                case 'f': r = digits(s, pos, 6, s, fmt); pos = r[1]; break;
                case 'p': {
                    String w = s.substring(pos, Math.min(s.length(), pos + 2)).toUpperCase();
                    if (!w.equals("AM") && !w.equals("PM")) {
                        throw mismatch(s, fmt);
                    }
                    ampm = w.equals("PM") ? 1 : 0;
                    pos += 2;
                    break;
                }
                case 'b': case 'B': case 'h': {
                    int[] m = name(s, pos, TimeModule.MONTHS, s, fmt);
                    v[1] = m[0] + 1;
                    pos = m[1];
                    break;
                }
                case 'a': case 'A':
                    pos = name(s, pos, TimeModule.DAYS, s, fmt)[1];
                    break;
                case '%':
                    if (pos >= s.length() || s.charAt(pos) != '%') {
                        throw mismatch(s, fmt);
                    }
                    pos++;
                    break;
                default:
                    throw PyErr.valueError("'" + d + "' is a bad directive in format '%" + d + "'");
            }
        }
        if (pos < s.length()) {
            throw PyErr.valueError("unconverted data remains: " + s.substring(pos));
        }
        if (hour12 >= 0) {
            v[3] = hour12 % 12 + (ampm == 1 ? 12 : 0);
        } else if (ampm == 1 && v[3] < 12) {
            v[3] += 12;
        }
        LocalDate date;
        try {
            date = yday > 0 ? LocalDate.ofYearDay(v[0], yday) : LocalDate.of(v[0], v[1], v[2]);
        } catch (java.time.DateTimeException e) {
            throw PyErr.valueError("day is out of range for month");
        }
        return TimeModule.make(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), v[3], v[4], v[5],
                date.getDayOfWeek().getValue() - 1, date.getDayOfYear(), -1, null, 0);
    }

    private static int[] digits(String s, int pos, int max, String str, String fmt) {
        int end = pos;
        while (end < s.length() && end - pos < max && Character.isDigit(s.charAt(end))) {
            end++;
        }
        if (end == pos) {
            throw mismatch(str, fmt);
        }
        return new int[] {Integer.parseInt(s.substring(pos, end)), end};
    }

    private static int[] name(String s, int pos, String[] names, String str, String fmt) {
        for (int i = 0; i < names.length; i++) {
            String full = names[i];
            if (s.regionMatches(true, pos, full, 0, full.length())) {
                return new int[] {i, pos + full.length()};
            }
            if (s.regionMatches(true, pos, full, 0, 3)) {
                return new int[] {i, pos + 3};
            }
        }
        throw mismatch(str, fmt);
    }

    private static PyException mismatch(String s, String fmt) {
        return PyErr.valueError("time data '" + s + "' does not match format '" + fmt + "'");
    }
}
