package org.enginehost.python.modules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.enginehost.python.runtime.BinOp;
import org.enginehost.python.runtime.CompareOp;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyFloat;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyType;

/**
 * The {@code decimal} module, basics: finite decimals on BigDecimal with a thread-local context
 * (precision and rounding). Infinities and NaNs raise NotImplementedError for now.
 */
public final class DecimalModule {
    private DecimalModule() {
    }

    public static final PyType DECIMAL_EXCEPTION = new PyType("DecimalException",
            new PyType[] {ExceptionTypes.ARITHMETIC_ERROR}, null, "decimal");
    public static final PyType INVALID_OPERATION = new PyType("InvalidOperation",
            new PyType[] {DECIMAL_EXCEPTION}, null, "decimal");
    public static final PyType DIVISION_BY_ZERO = new PyType("DivisionByZero",
            new PyType[] {DECIMAL_EXCEPTION, ExceptionTypes.ZERO_DIVISION_ERROR}, null, "decimal");
    public static final PyType TYPE = new PyType("Decimal", new PyType[] {PyType.OBJECT},
            (t, a, k) -> Dec.make(a, k), "decimal");
    public static final PyType CONTEXT = new PyType("Context", new PyType[] {PyType.OBJECT},
            DecimalModule::constructContext, "decimal");

    static final NamedTuple.Type DECIMAL_TUPLE = new NamedTuple.Type("DecimalTuple",
            new String[] {"sign", "digits", "exponent"}, new PyObject[0], "decimal");
    static final String[] ROUNDINGS = {"ROUND_HALF_EVEN", "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_UP",
        "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR"};
    static final RoundingMode[] MODES = {RoundingMode.HALF_EVEN, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN,
        RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR};

    private static final ThreadLocal<Context> CURRENT = ThreadLocal.withInitial(Context::new);

    static {
        install();
        NamedTuple.install(DECIMAL_TUPLE);
    }

    public static PyModule create() {
        PyModule m = new PyModule("decimal", null);
        m.define("Decimal", TYPE);
        m.define("Context", CONTEXT);
        m.define("DecimalException", DECIMAL_EXCEPTION);
        m.define("InvalidOperation", INVALID_OPERATION);
        m.define("DivisionByZero", DIVISION_BY_ZERO);
        for (String r : ROUNDINGS) {
            m.define(r, new PyStr(r));
        }
        m.define("ROUND_05UP", new PyStr("ROUND_05UP"));
        m.defineFunction("getcontext", (a, k) -> CURRENT.get());
        m.defineFunction("setcontext", (a, k) -> {
            if (!(a[0] instanceof Context)) {
                throw PyErr.typeError("argument must be a context");
            }
            CURRENT.set((Context) a[0]);
            return PyNone.NONE;
        });
        return m;
    }

    static PyException signal(PyType type, String condition) {
        return new PyException(PyErr.newException(type, "[<class 'decimal." + condition + "'>]"));
    }

    static RoundingMode mode(String name) {
        for (int i = 0; i < ROUNDINGS.length; i++) {
            if (ROUNDINGS[i].equals(name)) {
                return MODES[i];
            }
        }
        if (name.equals("ROUND_05UP")) {
            throw new PyException(PyErr.newException(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                    "decimal: ROUND_05UP is not supported yet"));
        }
        throw PyErr.typeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                + "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]");
    }

    /**
     * {@code Context(prec=None, rounding=None, ...)}: precision and rounding are this module's
     * whole context; the other parameters must be left out (or None), as nothing here would honour them.
     */
    private static PyObject constructContext(PyType type, PyObject[] a, String[] k) {
        String[] names = {"prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"};
        onlyKeywords(k, names);
        PyObject[] p = Args.bind("Context", a, k, names, 0, names.length);
        for (int i = 2; i < names.length; i++) {
            if (p[i] != null && p[i] != PyNone.NONE) {
                throw new PyException(PyErr.newException(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                        "decimal.Context: " + names[i] + " is not supported yet (only prec and rounding)"));
            }
        }
        Context c = new Context();
        if (p[0] != null && p[0] != PyNone.NONE) {
            c.setAttr("prec", p[0]);
        }
        if (p[1] != null && p[1] != PyNone.NONE) {
            c.setAttr("rounding", p[1]);
        }
        return c;
    }

    /** The optional context argument of a method such as {@code sqrt}: the given one, else the current. */
    private static Context optionalContext(PyObject[] a, String[] k) {
        onlyKeywords(k, "context");
        atMostOneArgument(a);
        PyObject c = a.length > 1 ? a[1] : PyNone.NONE;
        if (c == PyNone.NONE) {
            return CURRENT.get();
        }
        if (!(c instanceof Context)) {
            throw PyErr.typeError("optional argument must be a context");
        }
        return (Context) c;
    }

    /** CPython's error for a keyword the C function does not take. */
    private static void onlyKeywords(String[] k, String... allowed) {
        for (String name : k == null ? new String[0] : k) {
            if (!java.util.Arrays.asList(allowed).contains(name)) {
                throw PyErr.typeError("'" + name + "' is an invalid keyword argument for this function");
            }
        }
    }

    /** CPython's check for the C methods that take one optional argument after self. */
    private static void atMostOneArgument(PyObject[] a) {
        if (a.length > 2) {
            throw PyErr.typeError("function takes at most 1 argument (" + (a.length - 1) + " given)");
        }
    }

    /** The arithmetic context: precision and rounding. */
    static final class Context extends PyObject {
        int prec = 28;
        String rounding = "ROUND_HALF_EVEN";

        MathContext mc() {
            return new MathContext(prec, mode(rounding));
        }

        @Override
        public PyType getType() {
            return CONTEXT;
        }

        @Override
        public PyObject getAttr(String name) {
            switch (name) {
                case "prec": return PyInt.of(prec);
                case "rounding": return new PyStr(rounding);
                default: return super.getAttr(name);
            }
        }

        @Override
        public void setAttr(String name, PyObject value) {
            switch (name) {
                case "prec": {
                    int p = Args.toSmallInt(value, "valid range for prec is [1, MAX_PREC]");
                    if (p < 1) {
                        throw PyErr.valueError("valid range for prec is [1, MAX_PREC]");
                    }
                    prec = p;
                    return;
                }
                case "rounding":
                    if (!(value instanceof PyStr)) {
                        mode("");
                    }
                    mode(((PyStr) value).value);
                    rounding = ((PyStr) value).value;
                    return;
                default:
                    super.setAttr(name, value);
            }
        }

        @Override
        public String repr() {
            return "Context(prec=" + prec + ", rounding=" + rounding + ", Emin=-999999, Emax=999999, capitals=1, "
                    + "clamp=0, flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])";
        }
    }

    static final class Dec extends PyObject {
        final BigDecimal v;
        /** A negative zero (BigDecimal has no sign for zero). */
        final boolean negZero;

        Dec(BigDecimal v, boolean negZero) {
            this.v = v;
            this.negZero = negZero && v.signum() == 0;
        }

        Dec(BigDecimal v) {
            this(v, false);
        }

        static Dec make(PyObject[] a, String[] k) {
            PyObject[] p = Args.bind("Decimal", a, k, new String[] {"value", "context"}, 0, 2);
            PyObject o = p[0] == null ? PyInt.of(0) : p[0];
            if (o instanceof Dec) {
                return (Dec) o;
            }
            if (o instanceof PyInt) {
                return new Dec(new BigDecimal(((PyInt) o).toBig()));
            }
            if (o instanceof PyFloat) {
                double d = ((PyFloat) o).value;
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    throw special();
                }
                return new Dec(new BigDecimal(d), d == 0 && 1 / d < 0);
            }
            if (o instanceof PyStr) {
                return parse(((PyStr) o).value);
            }
            throw PyErr.typeError("conversion from " + o.getType().name + " to Decimal is not supported");
        }

        static PyException special() {
            return new PyException(PyErr.newException(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                    "decimal: Infinity and NaN are not supported yet"));
        }

        static Dec parse(String s) {
            String t = s.strip();
            String lower = t.toLowerCase(java.util.Locale.ROOT);
            String body = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
            if (body.equals("inf") || body.equals("infinity") || body.equals("nan") || body.equals("snan")) {
                throw special();
            }
            if (t.contains("_")) {
                if (!t.matches("[+-]?(\\d+(_\\d+)*)?(\\.(\\d+(_\\d+)*)?)?([eE][+-]?\\d+(_\\d+)*)?")) {
                    throw signal(INVALID_OPERATION, "ConversionSyntax");
                }
                t = t.replace("_", "");
            }
            if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                throw signal(INVALID_OPERATION, "ConversionSyntax");
            }
            BigDecimal b = new BigDecimal(t);
            return new Dec(b, t.startsWith("-"));
        }

        static Dec convert(PyObject o, String opSymbol, PyObject self, boolean reflected) {
            if (o instanceof Dec) {
                return (Dec) o;
            }
            if (o instanceof PyInt) {
                return new Dec(new BigDecimal(((PyInt) o).toBig()));
            }
            return null;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public String str() {
            String s = v.toString();
            return negZero ? "-" + s : s;
        }

        @Override
        public String repr() {
            return "Decimal('" + str() + "')";
        }

        @Override
        public boolean isTrue() {
            return v.signum() != 0;
        }

        @Override
        public long pyHash() {
            if (v.signum() == 0) {
                return 0;
            }
            BigInteger unscaled = v.unscaledValue();
            int scale = v.scale();
            FractionsModule.Fraction f = scale <= 0
                    ? new FractionsModule.Fraction(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE)
                    : FractionsModule.Fraction.of(unscaled, BigInteger.TEN.pow(scale));
            return f.pyHash();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Dec && ((Dec) o).v.compareTo(v) == 0;
        }

        static PyException typeError(int op, PyObject a, PyObject b) {
            String[] sym = {"+", "&", "//", "<<", "@", "*", "%", "|", "** or pow()", ">>", "-", "/", "^"};
            return PyErr.typeError("unsupported operand type(s) for " + sym[op] + ": '" + qual(a) + "' and '"
                    + qual(b) + "'");
        }

        static String qual(PyObject o) {
            PyType t = o.getType();
            return t.module == null ? t.name : t.module + "." + t.name;
        }

        PyObject arith(int op, Dec a, Dec b) {
            MathContext mc = CURRENT.get().mc();
            switch (op) {
                case BinOp.ADD: return new Dec(a.v.add(b.v, mc), a.negZero && b.negZero);
                case BinOp.SUB: return new Dec(a.v.subtract(b.v, mc), a.negZero && !b.negZero && b.v.signum() == 0);
                case BinOp.MUL: return new Dec(a.v.multiply(b.v, mc), a.v.signum() * b.v.signum() == 0
                        && (a.negZero || a.v.signum() < 0) != (b.negZero || b.v.signum() < 0));
                case BinOp.TRUEDIV:
                    checkDivisor(a, b);
                    return new Dec(a.v.divide(b.v, mc));
                case BinOp.FLOORDIV:
                    checkDivisor(a, b);
                    return new Dec(a.v.divideToIntegralValue(b.v).setScale(0, RoundingMode.DOWN));
                case BinOp.MOD:
                    if (b.v.signum() == 0) {
                        throw signal(INVALID_OPERATION, "DivisionUndefined");
                    }
                    return new Dec(a.v.remainder(b.v, mc), a.v.signum() < 0);
                case BinOp.POW: {
                    if (b.v.stripTrailingZeros().scale() <= 0) {
                        int e = b.v.intValueExact();
                        if (e >= 0) {
                            return new Dec(a.v.pow(e, mc));
                        }
                        checkDivisor(new Dec(BigDecimal.ONE), a);
                        return new Dec(BigDecimal.ONE.divide(a.v.pow(-e), mc));
                    }
                    if (a.v.signum() < 0) {
                        throw signal(INVALID_OPERATION, "InvalidOperation");
                    }
                    if (b.v.compareTo(new BigDecimal("0.5")) == 0) {
                        return new Dec(a.v.sqrt(mc));
                    }
                    throw new PyException(PyErr.newException(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                            "decimal: non-integer powers other than 0.5 are not supported yet"));
                }
                default: return null;
            }
        }

        static void checkDivisor(Dec a, Dec b) {
            if (b.v.signum() == 0) {
                if (a.v.signum() == 0) {
                    throw signal(INVALID_OPERATION, "DivisionUndefined");
                }
                throw signal(DIVISION_BY_ZERO, "DivisionByZero");
            }
        }

        @Override
        public PyObject binop(int op, PyObject other) {
            int base = op >= BinOp.INPLACE ? op - BinOp.INPLACE : op;
            Dec o = convert(other, null, this, false);
            if (o == null) {
                if (other instanceof PyFloat) {
                    throw typeError(base, this, other);
                }
                return null;
            }
            return arith(base, this, o);
        }

        @Override
        public PyObject rbinop(int op, PyObject other) {
            Dec o = convert(other, null, this, true);
            if (o == null) {
                if (other instanceof PyFloat) {
                    throw typeError(op, other, this);
                }
                return null;
            }
            return arith(op, o, this);
        }

        @Override
        public PyObject richCompare(PyObject other, int op) {
            BigDecimal ov;
            if (other instanceof Dec) {
                ov = ((Dec) other).v;
            } else if (other instanceof PyInt) {
                ov = new BigDecimal(((PyInt) other).toBig());
            } else if (other instanceof PyFloat) {
                double d = ((PyFloat) other).value;
                if (Double.isNaN(d)) {
                    return PyBool.of(op == CompareOp.NE);
                }
                if (Double.isInfinite(d)) {
                    return PyBool.of(CompareOp.test(op, d > 0 ? -1 : 1));
                }
                ov = new BigDecimal(d);
            } else {
                return null;
            }
            return PyBool.of(CompareOp.test(op, v.compareTo(ov)));
        }

        @Override
        public PyObject neg() {
            BigDecimal r = v.negate(CURRENT.get().mc());
            return new Dec(r, false);
        }

        @Override
        public PyObject pos() {
            return new Dec(v.plus(CURRENT.get().mc()), false);
        }
    }

    private static Dec self(PyObject[] a) {
        return (Dec) a[0];
    }

    private static void install() {
        PyType t = TYPE;
        t.addMethod("quantize", (a, k) -> {
            PyObject[] p = Args.bind("quantize", java.util.Arrays.copyOfRange(a, 1, a.length), k,
                    new String[] {"exp", "rounding", "context"}, 1, 3);
            Dec exp = Dec.convert(p[0], null, null, false);
            if (exp == null) {
                throw PyErr.typeError("conversion from " + p[0].getType().name + " to Decimal is not supported");
            }
            Context ctx = CURRENT.get();
            RoundingMode rm = mode(p[1] == null || p[1] == PyNone.NONE ? ctx.rounding : ((PyStr) p[1]).value);
            BigDecimal r = self(a).v.setScale(exp.v.scale(), rm);
            if (r.precision() > ctx.prec && r.signum() != 0) {
                throw signal(INVALID_OPERATION, "InvalidOperation");
            }
            return new Dec(r, self(a).negZero || (r.signum() == 0 && self(a).v.signum() < 0));
        });
        t.addMethod("normalize", (a, k) -> {
            BigDecimal r = self(a).v.round(optionalContext(a, k).mc());
            r = r.signum() == 0 ? BigDecimal.ZERO : r.stripTrailingZeros();
            return new Dec(r, self(a).negZero);
        });
        t.addMethod("sqrt", (a, k) -> {
            Dec d = self(a);
            Context ctx = optionalContext(a, k);
            if (d.v.signum() < 0) {
                throw signal(INVALID_OPERATION, "InvalidOperation");
            }
            if (d.v.signum() == 0) {
                return new Dec(BigDecimal.ZERO.setScale(Math.floorDiv(d.v.scale() + 1, 2) > 0
                        ? (d.v.scale() + 1) / 2 : 0));
            }
            MathContext mc = ctx.mc();
            BigDecimal r = d.v.sqrt(mc);
            if (r.precision() < mc.getPrecision() && r.multiply(r).compareTo(d.v) != 0) {
                r = r.setScale(r.scale() + mc.getPrecision() - r.precision()); // inexact: all digits
            }
            return new Dec(r);
        });
        t.addMethod("as_integer_ratio", (a, k) -> {
            BigDecimal v = self(a).v;
            BigInteger num = v.unscaledValue();
            BigInteger den = BigInteger.ONE;
            if (v.scale() > 0) {
                den = BigInteger.TEN.pow(v.scale());
                BigInteger g = num.gcd(den);
                num = num.divide(g);
                den = den.divide(g);
            } else if (v.scale() < 0) {
                num = num.multiply(BigInteger.TEN.pow(-v.scale()));
            }
            return new org.enginehost.python.runtime.PyTuple(new PyObject[] {PyInt.of(num), PyInt.of(den)});
        });
        t.addMethod("__int__", (a, k) -> PyInt.of(self(a).v.toBigInteger()));
        t.addMethod("__trunc__", (a, k) -> PyInt.of(self(a).v.toBigInteger()));
        t.addMethod("__float__", (a, k) -> new PyFloat(Double.parseDouble(self(a).str())));
        t.addMethod("__abs__", (a, k) -> new Dec(self(a).v.abs(CURRENT.get().mc())));
        t.addMethod("__round__", (a, k) -> {
            PyBuiltinFunction.noKeywords("Decimal.__round__", k);
            atMostOneArgument(a);
            Dec d = self(a);
            if (a.length < 2) {
                return PyInt.of(d.v.setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
            }
            if (!(a[1] instanceof PyInt)) {
                throw PyErr.typeError("optional arg must be an integer");
            }
            int n = Args.toSmallInt(a[1], "ndigits");
            return new Dec(d.v.setScale(n, RoundingMode.HALF_EVEN));
        });
        t.addMethod("__floor__", (a, k) -> PyInt.of(self(a).v.setScale(0, RoundingMode.FLOOR).toBigInteger()));
        t.addMethod("__ceil__", (a, k) -> PyInt.of(self(a).v.setScale(0, RoundingMode.CEILING).toBigInteger()));
        t.addMethod("is_zero", (a, k) -> PyBool.of(self(a).v.signum() == 0));
        t.addMethod("is_signed", (a, k) -> PyBool.of(self(a).v.signum() < 0 || self(a).negZero));
        t.addMethod("as_tuple", (a, k) -> {
            Dec d = self(a);
            String digits = d.v.unscaledValue().abs().toString();
            org.enginehost.python.runtime.PyObject[] ds = new PyObject[digits.length()];
            for (int i = 0; i < ds.length; i++) {
                ds[i] = PyInt.of(digits.charAt(i) - '0');
            }
            return new NamedTuple(DECIMAL_TUPLE, new PyObject[] {PyInt.of(d.v.signum() < 0 || d.negZero ? 1 : 0),
                new org.enginehost.python.runtime.PyTuple(ds), PyInt.of(-d.v.scale())});
        });
        t.fixArgs(0, "__floor__ __ceil__ is_zero is_signed as_tuple as_integer_ratio __int__ __trunc__ __float__ __abs__");
        t.addOperatorMethods("add sub mul truediv floordiv mod pow", "__neg__ __pos__ __bool__");
    }
}
