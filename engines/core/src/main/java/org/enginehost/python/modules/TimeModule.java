package org.enginehost.python.modules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyFloat;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.ThreadState;

/** The {@code time} module: clocks, sleep, struct_time conversions, strftime/strptime (C locale). */
public final class TimeModule {
    private TimeModule() {
    }

    static final PyStructSeq.Kind STRUCT_TIME = new PyStructSeq.Kind("time", "struct_time", 9, "tm_year", "tm_mon",
            "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff");
    static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final long START = System.nanoTime();

    public static PyModule create() {
        PyModule m = new PyModule("time", null);
        m.define("struct_time", STRUCT_TIME.type());
        m.defineFunction("time", (a, k) -> {
            PyBuiltinFunction.checkArgs("time", a, k, 0, 0);
            Instant now = Instant.now();
            return new PyFloat(now.getEpochSecond() + now.getNano() / 1e9);
        });
        m.defineFunction("time_ns", (a, k) -> {
            Instant now = Instant.now();
            return PyInt.of(now.getEpochSecond() * 1_000_000_000L + now.getNano());
        });
        PyBuiltinFunction.Body mono = (a, k) -> new PyFloat((System.nanoTime() - START) / 1e9);
        PyBuiltinFunction.Body monoNs = (a, k) -> PyInt.of(System.nanoTime() - START);
        m.defineFunction("monotonic", mono);
        m.defineFunction("perf_counter", mono);
        m.defineFunction("monotonic_ns", monoNs);
        m.defineFunction("perf_counter_ns", monoNs);
        m.defineFunction("process_time", (a, k) -> new PyFloat(cpuNanos() / 1e9));
        m.defineFunction("process_time_ns", (a, k) -> PyInt.of(cpuNanos()));
        m.defineFunction("thread_time", (a, k) -> new PyFloat(cpuNanos() / 1e9));
        m.defineFunction("sleep", (a, k) -> {
            PyBuiltinFunction.checkArgs("sleep", a, k, 1, 1);
            if (!(a[0] instanceof PyInt || a[0] instanceof PyFloat)) {
                throw PyErr.typeError("'" + a[0].getType().name + "' object cannot be interpreted as an integer");
            }
            double secs = Args.toDouble(a[0]);
            if (Double.isNaN(secs)) {
                throw PyErr.valueError("Invalid value NaN (not a number)");
            }
            if (secs < 0) {
                throw PyErr.valueError("sleep length must be non-negative");
            }
            sleep(secs);
            return PyNone.NONE;
        });
        m.defineFunction("gmtime", (a, k) -> {
            PyBuiltinFunction.checkArgs("gmtime", a, k, 0, 1);
            return structTime(seconds(a), ZoneOffset.UTC);
        });
        m.defineFunction("localtime", (a, k) -> {
            PyBuiltinFunction.checkArgs("localtime", a, k, 0, 1);
            return structTime(seconds(a), ZoneId.systemDefault());
        });
        m.defineFunction("mktime", (a, k) -> {
            PyBuiltinFunction.checkArgs("mktime", a, k, 1, 1);
            int[] f = fields(a[0], "mktime");
            LocalDateTime ldt = LocalDateTime.of(f[0], 1, 1, 0, 0).plusMonths(f[1] - 1).plusDays(f[2] - 1)
                    .plusHours(f[3]).plusMinutes(f[4]).plusSeconds(f[5]);
            return new PyFloat(ldt.atZone(ZoneId.systemDefault()).toEpochSecond());
        });
        m.defineFunction("asctime", (a, k) -> {
            PyBuiltinFunction.checkArgs("asctime", a, k, 0, 1);
            int[] f = a.length == 0 ? fields(structTime(nowSeconds(), ZoneId.systemDefault()), "asctime")
                    : fields(a[0], "asctime");
            return new PyStr(asctime(f));
        });
        m.defineFunction("ctime", (a, k) -> {
            PyBuiltinFunction.checkArgs("ctime", a, k, 0, 1);
            return new PyStr(asctime(fields(structTime(seconds(a), ZoneId.systemDefault()), "ctime")));
        });
        m.defineFunction("strftime", (a, k) -> {
            PyBuiltinFunction.checkArgs("strftime", a, k, 1, 2);
            if (!(a[0] instanceof PyStr)) {
                throw PyErr.typeError("strftime() argument 1 must be str, not " + a[0].getType().name);
            }
            PyObject t = a.length > 1 ? a[1] : structTime(nowSeconds(), ZoneId.systemDefault());
            String zone = t instanceof PyStructSeq && ((PyStructSeq) t).field(9) instanceof PyStr
                    ? ((PyStr) ((PyStructSeq) t).field(9)).value : "UTC";
            return new PyStr(strftime(((PyStr) a[0]).value, fields(t, "strftime"), zone));
        });
        m.defineFunction("strptime", (a, k) -> {
            PyBuiltinFunction.checkArgs("strptime", a, k, 1, 2);
            String fmt = a.length > 1 ? ((PyStr) a[1]).value : "%a %b %d %H:%M:%S %Y";
            return Strptime.parse(((PyStr) a[0]).value, fmt);
        });
        ZonedDateTime now = ZonedDateTime.now();
        int off = now.getOffset().getTotalSeconds();
        m.define("timezone", PyInt.of(-off));
        m.define("altzone", PyInt.of(-off));
        m.define("daylight", PyInt.of(0));
        String zn = now.getZone().getDisplayName(TextStyle.SHORT, Locale.ROOT);
        m.define("tzname", PyTuple.of(new PyStr(zn), new PyStr(zn)));
        return m;
    }

    private static long cpuNanos() {
        java.lang.management.ThreadMXBean b = java.lang.management.ManagementFactory.getThreadMXBean();
        return b.isCurrentThreadCpuTimeSupported() ? b.getCurrentThreadCpuTime() : System.nanoTime() - START;
    }

    private static void sleep(double secs) {
        long end = System.nanoTime() + (long) (secs * 1e9);
        ThreadState ts = ThreadState.current();
        while (true) {
            if (ts != null) {
                ts.checkCancelled();
            }
            long left = end - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                long chunk = Math.min(left, 20_000_000L);
                Thread.sleep(chunk / 1_000_000L, (int) (chunk % 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static double nowSeconds() {
        Instant now = Instant.now();
        return now.getEpochSecond() + now.getNano() / 1e9;
    }

    private static double seconds(PyObject[] a) {
        if (a.length == 0 || a[0] == PyNone.NONE) {
            return nowSeconds();
        }
        if (!(a[0] instanceof PyInt || a[0] instanceof PyFloat)) {
            throw PyErr.typeError("'" + a[0].getType().name + "' object cannot be interpreted as an integer");
        }
        return Args.toDouble(a[0]);
    }

    static PyStructSeq structTime(double secs, ZoneId zone) {
        if (Double.isNaN(secs)) {
            throw PyErr.valueError("Invalid value NaN (not a number)");
        }
        if (Math.abs(secs) > 1e17) {
            throw PyErr.overflow("timestamp out of range for platform time_t");
        }
        ZonedDateTime z = Instant.ofEpochSecond((long) Math.floor(secs)).atZone(zone);
        String zn = zone == ZoneOffset.UTC ? "UTC" : z.getZone().getDisplayName(TextStyle.SHORT, Locale.ROOT);
        return make(z.getYear(), z.getMonthValue(), z.getDayOfMonth(), z.getHour(), z.getMinute(), z.getSecond(),
                z.getDayOfWeek().getValue() - 1, z.getDayOfYear(), zone == ZoneOffset.UTC ? 0
                        : z.getZone().getRules().isDaylightSavings(z.toInstant()) ? 1 : 0, zn,
                z.getOffset().getTotalSeconds());
    }

    static PyStructSeq make(int year, int mon, int mday, int hour, int min, int sec, int wday, int yday, int isdst,
                            String zone, int gmtoff) {
        return new PyStructSeq(STRUCT_TIME, PyInt.of(year), PyInt.of(mon), PyInt.of(mday), PyInt.of(hour),
                PyInt.of(min), PyInt.of(sec), PyInt.of(wday), PyInt.of(yday), PyInt.of(isdst),
                zone == null ? PyNone.NONE : new PyStr(zone), zone == null ? PyNone.NONE : PyInt.of(gmtoff));
    }

    /** The nine fields of a struct_time or 9-tuple. */
    static int[] fields(PyObject t, String fname) {
        PyObject tup = t instanceof PyStructSeq ? ((PyStructSeq) t).asTuple() : t;
        if (!(tup instanceof PyTuple)) {
            throw PyErr.typeError("Tuple or struct_time argument required");
        }
        PyObject[] items = ((PyTuple) tup).items;
        if (items.length != 9) {
            throw PyErr.typeError(fname + "(): illegal time tuple argument");
        }
        int[] f = new int[9];
        for (int i = 0; i < 9; i++) {
            f[i] = Args.toSmallInt(items[i], "Python int too large to convert to C int");
        }
        return f;
    }

    static String asctime(int[] f) {
        return DAYS[Math.floorMod(f[6], 7)].substring(0, 3) + " " + MONTHS[Math.max(0, f[1] - 1) % 12].substring(0, 3)
                + " " + padded(f[2], 2, ' ') + " " + padded(f[3], 2, '0') + ":" + padded(f[4], 2, '0') + ":"
                + padded(f[5], 2, '0') + " " + f[0];
    }

    /**
     * {@code v} right-aligned in {@code width} characters, filled with {@code fill} (what C's
     * %02d, %03d and %2d give; the sign counts in the width). strftime is called per log record,
     * and String.format parsed its pattern on every field (50 times CPython's cost).
     */
    static String padded(int v, int width, char fill) {
        String digits = Integer.toString(Math.abs(v));
        int signs = v < 0 ? 1 : 0;
        if (digits.length() + signs >= width) {
            return v < 0 ? "-" + digits : digits;
        }
        StringBuilder sb = new StringBuilder(width);
        if (fill == '0') {
            if (v < 0) {
                sb.append('-');
            }
            for (int i = digits.length() + signs; i < width; i++) {
                sb.append('0');
            }
        } else {
            for (int i = digits.length() + signs; i < width; i++) {
                sb.append(' ');
            }
            if (v < 0) {
                sb.append('-');
            }
        }
        return sb.append(digits).toString();
    }

    static String strftime(String fmt, int[] f, String zone) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) {
                sb.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            int wday = Math.floorMod(f[6], 7);
            int mon = Math.max(1, Math.min(12, f[1]));
            switch (d) {
                case 'Y': sb.append(f[0]); break;
                case 'y': sb.append(padded(Math.floorMod(f[0], 100), 2, '0')); break;
                case 'C': sb.append(Math.floorDiv(f[0], 100)); break; // glibc's century is not padded
                case 'm': sb.append(padded(f[1], 2, '0')); break;
                case 'd': sb.append(padded(f[2], 2, '0')); break;
                case 'e': sb.append(padded(f[2], 2, ' ')); break;
                case 'H': sb.append(padded(f[3], 2, '0')); break;
                case 'I': sb.append(padded(f[3] % 12 == 0 ? 12 : f[3] % 12, 2, '0')); break;
                case 'M': sb.append(padded(f[4], 2, '0')); break;
                case 'S': sb.append(padded(f[5], 2, '0')); break;
                case 'p': sb.append(f[3] < 12 ? "AM" : "PM"); break;
                case 'j': sb.append(padded(f[7], 3, '0')); break;
                case 'a': sb.append(DAYS[wday], 0, 3); break;
                case 'A': sb.append(DAYS[wday]); break;
                case 'b': case 'h': sb.append(MONTHS[mon - 1], 0, 3); break;
                case 'B': sb.append(MONTHS[mon - 1]); break;
                case 'w': sb.append((wday + 1) % 7); break;
                case 'u': sb.append(wday + 1); break;
                case 'U': sb.append(padded((f[7] - 1 + 7 - (wday + 1) % 7) / 7, 2, '0')); break;
                case 'W': sb.append(padded((f[7] - 1 + 7 - wday) / 7, 2, '0')); break;
                case 'c': sb.append(asctime(f)); break;
                case 'x': sb.append(padded(f[1], 2, '0')).append('/').append(padded(f[2], 2, '0')).append('/').append(padded(Math.floorMod(f[0], 100), 2, '0')); break;
                case 'X': case 'T': sb.append(padded(f[3], 2, '0')).append(':').append(padded(f[4], 2, '0')).append(':').append(padded(f[5], 2, '0')); break;
                case 'D': sb.append(padded(f[1], 2, '0')).append('/').append(padded(f[2], 2, '0')).append('/').append(padded(Math.floorMod(f[0], 100), 2, '0')); break;
                case 'F': sb.append(f[0]).append('-').append(padded(f[1], 2, '0')).append('-').append(padded(f[2], 2, '0')); break;
                case 'R': sb.append(padded(f[3], 2, '0')).append(':').append(padded(f[4], 2, '0')); break;
                case 'n': sb.append('\n'); break;
                case 't': sb.append('\t'); break;
                case 'Z': sb.append(zone); break;
                case 'z': sb.append("+0000"); break;
                case '%': sb.append('%'); break;
                default: sb.append('%').append(d); break;
            }
        }
        return sb.toString();
    }
}
