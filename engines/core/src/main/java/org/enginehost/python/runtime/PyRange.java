package org.enginehost.python.runtime;

import java.math.BigInteger;

/**
 * Python {@code range}. Arithmetic is on longs when start, stop, step and the length all fit
 * ({@link #small}); otherwise on BigIntegers, so {@code range(0, 10**20, 7)} works as in CPython.
 */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", PyRange::construct);
    public static final PyType ITERATOR_TYPE = PyType.builtin("range_iterator", null);
    static final PyType LONG_ITERATOR_TYPE = PyType.builtin("longrange_iterator", null);

    public final long start;
    public final long stop;
    public final long step;
    public final long length;
    /** True when the four long fields are exact. */
    public final boolean small;
    private final BigInteger bStart;
    private final BigInteger bStop;
    private final BigInteger bStep;
    private final BigInteger bLength;

    public PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw PyErr.valueError("range() arg 3 must not be zero");
        }
        long n = smallLength(start, stop, step);
        if (n >= 0) {
            this.start = start;
            this.stop = stop;
            this.step = step;
            this.length = n;
            this.small = true;
            bStart = bStop = bStep = bLength = null;
        } else {
            this.start = this.stop = this.step = this.length = 0;
            this.small = false;
            bStart = BigInteger.valueOf(start);
            bStop = BigInteger.valueOf(stop);
            bStep = BigInteger.valueOf(step);
            bLength = bigLength(bStart, bStop, bStep);
        }
    }

    private PyRange(BigInteger start, BigInteger stop, BigInteger step) {
        if (step.signum() == 0) {
            throw PyErr.valueError("range() arg 3 must not be zero");
        }
        BigInteger n = bigLength(start, stop, step);
        this.small = false;
        this.start = this.stop = this.step = this.length = 0;
        bStart = start;
        bStop = stop;
        bStep = step;
        bLength = n;
    }

    /** A range from Python ints, on longs when everything fits. */
    public static PyRange of(PyInt start, PyInt stop, PyInt step) {
        if (!start.isBig() && !stop.isBig() && !step.isBig()) {
            return new PyRange(start.value, stop.value, step.value);
        }
        return new PyRange(start.toBig(), stop.toBig(), step.toBig());
    }

    private static PyRange of(BigInteger start, BigInteger stop, BigInteger step) {
        if (start.bitLength() < 64 && stop.bitLength() < 64 && step.bitLength() < 64) {
            return new PyRange(start.longValue(), stop.longValue(), step.longValue());
        }
        return new PyRange(start, stop, step);
    }

    /** The length on longs, or -1 when the arithmetic would overflow. */
    private static long smallLength(long start, long stop, long step) {
        if (step > 0) {
            if (start >= stop) {
                return 0;
            }
            long diff = stop - start;
            if (diff <= 0) {
                return -1;
            }
            return (diff - 1) / step + 1;
        }
        if (stop >= start) {
            return 0;
        }
        long diff = start - stop;
        if (diff <= 0 || step == Long.MIN_VALUE) {
            return -1;
        }
        return (diff - 1) / (-step) + 1;
    }

    private static BigInteger bigLength(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger lo;
        BigInteger hi;
        BigInteger st;
        if (step.signum() > 0) {
            lo = start;
            hi = stop;
            st = step;
        } else {
            lo = stop;
            hi = start;
            st = step.negate();
        }
        if (lo.compareTo(hi) >= 0) {
            return BigInteger.ZERO;
        }
        return hi.subtract(lo).subtract(BigInteger.ONE).divide(st).add(BigInteger.ONE);
    }

    static PyObject construct(PyType type, PyObject[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw PyErr.typeError("range() takes no keyword arguments");
        }
        if (a.length == 0) {
            throw PyErr.typeError("range expected at least 1 argument, got 0");
        }
        if (a.length > 3) {
            throw PyErr.typeError("range expected at most 3 arguments, got " + a.length);
        }
        PyInt[] v = new PyInt[a.length];
        for (int i = 0; i < a.length; i++) {
            v[i] = asInt(a[i]);
        }
        switch (a.length) {
            case 1: return of(PyInt.of(0), v[0], PyInt.of(1));
            case 2: return of(v[0], v[1], PyInt.of(1));
            default: return of(v[0], v[1], v[2]);
        }
    }

    private static PyInt asInt(PyObject o) {
        return Index.of(o);
    }

    public BigInteger bigStart() {
        return small ? BigInteger.valueOf(start) : bStart;
    }

    public BigInteger bigStop() {
        return small ? BigInteger.valueOf(stop) : bStop;
    }

    public BigInteger bigStep() {
        return small ? BigInteger.valueOf(step) : bStep;
    }

    public BigInteger bigLength() {
        return small ? BigInteger.valueOf(length) : bLength;
    }

    private PyInt startObj() {
        return small ? PyInt.of(start) : PyInt.of(bStart);
    }

    private PyInt stopObj() {
        return small ? PyInt.of(stop) : PyInt.of(bStop);
    }

    private PyInt stepObj() {
        return small ? PyInt.of(step) : PyInt.of(bStep);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        String s = startObj().repr();
        String e = stopObj().repr();
        PyInt st = stepObj();
        return !st.isBig() && st.value == 1 ? "range(" + s + ", " + e + ")" : "range(" + s + ", " + e + ", " + st.repr() + ")";
    }

    @Override
    public boolean isTrue() {
        return small ? length != 0 : bLength.signum() != 0;
    }

    /** {@code len(self)} as a Python int: a range may be longer than a Java int, up to sys.maxsize. */
    public PyObject lenObject() {
        if (small) {
            return PyInt.of(length);
        }
        if (bLength.bitLength() < 64) {
            return PyInt.of(bLength.longValue());
        }
        throw PyErr.overflow("Python int too large to convert to C ssize_t");
    }

    @Override
    public int len() {
        if (!small || length > Integer.MAX_VALUE) {
            throw PyErr.overflow("Python int too large to convert to C ssize_t");
        }
        return (int) length;
    }

    @Override
    public PyObject getAttr(String name) {
        switch (name) {
            case "start": return startObj();
            case "stop": return stopObj();
            case "step": return stepObj();
            default: return super.getAttr(name);
        }
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice) {
            return slice((PySlice) key);
        }
        PyInt ik = Index.orNull(key);
        if (ik == null) {
            throw PyErr.typeError("range indices must be integers or slices, not " + key.getType().name);
        }
        if (small && !ik.isBig()) {
            long i = ik.value;
            if (i < 0) {
                i += length;
            }
            if (i < 0 || i >= length) {
                throw PyErr.indexError("range object index out of range");
            }
            return PyInt.of(start + i * step);
        }
        BigInteger i = ik.toBig();
        BigInteger n = bigLength();
        if (i.signum() < 0) {
            i = i.add(n);
        }
        if (i.signum() < 0 || i.compareTo(n) >= 0) {
            throw PyErr.indexError("range object index out of range");
        }
        return PyInt.of(bigStart().add(i.multiply(bigStep())));
    }

    private static BigInteger sliceArg(PyObject o) {
        PyInt i = Index.orNull(o);
        if (i == null) {
            throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return i.toBig();
    }

    private PyRange slice(PySlice s) {
        BigInteger n = bigLength();
        BigInteger st = s.step == PyNone.NONE ? BigInteger.ONE : sliceArg(s.step);
        if (st.signum() == 0) {
            throw PyErr.valueError("slice step cannot be zero");
        }
        boolean neg = st.signum() < 0;
        BigInteger lower = neg ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = neg ? n.subtract(BigInteger.ONE) : n;
        BigInteger lo = s.start == PyNone.NONE ? (neg ? upper : lower) : clamp(sliceArg(s.start), n, lower, upper);
        BigInteger hi = s.stop == PyNone.NONE ? (neg ? lower : upper) : clamp(sliceArg(s.stop), n, lower, upper);
        BigInteger b = bigStart();
        BigInteger k = bigStep();
        return of(b.add(lo.multiply(k)), b.add(hi.multiply(k)), k.multiply(st));
    }

    private static BigInteger clamp(BigInteger v, BigInteger n, BigInteger lower, BigInteger upper) {
        if (v.signum() < 0) {
            v = v.add(n);
            return v.compareTo(lower) < 0 ? lower : v;
        }
        return v.compareTo(upper) > 0 ? upper : v;
    }

    /** The position of int {@code x} in this range, or -1 (as a BigInteger: null). */
    private BigInteger positionOf(PyInt x) {
        if (small && !x.isBig()) {
            long v = x.value;
            if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) {
                return null;
            }
            long d = v - start;
            return d % step == 0 ? BigInteger.valueOf(d / step) : null;
        }
        BigInteger v = x.toBig();
        BigInteger b = bigStart();
        BigInteger e = bigStop();
        BigInteger k = bigStep();
        boolean in = k.signum() > 0 ? v.compareTo(b) >= 0 && v.compareTo(e) < 0 : v.compareTo(b) <= 0 && v.compareTo(e) > 0;
        if (!in) {
            return null;
        }
        BigInteger[] qr = v.subtract(b).divideAndRemainder(k);
        return qr[1].signum() == 0 ? qr[0] : null;
    }

    @Override
    public boolean contains(PyObject v) {
        if (v instanceof PyInt) {
            return positionOf((PyInt) v) != null;
        }
        return super.contains(v);
    }

    /** {@code range.index(x)}. */
    public PyObject index(PyObject v) {
        if (v instanceof PyInt) {
            BigInteger p = positionOf((PyInt) v);
            if (p == null) {
                throw PyErr.valueError(v.repr() + " is not in range");
            }
            return PyInt.of(p);
        }
        long i = 0;
        PyObject it = iter();
        for (PyObject x = it.next(); x != null; x = it.next(), i++) {
            if (Operations.eq(x, v)) {
                return PyInt.of(i);
            }
        }
        throw PyErr.valueError("sequence.index(x): x not in sequence");
    }

    /** {@code range.count(x)}. */
    public PyObject count(PyObject v) {
        if (v instanceof PyInt) {
            return PyInt.of(positionOf((PyInt) v) != null ? 1 : 0);
        }
        long c = 0;
        PyObject it = iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (Operations.eq(x, v)) {
                c++;
            }
        }
        return PyInt.of(c);
    }

    @Override
    public PyObject iter() {
        if (small) {
            return new Iterator(start, step, length);
        }
        return bigIterator(bigStart(), bigStep(), bigLength());
    }

    private static PyObject bigIterator(BigInteger first, BigInteger step, BigInteger n) {
        BigInteger[] state = {first, n};
        return new PyJavaIterator(LONG_ITERATOR_TYPE, () -> {
            if (state[1].signum() <= 0) {
                return null;
            }
            BigInteger v = state[0];
            state[0] = v.add(step);
            state[1] = state[1].subtract(BigInteger.ONE);
            return PyInt.of(v);
        });
    }

    /** {@code reversed(range)}. */
    public PyObject reversedIter() {
        if (small && step != Long.MIN_VALUE) {
            return new Iterator(start + (length - 1) * step, -step, length);
        }
        BigInteger n = bigLength();
        BigInteger last = bigStart().add(n.subtract(BigInteger.ONE).multiply(bigStep()));
        return bigIterator(last, bigStep().negate(), n);
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyRange) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return null;
        }
        return PyBool.of(rangeEquals((PyRange) other) == (op == CompareOp.EQ));
    }

    private boolean rangeEquals(PyRange r) {
        if (small && r.small) {
            return length == r.length && (length == 0 || (start == r.start && (length == 1 || step == r.step)));
        }
        BigInteger n = bigLength();
        if (!n.equals(r.bigLength())) {
            return false;
        }
        return n.signum() == 0 || (bigStart().equals(r.bigStart()) && (n.equals(BigInteger.ONE) || bigStep().equals(r.bigStep())));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyRange && rangeEquals((PyRange) o);
    }

    /** CPython: hash((len, start, step)) with None for what equality ignores. */
    @Override
    public long pyHash() {
        BigInteger n = bigLength();
        if (n.signum() == 0) {
            return PyTuple.of(PyInt.of(0), PyNone.NONE, PyNone.NONE).pyHash();
        }
        if (n.equals(BigInteger.ONE)) {
            return PyTuple.of(PyInt.of(1), startObj(), PyNone.NONE).pyHash();
        }
        return PyTuple.of(PyInt.of(n), startObj(), stepObj()).pyHash();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(pyHash());
    }

    /** The range iterator; public so that FOR_ITER can special-case it. */
    public static final class Iterator extends PyObject {
        private long next;
        private final long step;
        private long remaining;
        /** Steps left until the next cancel/limit checkpoint (see ThreadState#tick). */
        private int countdown = ThreadState.POLL_INTERVAL;

        Iterator(long start, long step, long length) {
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        static {
            // Pickling: (iter, (range(next, stop, step),)): the rest of the range, from where it is.
            ITERATOR_TYPE.addMethod("__reduce__", (a, k) -> {
                Iterator it = (Iterator) a[0];
                PyObject iter = ThreadState.current().interpreter.builtins.get(new PyStr("iter"));
                PyObject rest = PyRange.TYPE.call(new PyObject[] {PyInt.of(it.next),
                        PyInt.of(it.next + it.remaining * it.step), PyInt.of(it.step)}, null);
                return PyTuple.of(iter, PyTuple.of(rest));
            });
        }

        @Override
        public PyType getType() {
            return ITERATOR_TYPE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            if (--countdown < 0) {
                countdown = ThreadState.POLL_INTERVAL;
                ThreadState.tickCurrent(ThreadState.POLL_INTERVAL);
            }
            long v = next;
            next = v + step;
            return PyInt.of(v);
        }

        @Override
        public int len() {
            return (int) Math.min(Integer.MAX_VALUE, Math.max(0, remaining));
        }
    }
}
