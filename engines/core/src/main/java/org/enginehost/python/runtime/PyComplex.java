package org.enginehost.python.runtime;

/** Python {@code complex}: a pair of doubles, with CPython's arithmetic and repr. */
public final class PyComplex extends PyObject {
    public static final PyType TYPE = PyType.builtin("complex", PyComplex::construct);
    private static final long HASH_IMAG = 1000003L;

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        return Formatter.format(this, "");
    }

    @Override
    public boolean isTrue() {
        return real != 0 || imag != 0;
    }

    @Override
    public PyObject getAttr(String name) {
        switch (name) {
            case "real": return new PyFloat(real);
            case "imag": return new PyFloat(imag);
            default: return super.getAttr(name);
        }
    }

    /**
     * An argument of a complex function (the cmath module): a number, or an object with
     * {@code __complex__}, {@code __float__} or {@code __index__}; TypeError otherwise.
     */
    public static PyComplex argument(PyObject o) {
        PyComplex c = coerce(o);
        if (c == null && NumberProtocol.mayConvert(o)) {
            c = NumberProtocol.toComplex(o);
        }
        if (c == null) {
            throw PyErr.typeError("must be real number, not " + o.getType().name);
        }
        return c;
    }

    /** The operand as a complex, or null when it is not a number. */
    static PyComplex coerce(PyObject o) {
        if (o instanceof PyComplex) {
            return (PyComplex) o;
        }
        if (o instanceof PyFloat) {
            return new PyComplex(((PyFloat) o).value, 0.0);
        }
        if (o instanceof PyInt) {
            return new PyComplex(((PyInt) o).toDouble(), 0.0);
        }
        return null;
    }

    @Override
    public PyObject binop(int op, PyObject other) {
        PyComplex b = coerce(other);
        return b == null ? null : arith(op >= BinOp.INPLACE ? op - BinOp.INPLACE : op, this, b);
    }

    @Override
    public PyObject rbinop(int op, PyObject other) {
        PyComplex a = coerce(other);
        return a == null ? null : arith(op, a, this);
    }

    static PyObject arith(int op, PyComplex a, PyComplex b) {
        switch (op) {
            case BinOp.ADD: return new PyComplex(a.real + b.real, a.imag + b.imag);
            case BinOp.SUB: return new PyComplex(a.real - b.real, a.imag - b.imag);
            case BinOp.MUL: return mul(a, b);
            case BinOp.TRUEDIV: return div(a, b);
            case BinOp.POW: return pow(a, b);
            default: return null;
        }
    }

    static PyComplex mul(PyComplex a, PyComplex b) {
        return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    }

    static PyComplex div(PyComplex a, PyComplex b) {
        double absBr = Math.abs(b.real);
        double absBi = Math.abs(b.imag);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                throw PyErr.zeroDivision("complex division by zero");
            }
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        }
        if (absBi >= absBr) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    static PyComplex pow(PyComplex a, PyComplex b) {
        PyComplex r;
        if (b.imag == 0.0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100.0) {
            long n = (long) b.real;
            if (n > 0) {
                r = powu(a, n);
            } else {
                PyComplex p = powu(a, -n);
                if (p.real == 0 && p.imag == 0 && n != 0) {
                    throw PyErr.zeroDivision("0.0 to a negative or complex power");
                }
                r = n == 0 ? new PyComplex(1, 0) : div(new PyComplex(1, 0), p);
            }
        } else if (b.real == 0 && b.imag == 0) {
            r = new PyComplex(1, 0);
        } else if (a.real == 0 && a.imag == 0) {
            if (b.imag != 0 || b.real < 0) {
                throw PyErr.zeroDivision("0.0 to a negative or complex power");
            }
            r = new PyComplex(0, 0);
        } else {
            double vabs = Math.hypot(a.real, a.imag);
            double len = Math.pow(vabs, b.real);
            double at = Math.atan2(a.imag, a.real);
            double phase = at * b.real;
            if (b.imag != 0.0) {
                len /= Math.exp(at * b.imag);
                phase += b.imag * Math.log(vabs);
            }
            r = new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
        }
        if ((Double.isInfinite(r.real) || Double.isInfinite(r.imag)) && Double.isFinite(a.real) && Double.isFinite(a.imag)
                && Double.isFinite(b.real) && Double.isFinite(b.imag)) {
            throw PyErr.overflow("complex exponentiation");
        }
        return r;
    }

    private static PyComplex powu(PyComplex x, long n) {
        PyComplex r = new PyComplex(1, 0);
        PyComplex p = x;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = mul(r, p);
            }
            mask <<= 1;
            p = mul(p, p);
        }
        return r;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return null;
        }
        boolean eq;
        if (other instanceof PyComplex) {
            eq = real == ((PyComplex) other).real && imag == ((PyComplex) other).imag;
        } else if (other instanceof PyFloat) {
            eq = imag == 0 && real == ((PyFloat) other).value;
        } else if (other instanceof PyInt) {
            eq = imag == 0 && !Double.isNaN(real) && FloatOps.compareIntFloat((PyInt) other, real) == 0;
        } else {
            return null;
        }
        return PyBool.of(eq == (op == CompareOp.EQ));
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof PyObject) {
            PyObject r = richCompare((PyObject) o, CompareOp.EQ);
            return r == PyBool.TRUE;
        }
        return false;
    }

    @Override
    public long pyHash() {
        long hr = Double.isNaN(real) ? System.identityHashCode(this) : Hashing.hashDouble(real);
        long hi = Double.isNaN(imag) ? System.identityHashCode(this) : Hashing.hashDouble(imag);
        long h = hr + HASH_IMAG * hi;
        return h == -1 ? -2 : h;
    }

    @Override
    public PyObject neg() {
        return new PyComplex(-real, -imag);
    }

    @Override
    public PyObject pos() {
        return new PyComplex(real, imag);
    }

    /** {@code abs(z)}. */
    public PyFloat abs() {
        if (Double.isInfinite(real) || Double.isInfinite(imag)) {
            return new PyFloat(Double.POSITIVE_INFINITY);
        }
        double r = Math.hypot(real, imag);
        if (Double.isInfinite(r)) {
            throw PyErr.overflow("absolute value too large");
        }
        return new PyFloat(r);
    }

    static void install(PyType t) {
        for (String name : new String[] {"real", "imag"}) {
            PyBuiltinAttribute.member(t, name, o -> o.getAttr(name));
        }
        t.addMethod("conjugate", (a, k) -> {
            PyComplex c = (PyComplex) a[0];
            return new PyComplex(c.real, -c.imag);
        });
        t.addMethod("__format__", (a, k) -> {
            PyBuiltinFunction.checkArgs("__format__", a, k, 2, 2);
            return new PyStr(Formatter.formatBuiltin(a[0], StrMethods.strArg(a[1], "__format__() argument")));
        });
        t.addMethod("__abs__", (a, k) -> ((PyComplex) a[0]).abs());
    }

    // ---------------------------------------------------------------- constructor

    static PyObject construct(PyType type, PyObject[] a, String[] k) {
        PyObject[] pre = new PyObject[a.length + 1];
        pre[0] = PyNone.NONE;
        System.arraycopy(a, 0, pre, 1, a.length);
        PyObject[] p = StrMethods.bind("complex", pre, k, 0, true, "real", "imag");
        PyObject r = p[0];
        PyObject i = p[1];
        if (r == null) {
            r = PyInt.of(0);
        }
        if (r instanceof PyStr) {
            if (i != null) {
                throw PyErr.typeError("complex() can't take second arg if first is a string");
            }
            return parse(((PyStr) r).value);
        }
        if (i instanceof PyStr) {
            throw PyErr.typeError("complex() second arg can't be a string");
        }
        PyComplex cr = NumberProtocol.mayConvert(r) ? NumberProtocol.toComplex(r) : null;
        if (cr == null) {
            cr = coerce(r);
        }
        if (cr == null) {
            throw PyErr.typeError("complex() first argument must be a string or a number, not '" + r.getType().name + "'");
        }
        if (i == null) {
            return r instanceof PyComplex ? r : cr;
        }
        PyComplex ci = coerce(i);
        if (ci == null && NumberProtocol.mayConvert(i)) {
            PyFloat f = NumberProtocol.toFloat(i);
            ci = f == null ? null : new PyComplex(f.value, 0.0);
        }
        if (ci == null) {
            throw PyErr.typeError("complex() second argument must be a number, not '" + i.getType().name + "'");
        }
        double re = i instanceof PyComplex ? cr.real - ci.imag : cr.real;
        double im = r instanceof PyComplex ? ci.real + cr.imag : ci.real;
        return new PyComplex(re, im);
    }

    /** {@code complex(str)}: "1", "2j", "1+2j", "(1-2.5e3j)", "inf", "-nanj", with whitespace. */
    static PyComplex parse(String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")") && s.length() >= 2) {
            s = s.substring(1, s.length() - 1).strip();
        }
        PyComplex c = tryParse(s);
        if (c == null) {
            throw PyErr.valueError("complex() arg is a malformed string");
        }
        return c;
    }

    private static PyComplex tryParse(String s) {
        if (s.isEmpty() || s.indexOf(' ') >= 0) {
            return null;
        }
        if (s.endsWith("j") || s.endsWith("J")) {
            String body = s.substring(0, s.length() - 1);
            // find the split between real and imaginary parts: a sign not after an exponent mark
            int split = -1;
            for (int i = body.length() - 1; i > 0; i--) {
                char c = body.charAt(i);
                if ((c == '+' || c == '-') && body.charAt(i - 1) != 'e' && body.charAt(i - 1) != 'E') {
                    split = i;
                    break;
                }
            }
            String re = split < 0 ? null : body.substring(0, split);
            String im = split < 0 ? body : body.substring(split);
            Double iv = im.isEmpty() || im.equals("+") ? Double.valueOf(1.0) : im.equals("-") ? Double.valueOf(-1.0) : number(im);
            if (iv == null) {
                return null;
            }
            if (re == null) {
                return new PyComplex(0.0, iv);
            }
            Double rv = number(re);
            return rv == null ? null : new PyComplex(rv, iv);
        }
        Double rv = number(s);
        return rv == null ? null : new PyComplex(rv, 0.0);
    }

    private static Double number(String s) {
        try {
            return Builtins.parseFloat(s);
        } catch (PyException e) {
            return null;
        }
    }
}
