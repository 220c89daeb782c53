package org.enginehost.python.runtime;

/** Python {@code tuple}: an immutable array of items. */
public class PyTuple extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple", Builtins::constructTuple);
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    /** The items; never modified after construction. */
    public final PyObject[] items;

    public PyTuple(PyObject[] items) {
        this.items = items;
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        if (items.length == 1) {
            return "(" + Operations.repr(items[0]) + ",)";
        }
        return Sequences.repr(items, items.length, "(", ")");
    }

    @Override
    public boolean isTrue() {
        return items.length != 0;
    }

    @Override
    public int len() {
        return items.length;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice) {
            int[] r = ((PySlice) key).indices(items.length);
            PyObject[] out = new PyObject[r[3]];
            for (int k = 0, i = r[0]; k < r[3]; k++, i += r[2]) {
                out[k] = items[i];
            }
            return of(out);
        }
        int i = Sequences.itemIndex(key, items.length, "tuple");
        if (i < 0) {
            throw PyErr.indexError("tuple index out of range");
        }
        return items[i];
    }

    @Override
    public PyObject iter() {
        return new PySeqIterator(this);
    }

    @Override
    public boolean contains(PyObject v) {
        for (PyObject x : items) {
            if (x == v || Operations.eq(x, v)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyObject binop(int op, PyObject other) {
        if (op >= BinOp.INPLACE) {
            op -= BinOp.INPLACE;
        }
        if (op == BinOp.ADD && other instanceof PyTuple) {
            PyObject[] b = ((PyTuple) other).items;
            PyObject[] out = new PyObject[items.length + b.length];
            System.arraycopy(items, 0, out, 0, items.length);
            System.arraycopy(b, 0, out, items.length, b.length);
            return of(out);
        }
        if (op == BinOp.MUL && other instanceof PyInt) {
            return repeat((PyInt) other);
        }
        return null;
    }

    @Override
    public PyObject rbinop(int op, PyObject other) {
        return op == BinOp.MUL && other instanceof PyInt ? repeat((PyInt) other) : null;
    }

    private PyTuple repeat(PyInt n) {
        long k = Sequences.repeatCount(n, items.length);
        if (k <= 0 || items.length == 0) {
            return EMPTY;
        }
        Memory.require(k * items.length, Memory.REFERENCE_BYTES);
        PyObject[] out = new PyObject[(int) k * items.length];
        ThreadState ts = ThreadState.currentOrDetached();
        for (int i = 0; i < k; i++) {
            ts.poll();
            System.arraycopy(items, 0, out, i * items.length, items.length);
        }
        return of(out);
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyTuple)) {
            return null;
        }
        PyObject[] b = ((PyTuple) other).items;
        return PyBool.of(Sequences.compare(items, items.length, b, b.length, op));
    }

    /** CPython 3.11's xxHash-based tuple hash. */
    @Override
    public long pyHash() {
        long acc = 2870177450012600261L;
        for (PyObject x : items) {
            long lane = Operations.hash(x);
            acc += lane * -4417276706812531889L;
            acc = Long.rotateLeft(acc, 31);
            acc *= -7046029288634856825L;
        }
        acc += items.length ^ (2870177450012600261L ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PyTuple)) {
            return false;
        }
        PyObject[] b = ((PyTuple) o).items;
        return Sequences.compare(items, items.length, b, b.length, CompareOp.EQ);
    }
}
