package org.enginehost.python.runtime;

/** Python {@code range} over longs. */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", Builtins::constructRange);
    public static final PyType ITERATOR_TYPE = PyType.builtin("range_iterator", null);

    public final long start;
    public final long stop;
    public final long step;
    public final long length;

    public PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw PyErr.valueError("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        } else {
            n = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        }
        this.length = n;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }

    @Override
    public boolean isTrue() {
        return length != 0;
    }

    @Override
    public int len() {
        if (length > Integer.MAX_VALUE) {
            throw PyErr.overflow("Python int too large to convert to C ssize_t");
        }
        return (int) length;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PyInt) {
            long i = Sequences.index((PyInt) key);
            if (i < 0) {
                i += length;
            }
            if (i < 0 || i >= length) {
                throw PyErr.indexError("range object index out of range");
            }
            return PyInt.of(start + i * step);
        }
        throw PyErr.typeError("range indices must be integers or slices, not " + key.getType().name);
    }

    @Override
    public boolean contains(PyObject v) {
        if (v instanceof PyInt && !((PyInt) v).isBig()) {
            long x = ((PyInt) v).value;
            if (step > 0 ? (x < start || x >= stop) : (x > start || x <= stop)) {
                return false;
            }
            return (x - start) % step == 0;
        }
        return super.contains(v);
    }

    @Override
    public PyObject iter() {
        return new Iterator(start, step, length);
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyRange) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return null;
        }
        PyRange r = (PyRange) other;
        boolean eq = length == r.length && (length == 0 || (start == r.start && (length == 1 || step == r.step)));
        return PyBool.of(eq == (op == CompareOp.EQ));
    }

    /** The range iterator; public so that FOR_ITER can special-case it. */
    public static final class Iterator extends PyObject {
        private long next;
        private final long step;
        private long remaining;

        Iterator(long start, long step, long length) {
            this.next = start;
            this.step = step;
            this.remaining = length;
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
            long v = next;
            next = v + step;
            return PyInt.of(v);
        }
    }
}
