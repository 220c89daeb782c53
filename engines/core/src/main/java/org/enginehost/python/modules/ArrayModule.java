package org.enginehost.python.modules;

import java.math.BigInteger;
import java.util.Arrays;
import org.enginehost.python.runtime.BinOp;
import org.enginehost.python.runtime.CompareOp;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.FloatRepr;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyFloat;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyJavaIterator;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PySlice;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;
import org.enginehost.python.runtime.Sequences;

/** The {@code array} module: typed arrays stored as primitive Java arrays (LP64 sizes, as on Linux). */
public final class ArrayModule {
    private ArrayModule() {
    }

    static final String CODES = "bBuhHiIlLqQfd";
    static final int[] SIZES = {1, 1, 4, 2, 2, 4, 4, 8, 8, 8, 8, 4, 8};

    public static final PyType TYPE = new PyType("array", new PyType[] {PyType.OBJECT},
            (t, a, k) -> PyArray.make(a, k), "array");
    static final PyType ITER = new PyType("arrayiterator", new PyType[] {PyType.OBJECT}, null, "array");

    static {
        install();
    }

    public static PyModule create() {
        PyModule m = new PyModule("array", null);
        m.define("array", TYPE);
        m.define("ArrayType", TYPE);
        m.define("typecodes", new PyStr(CODES));
        return m;
    }

    static final class PyArray extends PyObject {
        final char tc;
        final boolean isFloat;
        long[] li;
        double[] di;
        int size;

        PyArray(char tc) {
            this.tc = tc;
            isFloat = tc == 'f' || tc == 'd';
            if (isFloat) {
                di = new double[4];
            } else {
                li = new long[4];
            }
        }

        static PyObject make(PyObject[] a, String[] k) {
            Args.onlyKeywords("array", k);
            if (a.length < 1 || a.length > 2) {
                throw PyErr.typeError("array() takes at most 2 arguments (" + a.length + " given)");
            }
            if (!(a[0] instanceof PyStr) || ((PyStr) a[0]).value.length() != 1) {
                throw PyErr.typeError("array() argument 1 must be a unicode character, not " + a[0].getType().name);
            }
            char tc = ((PyStr) a[0]).value.charAt(0);
            if (CODES.indexOf(tc) < 0) {
                throw PyErr.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
            }
            PyArray arr = new PyArray(tc);
            if (a.length > 1) {
                PyObject init = a[1];
                if (init instanceof PyStr) {
                    if (tc != 'u') {
                        throw PyErr.typeError("cannot use a str to initialize an array with typecode '" + tc + "'");
                    }
                    arr.fromUnicode(((PyStr) init).value);
                } else if (init instanceof PyArray && ((PyArray) init).tc == 'u' && tc != 'u') {
                    throw PyErr.typeError("cannot use a unicode array to initialize an array with typecode '"
                            + tc + "'");
                } else if (init.getType().name.equals("bytes") || init.getType().name.equals("bytearray")) {
                    arr.frombytes(init);
                } else {
                    arr.extend(init);
                }
            }
            return arr;
        }

        int itemsize() {
            return SIZES[CODES.indexOf(tc)];
        }

        void fromUnicode(String s) {
            s.codePoints().forEach(cp -> appendRaw(cp, 0));
        }

        void frombytes(PyObject b) {
            throw new PyException(PyErr.newException(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                    "array: bytes conversion is not supported yet"));
        }

        private void ensure(int n) {
            if (isFloat) {
                if (n > di.length) {
                    di = Arrays.copyOf(di, Math.max(n, di.length * 2));
                }
            } else if (n > li.length) {
                li = Arrays.copyOf(li, Math.max(n, li.length * 2));
            }
        }

        private void appendRaw(long l, double d) {
            ensure(size + 1);
            if (isFloat) {
                di[size] = d;
            } else {
                li[size] = l;
            }
            size++;
        }

        /** Converts a Python value for storage, with CPython's range errors. */
        long toLong(PyObject v) {
            if (tc == 'u') {
                if (!(v instanceof PyStr) || ((PyStr) v).codePointLength() != 1) {
                    throw PyErr.typeError("array item must be unicode character");
                }
                return ((PyStr) v).value.codePointAt(0);
            }
            if (v instanceof PyFloat) {
                throw PyErr.typeError("'float' object cannot be interpreted as an integer");
            }
            PyInt i = Args.toInt(v);
            BigInteger b = i.toBig();
            switch (tc) {
                case 'q':
                    if (b.bitLength() > 63) {
                        throw PyErr.overflow("int too big to convert");
                    }
                    return b.longValue();
                case 'Q':
                    if (b.signum() < 0) {
                        throw PyErr.overflow("can't convert negative int to unsigned");
                    }
                    if (b.bitLength() > 64) {
                        throw PyErr.overflow("int too big to convert");
                    }
                    return b.longValue();
                case 'I':
                case 'L':
                    if (b.signum() < 0) {
                        throw PyErr.overflow("can't convert negative value to unsigned int");
                    }
                    if (b.bitLength() > 64 || (tc == 'L' && b.bitLength() > 64)) {
                        throw PyErr.overflow("Python int too large to convert to C unsigned long");
                    }
                    if (tc == 'I' && b.bitLength() > 32) {
                        throw PyErr.overflow("unsigned int is greater than maximum");
                    }
                    return b.longValue();
                default:
            }
            if (b.bitLength() > 63) {
                throw PyErr.overflow("Python int too large to convert to C long");
            }
            long x = b.longValue();
            switch (tc) {
                case 'b': return range(x, -128, 127, "signed char");
                case 'B': return range(x, 0, 255, "unsigned byte integer");
                case 'h': return range(x, -32768, 32767, "signed short integer");
                case 'H': return range(x, 0, 65535, "unsigned short");
                case 'i': return range(x, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                default: return x;
            }
        }

        private static long range(long x, long lo, long hi, String what) {
            if (x < lo) {
                throw PyErr.overflow(what + " is less than minimum");
            }
            if (x > hi) {
                throw PyErr.overflow(what + " is greater than maximum");
            }
            return x;
        }

        double toDouble(PyObject v) {
            double d = Args.toDouble(v);
            return tc == 'f' ? (double) (float) d : d;
        }

        void append(PyObject v) {
            if (isFloat) {
                appendRaw(0, toDouble(v));
            } else {
                appendRaw(toLong(v), 0);
            }
        }

        void set(int i, PyObject v) {
            if (isFloat) {
                di[i] = toDouble(v);
            } else {
                li[i] = toLong(v);
            }
        }

        PyObject get(int i) {
            if (isFloat) {
                return new PyFloat(di[i]);
            }
            long x = li[i];
            if (tc == 'u') {
                return new PyStr(new String(Character.toChars((int) x)));
            }
            if (tc == 'Q' && x < 0) {
                return PyInt.of(new BigInteger(Long.toUnsignedString(x)));
            }
            return PyInt.of(x);
        }

        void extend(PyObject it) {
            if (it instanceof PyArray) {
                PyArray o = (PyArray) it;
                if (o.tc != tc) {
                    throw PyErr.typeError("can only extend with array of same kind");
                }
                int n = o.size;
                ensure(size + n);
                if (isFloat) {
                    System.arraycopy(o.di, 0, di, size, n);
                } else {
                    System.arraycopy(o.li, 0, li, size, n);
                }
                size += n;
                return;
            }
            PyObject iter = it.iter();
            for (PyObject x = iter.next(); x != null; x = iter.next()) {
                append(x);
            }
        }

        PyArray slice(int start, int step, int count) {
            PyArray r = new PyArray(tc);
            r.ensure(count);
            for (int k = 0, i = start; k < count; k++, i += step) {
                if (isFloat) {
                    r.di[k] = di[i];
                } else {
                    r.li[k] = li[i];
                }
            }
            r.size = count;
            return r;
        }

        void removeAt(int i) {
            if (isFloat) {
                System.arraycopy(di, i + 1, di, i, size - i - 1);
            } else {
                System.arraycopy(li, i + 1, li, i, size - i - 1);
            }
            size--;
        }

        boolean same(int i, PyObject v) {
            PyObject x = get(i);
            return Operations.eq(x, v);
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public PyObject getAttr(String name) {
            if (name.equals("typecode")) {
                return new PyStr(String.valueOf(tc));
            }
            if (name.equals("itemsize")) {
                return PyInt.of(itemsize());
            }
            return super.getAttr(name);
        }

        @Override
        public int len() {
            return size;
        }

        @Override
        public boolean isTrue() {
            return size > 0;
        }

        @Override
        public PyObject getItem(PyObject key) {
            if (key instanceof PySlice) {
                int[] r = ((PySlice) key).indices(size);
                return slice(r[0], r[2], r[3]);
            }
            int i = Sequences.itemIndex(key, size, "array");
            if (i < 0) {
                throw PyErr.indexError("array index out of range");
            }
            return get(i);
        }

        @Override
        public void setItem(PyObject key, PyObject value) {
            if (key instanceof PySlice) {
                if (!(value instanceof PyArray)) {
                    throw PyErr.typeError("can only assign array (not \"" + value.getType().name + "\") to array slice");
                }
                PyArray v = (PyArray) value;
                if (v.tc != tc) {
                    throw PyErr.typeError("bad argument type for built-in operation");
                }
                int[] r = ((PySlice) key).indices(size);
                PyObject[] cur = toArray();
                PyObject[] src = v.toArray();
                if (r[2] == 1) {
                    int stop = Math.max(r[0], r[1]);
                    PyList l = new PyList();
                    for (int i = 0; i < r[0]; i++) {
                        l.append(cur[i]);
                    }
                    for (PyObject x : src) {
                        l.append(x);
                    }
                    for (int i = stop; i < cur.length; i++) {
                        l.append(cur[i]);
                    }
                    size = 0;
                    for (int i = 0; i < l.size; i++) {
                        append(l.items[i]);
                    }
                    return;
                }
                if (src.length != r[3]) {
                    throw PyErr.valueError("attempt to assign array of size " + src.length
                            + " to extended slice of size " + r[3]);
                }
                for (int k = 0, i = r[0]; k < r[3]; k++, i += r[2]) {
                    set(i, src[k]);
                }
                return;
            }
            int i = Sequences.itemIndex(key, size, "array");
            if (i < 0) {
                throw PyErr.indexError("array assignment index out of range");
            }
            set(i, value);
        }

        @Override
        public void delItem(PyObject key) {
            if (key instanceof PySlice) {
                int[] r = ((PySlice) key).indices(size);
                boolean[] drop = new boolean[size];
                for (int k = 0, i = r[0]; k < r[3]; k++, i += r[2]) {
                    drop[i] = true;
                }
                for (int i = size - 1; i >= 0; i--) {
                    if (drop[i]) {
                        removeAt(i);
                    }
                }
                return;
            }
            int i = Sequences.itemIndex(key, size, "array");
            if (i < 0) {
                throw PyErr.indexError("array assignment index out of range");
            }
            removeAt(i);
        }

        PyObject[] toArray() {
            PyObject[] out = new PyObject[size];
            for (int i = 0; i < size; i++) {
                out[i] = get(i);
            }
            return out;
        }

        @Override
        public PyObject iter() {
            int[] pos = {0};
            return new PyJavaIterator(ITER, () -> pos[0] < size ? get(pos[0]++) : null);
        }

        @Override
        public boolean contains(PyObject v) {
            for (int i = 0; i < size; i++) {
                if (same(i, v)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String repr() {
            if (size == 0) {
                return "array('" + tc + "')";
            }
            StringBuilder sb = new StringBuilder("array('").append(tc).append("', ");
            if (tc == 'u') {
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < size; i++) {
                    s.appendCodePoint((int) li[i]);
                }
                return sb.append(PyStr.repr(s.toString())).append(')').toString();
            }
            sb.append('[');
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(isFloat ? FloatRepr.repr(di[i]) : get(i).repr());
            }
            return sb.append("])").toString();
        }

        @Override
        public long pyHash() {
            throw PyErr.typeError("unhashable type: 'array.array'");
        }

        @Override
        public PyObject richCompare(PyObject other, int op) {
            if (!(other instanceof PyArray)) {
                return null;
            }
            PyArray o = (PyArray) other;
            int n = Math.min(size, o.size);
            for (int i = 0; i < n; i++) {
                PyObject x = get(i);
                PyObject y = o.get(i);
                if (!Operations.eq(x, y)) {
                    if (op == CompareOp.EQ) {
                        return PyBool.FALSE;
                    }
                    if (op == CompareOp.NE) {
                        return PyBool.TRUE;
                    }
                    return Operations.compare(op, x, y);
                }
            }
            return PyBool.of(CompareOp.test(op, Integer.compare(size, o.size)));
        }

        @Override
        public PyObject binop(int op, PyObject other) {
            boolean inplace = op >= BinOp.INPLACE;
            int base = inplace ? op - BinOp.INPLACE : op;
            if (base == BinOp.ADD) {
                if (!(other instanceof PyArray)) {
                    throw PyErr.typeError("can only append array (not \"" + other.getType().name + "\") to array");
                }
                if (((PyArray) other).tc != tc) {
                    throw PyErr.typeError("bad argument type for built-in operation");
                }
                PyArray r = inplace ? this : slice(0, 1, size);
                r.extend(other);
                return r;
            }
            if (base == BinOp.MUL && other instanceof PyInt) {
                long n = Math.max(0, Sequences.index((PyInt) other));
                PyArray r = slice(0, 1, size);
                PyArray out = inplace ? this : new PyArray(tc);
                out.size = 0;
                for (long c = 0; c < n; c++) {
                    out.extend(r);
                }
                return out;
            }
            return null;
        }

        @Override
        public PyObject rbinop(int op, PyObject other) {
            if (op == BinOp.MUL && other instanceof PyInt) {
                return binop(op, other);
            }
            return null;
        }
    }

    private static PyArray self(PyObject[] a) {
        return (PyArray) a[0];
    }

    private static void install() {
        PyType t = TYPE;
        t.addMethod("append", (a, k) -> {
            PyBuiltinFunction.checkArgs("append", a, k, 2, 2);
            self(a).append(a[1]);
            return PyNone.NONE;
        });
        t.addMethod("extend", (a, k) -> {
            PyBuiltinFunction.checkArgs("extend", a, k, 2, 2);
            self(a).extend(a[1]);
            return PyNone.NONE;
        });
        t.addMethod("fromlist", (a, k) -> {
            PyBuiltinFunction.checkArgs("fromlist", a, k, 2, 2);
            if (!(a[1] instanceof PyList)) {
                throw PyErr.typeError("arg must be list");
            }
            PyArray s = self(a);
            int old = s.size;
            try {
                s.extend(a[1]);
            } catch (PyException e) {
                s.size = old;
                throw e;
            }
            return PyNone.NONE;
        });
        t.addMethod("pop", (a, k) -> {
            PyBuiltinFunction.checkArgs("pop", a, k, 1, 2);
            PyArray s = self(a);
            if (s.size == 0) {
                throw PyErr.indexError("pop from empty array");
            }
            long i = a.length > 1 ? Sequences.index(Args.toInt(a[1])) : -1;
            if (i < 0) {
                i += s.size;
            }
            if (i < 0 || i >= s.size) {
                throw PyErr.indexError("pop index out of range");
            }
            PyObject v = s.get((int) i);
            s.removeAt((int) i);
            return v;
        });
        t.addMethod("insert", (a, k) -> {
            PyBuiltinFunction.checkArgs("insert", a, k, 3, 3);
            PyArray s = self(a);
            long i = Sequences.index(Args.toInt(a[1]));
            if (i < 0) {
                i = Math.max(0, i + s.size);
            }
            i = Math.min(i, s.size);
            s.append(a[2]);
            int at = (int) i;
            if (s.isFloat) {
                double v = s.di[s.size - 1];
                System.arraycopy(s.di, at, s.di, at + 1, s.size - 1 - at);
                s.di[at] = v;
            } else {
                long v = s.li[s.size - 1];
                System.arraycopy(s.li, at, s.li, at + 1, s.size - 1 - at);
                s.li[at] = v;
            }
            return PyNone.NONE;
        });
        t.addMethod("remove", (a, k) -> {
            PyBuiltinFunction.checkArgs("remove", a, k, 2, 2);
            PyArray s = self(a);
            for (int i = 0; i < s.size; i++) {
                if (s.same(i, a[1])) {
                    s.removeAt(i);
                    return PyNone.NONE;
                }
            }
            throw PyErr.valueError("array.remove(x): x not in array");
        });
        t.addMethod("index", (a, k) -> {
            PyBuiltinFunction.checkArgs("index", a, k, 2, 4);
            PyArray s = self(a);
            int start = a.length > 2 ? clamp(a[2], s.size) : 0;
            int stop = a.length > 3 ? clamp(a[3], s.size) : s.size;
            for (int i = start; i < stop; i++) {
                if (s.same(i, a[1])) {
                    return PyInt.of(i);
                }
            }
            throw PyErr.valueError("array.index(x): x not in array");
        });
        t.addMethod("count", (a, k) -> {
            PyBuiltinFunction.checkArgs("count", a, k, 2, 2);
            PyArray s = self(a);
            int c = 0;
            for (int i = 0; i < s.size; i++) {
                if (s.same(i, a[1])) {
                    c++;
                }
            }
            return PyInt.of(c);
        });
        t.addMethod("reverse", (a, k) -> {
            PyArray s = self(a);
            PyObject[] items = s.toArray();
            for (int i = 0; i < items.length; i++) {
                s.set(i, items[items.length - 1 - i]);
            }
            return PyNone.NONE;
        });
        t.addMethod("tolist", (a, k) -> new PyList(self(a).toArray()));
        t.addMethod("tounicode", (a, k) -> {
            PyArray s = self(a);
            if (s.tc != 'u') {
                throw PyErr.valueError("tounicode() may only be called on unicode type arrays");
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < s.size; i++) {
                sb.appendCodePoint((int) s.li[i]);
            }
            return new PyStr(sb.toString());
        });
        t.addMethod("fromunicode", (a, k) -> {
            PyArray s = self(a);
            if (s.tc != 'u') {
                throw PyErr.valueError("fromunicode() may only be called on unicode type arrays");
            }
            s.fromUnicode(((PyStr) a[1]).value);
            return PyNone.NONE;
        });
        t.addMethod("tobytes", (a, k) -> {
            throw new PyException(PyErr.newException(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                    "array: bytes conversion is not supported yet"));
        });
        t.addMethod("frombytes", (a, k) -> {
            self(a).frombytes(a[1]);
            return PyNone.NONE;
        });
        t.addMethod("buffer_info", (a, k) -> PyTuple.of(PyInt.of(Operations.address(a[0]).hashCode() & 0x7fffffffL),
                PyInt.of(self(a).size)));
        t.addMethod("__copy__", (a, k) -> self(a).slice(0, 1, self(a).size));
        t.fixArgs(0, "tolist buffer_info __copy__ reverse tobytes tounicode");
        t.fixArgs(1, "frombytes fromunicode");
    }

    private static int clamp(PyObject o, int size) {
        long i = Sequences.index(Args.toInt(o));
        if (i < 0) {
            i = Math.max(0, i + size);
        }
        return (int) Math.min(i, size);
    }

}
