package org.enginehost.python.modules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.enginehost.python.runtime.BinOp;
import org.enginehost.python.runtime.CompareOp;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyFloat;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;

/** The {@code datetime} module, naive values only: timedelta, date, time, datetime. */
public final class DatetimeModule {
    private DatetimeModule() {
    }

    static final long US_PER_DAY = 86_400_000_000L;

    public static final PyType TIMEDELTA = new PyType("timedelta", new PyType[] {PyType.OBJECT},
            (t, a, k) -> Delta.make(a, k), "datetime");
    public static final PyType DATE = new PyType("date", new PyType[] {PyType.OBJECT},
            (t, a, k) -> {
                PyObject[] p = Args.bind("date", a, k, new String[] {"year", "month", "day"}, 3, 3);
                return new Date(date(ival(p[0]), ival(p[1]), ival(p[2])));
            }, "datetime");
    public static final PyType DATETIME = new PyType("datetime", new PyType[] {DATE},
            (t, a, k) -> DateTime.make(a, k), "datetime");
    public static final PyType TIME = new PyType("time", new PyType[] {PyType.OBJECT},
            (t, a, k) -> {
                PyObject[] p = Args.bind("time", a, k, new String[] {"hour", "minute", "second", "microsecond",
                    "tzinfo"}, 0, 5);
                return new Time(timeOfDay(p, 0));
            }, "datetime");

    static {
        install();
    }

    public static PyModule create() {
        PyModule m = new PyModule("datetime", null);
        m.define("timedelta", TIMEDELTA);
        m.define("date", DATE);
        m.define("datetime", DATETIME);
        m.define("time", TIME);
        m.define("MINYEAR", PyInt.of(1));
        m.define("MAXYEAR", PyInt.of(9999));
        return m;
    }

    static int ival(PyObject o) {
        if (o instanceof PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        return Args.toSmallInt(o, "Python int too large to convert to C int");
    }

    static LocalDate date(int y, int m, int d) {
        if (y < 1 || y > 9999) {
            throw PyErr.valueError("year " + y + " is out of range");
        }
        if (m < 1 || m > 12) {
            throw PyErr.valueError("month must be in 1..12");
        }
        if (d < 1 || d > LocalDate.of(y, m, 1).lengthOfMonth()) {
            throw PyErr.valueError("day is out of range for month");
        }
        return LocalDate.of(y, m, d);
    }

    /** Microseconds of the day from hour, minute, second, microsecond at p[from..]. */
    static long timeOfDay(PyObject[] p, int from) {
        String[] names = {"hour", "minute", "second", "microsecond"};
        int[] max = {23, 59, 59, 999999};
        long[] v = new long[4];
        for (int i = 0; i < 4; i++) {
            PyObject o = p[from + i];
            v[i] = o == null ? 0 : ival(o);
            if (v[i] < 0 || v[i] > max[i]) {
                throw PyErr.valueError(names[i] + " must be in 0.." + max[i]);
            }
        }
        if (p.length > from + 4 && p[from + 4] != null && p[from + 4] != PyNone.NONE) {
            throw new org.enginehost.python.runtime.PyException(PyErr.newException(
                    org.enginehost.python.runtime.ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                    "datetime: tzinfo is not supported yet"));
        }
        return ((v[0] * 60 + v[1]) * 60 + v[2]) * 1_000_000 + v[3];
    }

    static String clock(long us, boolean pad) {
        long s = us / 1_000_000;
        long frac = us % 1_000_000;
        String r = String.format(pad ? "%02d:%02d:%02d" : "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
        return frac != 0 ? r + String.format(".%06d", frac) : r;
    }

    static int[] fields(LocalDate d, long us) {
        long s = us / 1_000_000;
        return new int[] {d.getYear(), d.getMonthValue(), d.getDayOfMonth(), (int) (s / 3600), (int) (s / 60 % 60),
            (int) (s % 60), d.getDayOfWeek().getValue() - 1, d.getDayOfYear(), -1};
    }

    static String strftime(String fmt, LocalDate d, long us) {
        StringBuilder pre = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c == '%' && i + 1 < fmt.length()) {
                char n = fmt.charAt(i + 1);
                if (n == 'f') {
                    pre.append(TimeModule.padded((int) (us % 1_000_000), 6, '0'));
                } else if (n == 'z' || n == 'Z') {
                    // naive values: empty
                } else {
                    pre.append(c).append(n);
                }
                i++;
            } else {
                pre.append(c);
            }
        }
        return TimeModule.strftime(pre.toString(), fields(d, us), "");
    }

    // ------------------------------------------------------------------ timedelta

    static final class Delta extends PyObject {
        final long us;

        Delta(long us) {
            long days = Math.floorDiv(us, US_PER_DAY);
            if (Math.abs(days) > 999_999_999L) {
                throw PyErr.overflow("days=" + days + "; must have magnitude <= 999999999");
            }
            this.us = us;
        }

        static Delta make(PyObject[] a, String[] k) {
            String[] names = {"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"};
            double[] scale = {US_PER_DAY, 1e6, 1, 1e3, 6e7, 3.6e9, 7 * (double) US_PER_DAY};
            PyObject[] p = Args.bind("timedelta", a, k, names, 0, 7);
            long total = 0;
            java.math.BigInteger exact = java.math.BigInteger.ZERO;
            double frac = 0;
            boolean anyFloat = false;
            for (int i = 0; i < names.length; i++) {
                if (p[i] == null) {
                    continue;
                }
                if (p[i] instanceof PyFloat) {
                    anyFloat = true;
                    frac += ((PyFloat) p[i]).value * scale[i];
                } else if (p[i] instanceof PyInt) {
                    exact = exact.add(((PyInt) p[i]).toBig().multiply(java.math.BigInteger.valueOf((long) scale[i])));
                } else {
                    throw PyErr.typeError("unsupported type for timedelta " + names[i] + " component: "
                            + p[i].getType().name);
                }
            }
            java.math.BigInteger days = exact.divide(java.math.BigInteger.valueOf(US_PER_DAY));
            if (days.abs().compareTo(java.math.BigInteger.valueOf(1_000_000_000L)) >= 0) {
                days = exact.subtract(java.math.BigInteger.valueOf(US_PER_DAY - 1)).signum() < 0 && exact.signum() < 0
                        ? exact.subtract(java.math.BigInteger.valueOf(US_PER_DAY - 1))
                            .divide(java.math.BigInteger.valueOf(US_PER_DAY)) : days;
                throw PyErr.overflow("days=" + days + "; must have magnitude <= 999999999");
            }
            total = exact.longValue();
            if (anyFloat) {
                total += (long) Math.rint(frac);
            }
            return new Delta(total);
        }

        long days() {
            return Math.floorDiv(us, US_PER_DAY);
        }

        long secs() {
            return Math.floorMod(us, US_PER_DAY) / 1_000_000;
        }

        long micros() {
            return Math.floorMod(us, 1_000_000L);
        }

        @Override
        public PyType getType() {
            return TIMEDELTA;
        }

        @Override
        public String repr() {
            if (us == 0) {
                return "datetime.timedelta(0)";
            }
            StringBuilder sb = new StringBuilder("datetime.timedelta(");
            String sep = "";
            if (days() != 0) {
                sb.append("days=").append(days());
                sep = ", ";
            }
            if (secs() != 0) {
                sb.append(sep).append("seconds=").append(secs());
                sep = ", ";
            }
            if (micros() != 0) {
                sb.append(sep).append("microseconds=").append(micros());
            }
            return sb.append(')').toString();
        }

        @Override
        public String str() {
            long d = days();
            String c = clock(Math.floorMod(us, US_PER_DAY), false);
            return d != 0 ? d + " day" + (Math.abs(d) != 1 ? "s" : "") + ", " + c : c;
        }

        @Override
        public boolean isTrue() {
            return us != 0;
        }

        @Override
        public long pyHash() {
            return Long.hashCode(us) * 31L + 7;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Delta && ((Delta) o).us == us;
        }

        @Override
        public PyObject richCompare(PyObject other, int op) {
            if (!(other instanceof Delta)) {
                return op == CompareOp.EQ ? PyBool.FALSE : op == CompareOp.NE ? PyBool.TRUE : null;
            }
            return PyBool.of(CompareOp.test(op, Long.compare(us, ((Delta) other).us)));
        }

        @Override
        public PyObject neg() {
            return new Delta(-us);
        }

        @Override
        public PyObject pos() {
            return this;
        }

        @Override
        public PyObject binop(int op, PyObject other) {
            if (op >= BinOp.INPLACE) {
                op -= BinOp.INPLACE;
            }
            if (other instanceof Delta) {
                long o = ((Delta) other).us;
                switch (op) {
                    case BinOp.ADD: return new Delta(us + o);
                    case BinOp.SUB: return new Delta(us - o);
                    case BinOp.TRUEDIV:
                        if (o == 0) {
                            throw PyErr.zeroDivision("division by zero");
                        }
                        return new PyFloat((double) us / o);
                    case BinOp.FLOORDIV:
                        if (o == 0) {
                            throw PyErr.zeroDivision("integer division or modulo by zero");
                        }
                        return PyInt.of(Math.floorDiv(us, o));
                    case BinOp.MOD:
                        if (o == 0) {
                            throw PyErr.zeroDivision("integer division or modulo by zero");
                        }
                        return new Delta(Math.floorMod(us, o));
                    default: return null;
                }
            }
            if (other instanceof PyInt && !(other instanceof PyBool && false)) {
                long n = ((PyInt) other).value;
                switch (op) {
                    case BinOp.MUL: return new Delta(us * n);
                    case BinOp.FLOORDIV:
                    case BinOp.TRUEDIV:
                        if (n == 0) {
                            throw PyErr.zeroDivision(op == BinOp.FLOORDIV ? "integer division or modulo by zero"
                                    : "division by zero");
                        }
                        return new Delta(op == BinOp.FLOORDIV ? Math.floorDiv(us, n) : Math.round((double) us / n));
                    default: return null;
                }
            }
            if (other instanceof PyFloat) {
                double f = ((PyFloat) other).value;
                if (op == BinOp.MUL) {
                    return new Delta((long) Math.rint(us * f));
                }
                if (op == BinOp.TRUEDIV) {
                    if (f == 0) {
                        throw PyErr.zeroDivision("division by zero");
                    }
                    return new Delta((long) Math.rint(us / f));
                }
            }
            return null;
        }

        @Override
        public PyObject rbinop(int op, PyObject other) {
            if (op == BinOp.MUL && (other instanceof PyInt || other instanceof PyFloat)) {
                return binop(op, other);
            }
            return null;
        }

        @Override
        public PyObject getAttr(String name) {
            switch (name) {
                case "days": return PyInt.of(days());
                case "seconds": return PyInt.of(secs());
                case "microseconds": return PyInt.of(micros());
                default: return super.getAttr(name);
            }
        }
    }

    // ------------------------------------------------------------------ date

    static class Date extends PyObject {
        final LocalDate d;

        Date(LocalDate d) {
            this.d = d;
        }

        @Override
        public PyType getType() {
            return DATE;
        }

        long micro() {
            return 0;
        }

        @Override
        public String repr() {
            return "datetime.date(" + d.getYear() + ", " + d.getMonthValue() + ", " + d.getDayOfMonth() + ")";
        }

        @Override
        public String str() {
            return iso();
        }

        String iso() {
            return String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        }

        long ordinal() {
            return d.toEpochDay() - LocalDate.of(1, 1, 1).toEpochDay() + 1;
        }

        @Override
        public long pyHash() {
            return Long.hashCode(d.toEpochDay() * US_PER_DAY + micro()) * 17L + 3;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Date && ((Date) o).getType() == getType() && ((Date) o).d.equals(d)
                    && ((Date) o).micro() == micro();
        }

        @Override
        public PyObject richCompare(PyObject other, int op) {
            if (!(other instanceof Date) || (other instanceof DateTime) != (this instanceof DateTime)) {
                if (op == CompareOp.EQ) {
                    return PyBool.FALSE;
                }
                if (op == CompareOp.NE) {
                    return PyBool.TRUE;
                }
                if (other instanceof Date) {
                    throw PyErr.typeError("can't compare " + ((Date) other).getType().name + " to "
                            + getType().name);
                }
                return null;
            }
            Date o = (Date) other;
            int c = d.compareTo(o.d);
            if (c == 0) {
                c = Long.compare(micro(), o.micro());
            }
            return PyBool.of(CompareOp.test(op, c));
        }

        Date with(LocalDate nd, long micro) {
            return new Date(nd);
        }

        @Override
        public PyObject binop(int op, PyObject other) {
            if (op >= BinOp.INPLACE) {
                op -= BinOp.INPLACE;
            }
            if (other instanceof Delta && (op == BinOp.ADD || op == BinOp.SUB)) {
                long delta = op == BinOp.ADD ? ((Delta) other).us : -((Delta) other).us;
                long total = micro() + (this instanceof DateTime ? delta : (delta / US_PER_DAY) * US_PER_DAY);
                LocalDate nd = d.plusDays(Math.floorDiv(total, US_PER_DAY));
                if (nd.getYear() < 1 || nd.getYear() > 9999) {
                    throw PyErr.overflow("date value out of range");
                }
                return with(nd, Math.floorMod(total, US_PER_DAY));
            }
            if (op == BinOp.SUB && other instanceof Date && (other instanceof DateTime) == (this instanceof DateTime)) {
                Date o = (Date) other;
                return new Delta((d.toEpochDay() - o.d.toEpochDay()) * US_PER_DAY + micro() - o.micro());
            }
            return null;
        }

        @Override
        public PyObject rbinop(int op, PyObject other) {
            if (op == BinOp.ADD && other instanceof Delta) {
                return binop(op, other);
            }
            return null;
        }

        @Override
        public PyObject getAttr(String name) {
            switch (name) {
                case "year": return PyInt.of(d.getYear());
                case "month": return PyInt.of(d.getMonthValue());
                case "day": return PyInt.of(d.getDayOfMonth());
                default: return super.getAttr(name);
            }
        }
    }

    // ------------------------------------------------------------------ datetime

    static final class DateTime extends Date {
        final long us;

        DateTime(LocalDate d, long us) {
            super(d);
            this.us = us;
        }

        static DateTime make(PyObject[] a, String[] k) {
            PyObject[] p = Args.bind("datetime", a, k, new String[] {"year", "month", "day", "hour", "minute",
                "second", "microsecond", "tzinfo"}, 3, 8);
            return new DateTime(date(ival(p[0]), ival(p[1]), ival(p[2])), timeOfDay(p, 3));
        }

        @Override
        public PyType getType() {
            return DATETIME;
        }

        @Override
        long micro() {
            return us;
        }

        @Override
        Date with(LocalDate nd, long micro) {
            return new DateTime(nd, micro);
        }

        @Override
        public String repr() {
            long s = us / 1_000_000;
            StringBuilder sb = new StringBuilder("datetime.datetime(").append(d.getYear()).append(", ")
                    .append(d.getMonthValue()).append(", ").append(d.getDayOfMonth()).append(", ").append(s / 3600)
                    .append(", ").append(s / 60 % 60);
            if (s % 60 != 0 || us % 1_000_000 != 0) {
                sb.append(", ").append(s % 60);
            }
            if (us % 1_000_000 != 0) {
                sb.append(", ").append(us % 1_000_000);
            }
            return sb.append(')').toString();
        }

        String iso(char sep) {
            return iso() + sep + clock(us, true);
        }

        @Override
        public String str() {
            return iso(' ');
        }

        @Override
        public PyObject getAttr(String name) {
            long s = us / 1_000_000;
            switch (name) {
                case "hour": return PyInt.of(s / 3600);
                case "minute": return PyInt.of(s / 60 % 60);
                case "second": return PyInt.of(s % 60);
                case "microsecond": return PyInt.of(us % 1_000_000);
                case "tzinfo": return PyNone.NONE;
                default: return super.getAttr(name);
            }
        }
    }

    // ------------------------------------------------------------------ time

    static final class Time extends PyObject {
        final long us;

        Time(long us) {
            this.us = us;
        }

        @Override
        public PyType getType() {
            return TIME;
        }

        @Override
        public String repr() {
            long s = us / 1_000_000;
            StringBuilder sb = new StringBuilder("datetime.time(").append(s / 3600).append(", ").append(s / 60 % 60);
            if (s % 60 != 0 || us % 1_000_000 != 0) {
                sb.append(", ").append(s % 60);
            }
            if (us % 1_000_000 != 0) {
                sb.append(", ").append(us % 1_000_000);
            }
            return sb.append(')').toString();
        }

        @Override
        public String str() {
            return clock(us, true);
        }

        @Override
        public long pyHash() {
            return Long.hashCode(us);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Time && ((Time) o).us == us;
        }

        @Override
        public PyObject richCompare(PyObject other, int op) {
            if (!(other instanceof Time)) {
                return op == CompareOp.EQ ? PyBool.FALSE : op == CompareOp.NE ? PyBool.TRUE : null;
            }
            return PyBool.of(CompareOp.test(op, Long.compare(us, ((Time) other).us)));
        }

        @Override
        public PyObject getAttr(String name) {
            long s = us / 1_000_000;
            switch (name) {
                case "hour": return PyInt.of(s / 3600);
                case "minute": return PyInt.of(s / 60 % 60);
                case "second": return PyInt.of(s % 60);
                case "microsecond": return PyInt.of(us % 1_000_000);
                default: return super.getAttr(name);
            }
        }
    }

    private static Date self(PyObject[] a) {
        return (Date) a[0];
    }

    private static void install() {
        TIMEDELTA.addMethod("total_seconds", (a, k) -> new PyFloat(((Delta) a[0]).us / 1e6));
        TIMEDELTA.addMethod("__abs__", (a, k) -> new Delta(Math.abs(((Delta) a[0]).us)));
        PyType t = DATE;
        t.addMethod("weekday", (a, k) -> PyInt.of(self(a).d.getDayOfWeek().getValue() - 1));
        t.addMethod("isoweekday", (a, k) -> PyInt.of(self(a).d.getDayOfWeek().getValue()));
        t.addMethod("toordinal", (a, k) -> PyInt.of(self(a).ordinal()));
        t.addMethod("isoformat", (a, k) -> {
            Date s = self(a);
            if (s instanceof DateTime) {
                char sep = 'T';
                if (a.length > 1 && a[1] instanceof PyStr) {
                    sep = ((PyStr) a[1]).value.charAt(0);
                }
                return new PyStr(((DateTime) s).iso(sep));
            }
            return new PyStr(s.iso());
        });
        t.addMethod("strftime", (a, k) -> {
            if (a.length != 2 || !(a[1] instanceof PyStr)) {
                throw PyErr.typeError("strftime() argument 1 must be str");
            }
            return new PyStr(strftime(((PyStr) a[1]).value, self(a).d, self(a).micro()));
        });
        t.addMethod("__format__", (a, k) -> {
            String f = ((PyStr) a[1]).value;
            return new PyStr(f.isEmpty() ? self(a).str() : strftime(f, self(a).d, self(a).micro()));
        });
        t.addMethod("timetuple", (a, k) -> {
            int[] f = fields(self(a).d, self(a).micro());
            return TimeModule.make(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], -1, null, 0);
        });
        t.addMethod("replace", (a, k) -> {
            Date s = self(a);
            boolean dt = s instanceof DateTime;
            String[] names = dt ? new String[] {"year", "month", "day", "hour", "minute", "second", "microsecond"}
                    : new String[] {"year", "month", "day"};
            PyObject[] p = Args.bind("replace", java.util.Arrays.copyOfRange(a, 1, a.length), k, names, 0,
                    names.length);
            LocalDate nd = date(p[0] == null ? s.d.getYear() : ival(p[0]),
                    p[1] == null ? s.d.getMonthValue() : ival(p[1]), p[2] == null ? s.d.getDayOfMonth() : ival(p[2]));
            if (!dt) {
                return new Date(nd);
            }
            long us = s.micro();
            long sec = us / 1_000_000;
            PyObject[] tp = {p[3] == null ? PyInt.of(sec / 3600) : p[3], p[4] == null ? PyInt.of(sec / 60 % 60) : p[4],
                p[5] == null ? PyInt.of(sec % 60) : p[5], p[6] == null ? PyInt.of(us % 1_000_000) : p[6]};
            return new DateTime(nd, timeOfDay(tp, 0));
        });
        t.dict().put(new PyStr("fromisoformat"), new org.enginehost.python.runtime.PyBuiltinFunction("fromisoformat",
                (a, k) -> {
                    String s = ((PyStr) a[0]).value;
                    if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        throw PyErr.valueError("Invalid isoformat string: " + PyStr.repr(s));
                    }
                    return new Date(date(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)),
                            Integer.parseInt(s.substring(8, 10))));
                }));
        t.dict().put(new PyStr("today"), new org.enginehost.python.runtime.PyBuiltinFunction("today",
                (a, k) -> new Date(LocalDate.now())));
        t.dict().put(new PyStr("fromordinal"), new org.enginehost.python.runtime.PyBuiltinFunction("fromordinal",
                (a, k) -> new Date(LocalDate.of(1, 1, 1).plusDays(Args.toInt(a[0]).value - 1))));
        PyType dt = DATETIME;
        dt.addMethod("date", (a, k) -> new Date(self(a).d));
        dt.addMethod("time", (a, k) -> new Time(self(a).micro()));
        dt.dict().put(new PyStr("now"), new org.enginehost.python.runtime.PyBuiltinFunction("now", (a, k) -> {
            LocalDateTime n = LocalDateTime.now();
            return new DateTime(n.toLocalDate(), n.toLocalTime().toNanoOfDay() / 1000);
        }));
        dt.dict().put(new PyStr("today"), dt.dict().get(new PyStr("now")));
        dt.dict().put(new PyStr("combine"), new org.enginehost.python.runtime.PyBuiltinFunction("combine",
                (a, k) -> new DateTime(((Date) a[0]).d, ((Time) a[1]).us)));
        dt.dict().put(new PyStr("strptime"), new org.enginehost.python.runtime.PyBuiltinFunction("strptime",
                (a, k) -> {
                    PyObject st = Strptime.parse(((PyStr) a[0]).value, ((PyStr) a[1]).value);
                    int[] f = TimeModule.fields(st, "strptime");
                    return new DateTime(date(f[0], f[1], f[2]), ((f[3] * 60L + f[4]) * 60 + f[5]) * 1_000_000);
                }));
        TIME.addMethod("isoformat", (a, k) -> new PyStr(clock(((Time) a[0]).us, true)));
        TIME.addMethod("strftime", (a, k) -> new PyStr(strftime(((PyStr) a[1]).value, LocalDate.of(1900, 1, 1),
                ((Time) a[0]).us)));
    }

}
