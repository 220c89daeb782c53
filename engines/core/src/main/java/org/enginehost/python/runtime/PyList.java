package org.enginehost.python.runtime;

import java.util.Arrays;

/** Python {@code list}: a growable array. Fields are public for the interpreter's fast paths. */
public class PyList extends PyObject {
    public static final PyType TYPE = PyType.builtin("list", Builtins::constructList);

    public PyObject[] items;
    public int size;
    /** The parallel worker call that created this list, or null (main); see {@link Ownership}. */
    public Object owner = Ownership.owner();

    public PyList() {
        items = new PyObject[4];
    }

    /** Takes ownership of {@code items}. */
    public PyList(PyObject[] items) {
        this.items = items;
        this.size = items.length;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public void append(PyObject v) {
        if (Ownership.active) {
            Ownership.check(owner);
            v = Ownership.stored(owner, v);
        }
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 1));
        }
        items[size++] = v;
    }

    public void extend(PyObject iterable) {
        if (Ownership.active) {
            Ownership.check(owner);
        }
        if (iterable instanceof PyList || iterable instanceof PyTuple) {
            PyObject[] src = iterable instanceof PyList ? ((PyList) iterable).items : ((PyTuple) iterable).items;
            int n = iterable instanceof PyList ? ((PyList) iterable).size : src.length;
            ensure(size + n);
            System.arraycopy(src, 0, items, size, n);
            size += n;
            return;
        }
        PyObject it = Operations.iter(iterable);
        for (PyObject x = it.next(); x != null; x = it.next()) {
            append(x);
        }
    }

    void ensure(int n) {
        if (n > items.length) {
            items = Arrays.copyOf(items, Math.max(n, size + (size >> 1) + 1));
        }
    }

    public PyObject get(int i) {
        return items[i];
    }

    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    @Override
    public String repr() {
        if (!ReprGuard.enter(this)) {
            return "[...]";
        }
        try {
            return Sequences.repr(items, size, "[", "]");
        } finally {
            ReprGuard.exit(this);
        }
    }

    @Override
    public boolean isTrue() {
        return size != 0;
    }

    @Override
    public int len() {
        return size;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice) {
            int[] r = ((PySlice) key).indices(size);
            PyObject[] out = new PyObject[r[3]];
            for (int k = 0, i = r[0]; k < r[3]; k++, i += r[2]) {
                out[k] = items[i];
            }
            return new PyList(out);
        }
        int i = Sequences.itemIndex(key, size, "list");
        if (i < 0) {
            throw PyErr.indexError("list index out of range");
        }
        return items[i];
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (Ownership.active) {
            Ownership.check(owner);
            value = Ownership.stored(owner, value);
        }
        if (key instanceof PySlice) {
            PySlice s = (PySlice) key;
            int[] r = s.indices(size);
            PyObject[] src;
            try {
                src = value == this ? toArray() : Operations.toArray(value);
            } catch (PyException e) {
                if (e.value.isInstance(ExceptionTypes.TYPE_ERROR) && value.getType().lookup("__iter__") == null) {
                    throw PyErr.typeError(r[2] == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
                }
                throw e;
            }
            if (r[2] == 1) {
                int lo = r[0];
                int hi = Math.max(lo, r[1]);
                PyObject[] out = new PyObject[size - (hi - lo) + src.length];
                System.arraycopy(items, 0, out, 0, lo);
                System.arraycopy(src, 0, out, lo, src.length);
                System.arraycopy(items, hi, out, lo + src.length, size - hi);
                items = out.length == 0 ? new PyObject[4] : out;
                size = out.length;
                return;
            }
            if (src.length != r[3]) {
                throw PyErr.valueError("attempt to assign sequence of size " + src.length
                        + " to extended slice of size " + r[3]);
            }
            for (int k = 0, i = r[0]; k < r[3]; k++, i += r[2]) {
                items[i] = src[k];
            }
            return;
        }
        int i = Sequences.itemIndex(key, size, "list");
        if (i < 0) {
            throw PyErr.indexError("list assignment index out of range");
        }
        items[i] = value;
    }

    @Override
    public void delItem(PyObject key) {
        if (Ownership.active) {
            Ownership.check(owner);
        }
        if (key instanceof PySlice) {
            int[] r = ((PySlice) key).indices(size);
            int n = r[3];
            if (n == 0) {
                return;
            }
            int step = r[2];
            int lo = r[0];
            if (step < 0) {
                lo = r[0] + (n - 1) * step;
                step = -step;
            }
            boolean[] dead = null;
            if (step == 1) {
                System.arraycopy(items, lo + n, items, lo, size - lo - n);
            } else {
                dead = new boolean[size];
                for (int k = 0, i = lo; k < n; k++, i += step) {
                    dead[i] = true;
                }
                int o = lo;
                for (int i = lo; i < size; i++) {
                    if (!dead[i]) {
                        items[o++] = items[i];
                    }
                }
            }
            java.util.Arrays.fill(items, size - n, size, null);
            size -= n;
            return;
        }
        int i = Sequences.itemIndex(key, size, "list");
        if (i < 0) {
            throw PyErr.indexError("list assignment index out of range");
        }
        remove(i);
    }

    public PyObject remove(int i) {
        if (Ownership.active) {
            Ownership.check(owner);
        }
        PyObject v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return v;
    }

    @Override
    public PyObject iter() {
        return new PySeqIterator(this);
    }

    @Override
    public boolean contains(PyObject v) {
        for (int i = 0; i < size; i++) {
            if (items[i] == v || Operations.eq(items[i], v)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyObject binop(int op, PyObject other) {
        if (op == BinOp.ADD && other instanceof PyList) {
            PyList b = (PyList) other;
            PyObject[] out = new PyObject[size + b.size];
            System.arraycopy(items, 0, out, 0, size);
            System.arraycopy(b.items, 0, out, size, b.size);
            return new PyList(out);
        }
        if ((op == BinOp.MUL || op == BinOp.MUL + BinOp.INPLACE) && other instanceof PyInt) {
            long k = Sequences.repeatCount((PyInt) other, size);
            Memory.require(k * size, Memory.REFERENCE_BYTES);
            PyObject[] out = new PyObject[k <= 0 ? 0 : (int) k * size];
            ThreadState ts = ThreadState.currentOrDetached();
            for (int i = 0; i < k; i++) {
                ts.poll();
                System.arraycopy(items, 0, out, i * size, size);
            }
            if (op == BinOp.MUL) {
                return new PyList(out);
            }
            if (Ownership.active) {
                Ownership.check(owner);
            }
            items = out.length == 0 ? new PyObject[4] : out;
            size = out.length;
            return this;
        }
        if (op == BinOp.ADD + BinOp.INPLACE) {
            extend(other);
            return this;
        }
        return null;
    }

    @Override
    public PyObject rbinop(int op, PyObject other) {
        return op == BinOp.MUL && other instanceof PyInt ? binop(op, other) : null;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyList)) {
            return null;
        }
        PyList b = (PyList) other;
        return PyBool.of(Sequences.compare(items, size, b.items, b.size, op));
    }

    @Override
    public long pyHash() {
        throw PyErr.typeError("unhashable type: 'list'");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyList && Sequences.compare(items, size, ((PyList) o).items, ((PyList) o).size, CompareOp.EQ);
    }
}
