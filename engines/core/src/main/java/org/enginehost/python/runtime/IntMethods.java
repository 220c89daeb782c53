package org.enginehost.python.runtime;

import java.math.BigInteger;

/** Methods and attributes of {@code int}, the int/str digit limit and three-argument pow. */
public final class IntMethods {
    /** CPython's sys.int_info.default_max_str_digits. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;
    /** The calling interpreter's limit (0 = unlimited), set by sys.set_int_max_str_digits. */
    private static int maxStrDigits() {
        ThreadState ts = ThreadState.currentOrNull();
        return ts == null ? DEFAULT_MAX_STR_DIGITS : ts.maxStrDigits;
    }

    private IntMethods() {
    }

    /** Decimal digits of a non-negative or negative BigInteger, enforcing the digit limit. */
    public static String toDecimalString(BigInteger b) {
        int limit = maxStrDigits();
        // bitLength * log10(2) is a lower bound on the digit count minus one
        if (limit > 0 && (long) (b.bitLength() * 0.30102999566398114) + 1 > limit) {
            String s = b.abs().toString();
            if (s.length() > limit) {
                throw PyErr.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                        + "use sys.set_int_max_str_digits() to increase the limit");
            }
            return b.signum() < 0 ? "-" + s : s;
        }
        return b.toString();
    }

    /** Fails when a decimal literal for int() has more digits than allowed. */
    static void checkParseDigits(int ndigits) {
        int limit = maxStrDigits();
        if (limit > 0 && ndigits > limit) {
            throw PyErr.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: value has "
                    + ndigits + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
    }

    private static PyInt self(PyObject[] a, String name) {
        if (a.length == 0 || !(a[0] instanceof PyInt)) {
            throw PyErr.typeError("descriptor '" + name + "' requires a 'int' object");
        }
        return (PyInt) a[0];
    }

    /** {@code int} attribute values (real, imag, numerator, denominator), or null. */
    static PyObject attr(PyInt i, String name) {
        switch (name) {
            case "real":
            case "numerator":
                return i.big == null ? PyInt.of(i.value) : i;
            case "imag":
                return PyInt.of(0);
            case "denominator":
                return PyInt.of(1);
            default:
                return null;
        }
    }

    static int bitLength(PyInt i) {
        if (i.big == null) {
            long v = i.value;
            return v == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(v));
        }
        return i.big.abs().bitLength();
    }

    static void install(PyType t) {
        for (String name : new String[] {"real", "imag", "numerator", "denominator"}) {
            PyBuiltinAttribute.attribute(t, name, o -> attr((PyInt) o, name));
        }
        t.addMethod("bit_length", (a, k) -> PyInt.of(bitLength(self(a, "bit_length"))));
        t.addMethod("bit_count", (a, k) -> {
            PyInt i = self(a, "bit_count");
            return PyInt.of(i.big == null && i.value != Long.MIN_VALUE ? Long.bitCount(Math.abs(i.value)) : i.toBig().abs().bitCount());
        });
        t.addMethod("conjugate", (a, k) -> intValue(self(a, "conjugate")));
        t.addMethod("as_integer_ratio", (a, k) -> PyTuple.of(intValue(self(a, "as_integer_ratio")), PyInt.of(1)));
        t.addMethod("__index__", (a, k) -> intValue(self(a, "__index__")));
        t.addMethod("__int__", (a, k) -> intValue(self(a, "__int__")));
        t.addMethod("__float__", (a, k) -> new PyFloat(self(a, "__float__").toDouble()));
        t.addMethod("__abs__", (a, k) -> {
            PyInt i = self(a, "__abs__");
            return i.big == null && i.value >= 0 ? PyInt.of(i.value) : i.big == null && i.value != Long.MIN_VALUE
                    ? PyInt.of(-i.value) : PyInt.of(i.toBig().abs());
        });
        // __neg__ __pos__ __invert__ __bool__ __hash__ __repr__ __str__ and the binary operators are
        // Derived's wrappers (Derived.installWrappers): a subclass's super().__neg__() must reach
        // int's own operation, not the subclass's override again.
        t.addMethod("__trunc__", (a, k) -> intValue(self(a, "__trunc__")));
        t.addMethod("__floor__", (a, k) -> intValue(self(a, "__floor__")));
        t.addMethod("__ceil__", (a, k) -> intValue(self(a, "__ceil__")));
        t.addMethod("__round__", (a, k) -> Builtins.round(a, k));
        t.addMethod("__format__", (a, k) -> {
            PyBuiltinFunction.checkArgs("__format__", a, k, 2, 2);
            return new PyStr(Formatter.formatBuiltin(self(a, "__format__"), StrMethods.strArg(a[1], "__format__() argument")));
        });
        t.addMethod("to_bytes", IntMethods::toBytes);
        t.dict().put(new PyStr("from_bytes"), new PyBuiltinFunction("from_bytes", IntMethods::fromBytes));
    }

    private static PyInt intValue(PyInt i) {
        return i.big == null ? PyInt.of(i.value) : PyInt.of(i.big);
    }

    private static boolean byteorderLittle(PyObject o) {
        String s = o == null ? "big" : StrMethods.strArg(o, "to_bytes() argument 'byteorder'");
        if (s.equals("little")) {
            return true;
        }
        if (s.equals("big")) {
            return false;
        }
        throw PyErr.valueError("byteorder must be either 'little' or 'big'");
    }

    private static PyObject toBytes(PyObject[] a, String[] k) {
        PyInt self = self(a, "to_bytes");
        PyObject[] p = StrMethods.bind("to_bytes", a, k, 0, true, "length", "byteorder", "signed");
        long length = p[0] == null ? 1 : StrMethods.intArg(p[0]);
        if (length < 0) {
            throw PyErr.valueError("length argument must be non-negative");
        }
        boolean little = byteorderLittle(p[1]);
        boolean signed = p[2] != null && Operations.isTrue(p[2]);
        BigInteger v = self.toBig();
        if (!signed && v.signum() < 0) {
            throw PyErr.overflow("can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > length * 8 && !(v.signum() == 0)) {
            throw PyErr.overflow("int too big to convert");
        }
        byte[] out = new byte[(int) length];
        byte[] raw = v.toByteArray();
        int fillByte = v.signum() < 0 ? 0xff : 0;
        for (int i = 0; i < length; i++) {
            int src = raw.length - 1 - i;
            int b = src >= 0 ? raw[src] & 0xff : fillByte;
            out[little ? i : (int) length - 1 - i] = (byte) b;
        }
        return new PyBytes(out);
    }

    private static PyObject fromBytes(PyObject[] a, String[] k) {
        PyObject[] pre = new PyObject[a.length + 1];
        pre[0] = PyNone.NONE;
        System.arraycopy(a, 0, pre, 1, a.length);
        PyObject[] p = StrMethods.bind("from_bytes", pre, k, 1, true, "bytes", "byteorder", "signed");
        byte[] data;
        if (p[0] instanceof BytesBase) {
            data = ((BytesBase) p[0]).toByteArray();
        } else if (p[0] instanceof PyStr) {
            throw PyErr.typeError("cannot convert 'str' object to bytes");
        } else {
            data = PyBytes.fromArgs("bytes", new PyObject[] {p[0]}, null);
        }
        boolean little = byteorderLittle(p[1]);
        boolean signed = p[2] != null && Operations.isTrue(p[2]);
        byte[] be = new byte[data.length + 1];
        for (int i = 0; i < data.length; i++) {
            be[i + 1] = data[little ? data.length - 1 - i : i];
        }
        BigInteger v = new BigInteger(be);
        if (signed && data.length > 0 && (be[1] & 0x80) != 0) {
            v = v.subtract(BigInteger.ONE.shiftLeft(8 * data.length));
        }
        return PyInt.of(v);
    }

    /** {@code pow(base, exp, mod)} for ints, with modular inverse for negative exponents. */
    public static PyObject pow3(PyObject base, PyObject exp, PyObject mod) {
        if (!(base instanceof PyInt) || !(exp instanceof PyInt) || !(mod instanceof PyInt)) {
            throw PyErr.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        PyInt m = (PyInt) mod;
        if (!m.isTrue()) {
            throw PyErr.valueError("pow() 3rd argument cannot be 0");
        }
        PyInt b = (PyInt) base;
        PyInt e = (PyInt) exp;
        if (m.big == null && b.big == null && e.big == null && e.value >= 0
                && Math.abs(m.value) < (1L << 31) && m.value != Long.MIN_VALUE) {
            long mm = Math.abs(m.value);
            long r = 1 % mm;
            long x = Math.floorMod(b.value, mm);
            long n = e.value;
            while (n > 0) {
                if ((n & 1) != 0) {
                    r = r * x % mm;
                }
                x = x * x % mm;
                n >>= 1;
            }
            if (m.value < 0 && r != 0) {
                r += m.value;
            }
            return PyInt.of(r);
        }
        BigInteger mm = m.toBig().abs();
        BigInteger bb = b.toBig();
        BigInteger ee = e.toBig();
        if (ee.signum() < 0) {
            try {
                bb = bb.mod(mm).modInverse(mm);
            } catch (ArithmeticException ex) {
                throw PyErr.valueError("base is not invertible for the given modulus");
            }
            ee = ee.negate();
        }
        BigInteger r = mm.equals(BigInteger.ONE) ? BigInteger.ZERO : bb.mod(mm).modPow(ee, mm);
        if (m.toBig().signum() < 0 && r.signum() != 0) {
            r = r.add(m.toBig());
        }
        return PyInt.of(r);
    }
}
