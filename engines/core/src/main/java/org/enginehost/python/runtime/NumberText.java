package org.enginehost.python.runtime;

import java.math.BigInteger;

/** Number/text builtins: hex/oct/bin, divmod, str(bytes, encoding), Unicode digits in float(). */
final class NumberText {
    private NumberText() {
    }

    static String radix(PyObject[] a, String[] k, String name, int radix, String prefix) {
        PyBuiltinFunction.checkArgs(name, a, k, 1, 1);
        PyInt i = Index.orNull(a[0]);
        if (i == null) {
            throw Index.notInteger(a[0]);
        }
        if (i.big == null) {
            long v = i.value;
            String digits = radix == 16 ? Long.toHexString(Math.abs(v)) : radix == 8 ? Long.toOctalString(Math.abs(v))
                    : Long.toBinaryString(Math.abs(v));
            if (v == Long.MIN_VALUE) {
                digits = BigInteger.valueOf(v).negate().toString(radix);
            }
            return v < 0 ? "-" + prefix + digits : prefix + digits;
        }
        BigInteger b = i.big;
        return b.signum() < 0 ? "-" + prefix + b.negate().toString(radix) : prefix + b.toString(radix);
    }

    static PyObject divmod(PyObject x, PyObject y) {
        if ((x instanceof PyFloat || y instanceof PyFloat) && (x instanceof PyFloat || x instanceof PyInt)
                && (y instanceof PyFloat || y instanceof PyInt)) {
            double a = PyFloat.toDouble(x);
            double b = PyFloat.toDouble(y);
            if (b == 0.0) {
                throw PyErr.zeroDivision("float divmod()");
            }
            return PyTuple.of(new PyFloat(FloatOps.floorDiv(a, b)), new PyFloat(FloatOps.mod(a, b)));
        }
        if (x instanceof PyInt && y instanceof PyInt) {
            if (ListMethods.isPlainInt(x.getClass()) && ListMethods.isPlainInt(y.getClass())
                    && (((PyInt) x).isBig() || ((PyInt) y).isBig())) {
                BigInteger b = ((PyInt) y).toBig();
                if (b.signum() == 0) {
                    throw PyErr.zeroDivision("integer division or modulo by zero");
                }
                BigInteger[] qr = IntOps.floorDivMod(((PyInt) x).toBig(), b);
                return PyTuple.of(PyInt.of(qr[0]), PyInt.of(qr[1]));
            }
            return PyTuple.of(Operations.binaryOp(BinOp.FLOORDIV, x, y), Operations.binaryOp(BinOp.MOD, x, y));
        }
        PyObject f = x.getType().lookup("__divmod__");
        if (f != null && !(f instanceof PyBuiltinFunction)) {
            return f.call(new PyObject[] {x, y}, null);
        }
        PyObject rf = y.getType().lookup("__rdivmod__");
        if (rf != null && !(rf instanceof PyBuiltinFunction)) {
            return rf.call(new PyObject[] {y, x}, null);
        }
        throw PyErr.typeError("unsupported operand type(s) for divmod(): '" + x.getType().name + "' and '"
                + y.getType().name + "'");
    }

    /** Replaces non-ASCII decimal digits (e.g. Arabic-Indic) by ASCII ones, as float() accepts them. */
    static String asciiDigits(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int cc = Character.charCount(c);
            if (c >= 128 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                if (sb == null) {
                    sb = new StringBuilder(s.length());
                    sb.append(s, 0, i);
                }
                sb.append((char) ('0' + Character.digit(c, 10)));
            } else if (sb != null) {
                sb.appendCodePoint(c);
            }
            i += cc;
        }
        return sb == null ? s : sb.toString();
    }

    /** {@code str(object, encoding, errors)}. */
    static PyObject strDecode(PyObject[] a, String[] k) {
        PyObject[] pre = new PyObject[a.length + 1];
        pre[0] = PyNone.NONE;
        System.arraycopy(a, 0, pre, 1, a.length);
        PyObject[] p = StrMethods.bind("str", pre, k, 0, true, "object", "encoding", "errors");
        PyObject o = p[0] == null ? PyStr.EMPTY : p[0];
        if (p[1] == null && p[2] == null) {
            return o instanceof PyStr ? o : new PyStr(o.str());
        }
        if (!(o instanceof BytesBase)) {
            if (o instanceof PyStr) {
                throw PyErr.typeError("decoding str is not supported");
            }
            throw PyErr.typeError("decoding to str: need a bytes-like object, " + o.getType().name + " found");
        }
        String enc = p[1] == null ? "utf-8" : StrMethods.strArg(p[1], "str() argument 'encoding'");
        String err = p[2] == null ? "strict" : StrMethods.strArg(p[2], "str() argument 'errors'");
        BytesBase b = (BytesBase) o;
        return new PyStr(Codecs.decode(b.data, b.size, enc, err));
    }
}
