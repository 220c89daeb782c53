package org.enginehost.python.modules;

import org.enginehost.python.runtime.BinOp;
import org.enginehost.python.runtime.CompareOp;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyJavaIterator;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyType;
import org.enginehost.python.runtime.ReprGuard;
import org.enginehost.python.runtime.Sequences;

/** {@code collections.deque}: a circular buffer with an optional maxlen. */
public final class PyDeque extends PyObject {
    public static final PyType TYPE = new PyType("deque", new PyType[] {PyType.OBJECT},
            (t, a, k) -> make(a, k), "collections");
    static final PyType ITER = new PyType("_collections._deque_iterator", new PyType[] {PyType.OBJECT}, null);

    private PyObject[] buf = new PyObject[8];
    private int head;
    private int size;
    /** -1 when unbounded. */
    private final int maxlen;
    /** Bumped on every mutation, so that iterators detect changes. */
    private int state;

    PyDeque(int maxlen) {
        this.maxlen = maxlen;
    }

    static PyDeque make(PyObject[] a, String[] k) {
        PyObject[] p = Args.bind("deque", a, k, new String[] {"iterable", "maxlen"}, 0, 2);
        int maxlen = -1;
        if (p[1] != null && p[1] != PyNone.NONE) {
            maxlen = Args.toSmallInt(p[1], "Python int too large to convert to C ssize_t");
            if (maxlen < 0) {
                throw PyErr.valueError("maxlen must be non-negative");
            }
        }
        PyDeque d = new PyDeque(maxlen);
        if (p[0] != null) {
            d.extend(p[0]);
        }
        return d;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private void grow() {
        PyObject[] nb = new PyObject[buf.length * 2];
        for (int i = 0; i < size; i++) {
            nb[i] = buf[(head + i) % buf.length];
        }
        buf = nb;
        head = 0;
    }

    public PyObject get(int i) {
        return buf[(head + i) % buf.length];
    }

    private void set(int i, PyObject v) {
        buf[(head + i) % buf.length] = v;
    }

    public void append(PyObject v) {
        state++;
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            popleft();
        }
        if (size == buf.length) {
            grow();
        }
        buf[(head + size) % buf.length] = v;
        size++;
    }

    public void appendleft(PyObject v) {
        state++;
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            pop();
        }
        if (size == buf.length) {
            grow();
        }
        head = (head - 1 + buf.length) % buf.length;
        buf[head] = v;
        size++;
    }

    public PyObject pop() {
        if (size == 0) {
            throw PyErr.indexError("pop from an empty deque");
        }
        state++;
        int idx = (head + size - 1) % buf.length;
        PyObject v = buf[idx];
        buf[idx] = null;
        size--;
        return v;
    }

    public PyObject popleft() {
        if (size == 0) {
            throw PyErr.indexError("pop from an empty deque");
        }
        state++;
        PyObject v = buf[head];
        buf[head] = null;
        head = (head + 1) % buf.length;
        size--;
        return v;
    }

    void extend(PyObject iterable) {
        if (iterable == this) {
            iterable = new org.enginehost.python.runtime.PyList(toArray());
        }
        PyObject it = iterable.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            append(x);
        }
    }

    void extendleft(PyObject iterable) {
        if (iterable == this) {
            iterable = new org.enginehost.python.runtime.PyList(toArray());
        }
        PyObject it = iterable.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            appendleft(x);
        }
    }

    PyObject[] toArray() {
        PyObject[] out = new PyObject[size];
        for (int i = 0; i < size; i++) {
            out[i] = get(i);
        }
        return out;
    }

    void rotate(long n) {
        if (size <= 1) {
            return;
        }
        state++;
        int k = (int) (((n % size) + size) % size);
        if (k == 0) {
            return;
        }
        PyObject[] items = toArray();
        for (int i = 0; i < size; i++) {
            set((i + k) % size, items[i]);
        }
    }

    private void removeAt(int i) {
        PyObject[] items = toArray();
        java.util.Arrays.fill(buf, null);
        head = 0;
        int w = 0;
        for (int j = 0; j < items.length; j++) {
            if (j != i) {
                buf[w++] = items[j];
            }
        }
        size = w;
        state++;
    }

    private void insertAt(int i, PyObject v) {
        PyObject[] items = toArray();
        if (size + 1 > buf.length) {
            buf = new PyObject[buf.length * 2];
        } else {
            java.util.Arrays.fill(buf, null);
        }
        head = 0;
        System.arraycopy(items, 0, buf, 0, i);
        buf[i] = v;
        System.arraycopy(items, i, buf, i + 1, items.length - i);
        size = items.length + 1;
        state++;
    }

    private int index(PyObject key) {
        int i = Sequences.itemIndex(key, size, "deque");
        if (i < 0) {
            throw PyErr.indexError("deque index out of range");
        }
        return i;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (!(key instanceof PyInt) && key.getType().lookup("__index__") == null) {
            throw PyErr.typeError("sequence index must be integer, not '" + key.getType().name + "'");
        }
        return get(index(key));
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        set(index(key), value);
    }

    @Override
    public void delItem(PyObject key) {
        removeAt(index(key));
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
    public boolean contains(PyObject v) {
        int st = state;
        for (int i = 0; i < size; i++) {
            PyObject x = get(i);
            if (x == v || Operations.eq(x, v)) {
                return true;
            }
            if (st != state) {
                throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "deque mutated during iteration");
            }
        }
        return false;
    }

    @Override
    public PyObject iter() {
        int[] pos = {0};
        int st = state;
        return new PyJavaIterator(ITER, () -> {
            if (st != state) {
                throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "deque mutated during iteration");
            }
            return pos[0] < size ? get(pos[0]++) : null;
        });
    }

    @Override
    public String repr() {
        if (!ReprGuard.enter(this)) {
            return "[...]";
        }
        try {
            StringBuilder sb = new StringBuilder("deque([");
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Operations.repr(get(i)));
            }
            sb.append(']');
            if (maxlen >= 0) {
                sb.append(", maxlen=").append(maxlen);
            }
            return sb.append(')').toString();
        } finally {
            ReprGuard.exit(this);
        }
    }

    @Override
    public long pyHash() {
        throw PyErr.typeError("unhashable type: 'collections.deque'");
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyDeque)) {
            return null;
        }
        PyDeque o = (PyDeque) other;
        int n = Math.min(size, o.size);
        for (int i = 0; i < n; i++) {
            PyObject x = get(i);
            PyObject y = o.get(i);
            if (!(x == y || Operations.eq(x, y))) {
                if (op == CompareOp.EQ) {
                    return PyBool.FALSE;
                }
                if (op == CompareOp.NE) {
                    return PyBool.TRUE;
                }
                return Operations.compare(op, x, y);
            }
        }
        boolean r;
        switch (op) {
            case CompareOp.EQ: r = size == o.size; break;
            case CompareOp.NE: r = size != o.size; break;
            case CompareOp.LT: r = size < o.size; break;
            case CompareOp.LE: r = size <= o.size; break;
            case CompareOp.GT: r = size > o.size; break;
            default: r = size >= o.size;
        }
        return PyBool.of(r);
    }

    PyDeque copy() {
        PyDeque d = new PyDeque(maxlen);
        for (int i = 0; i < size; i++) {
            d.append(get(i));
        }
        return d;
    }

    @Override
    public PyObject binop(int op, PyObject other) {
        if (op == BinOp.ADD && other instanceof PyDeque) {
            PyDeque d = copy();
            d.extend(other);
            return d;
        }
        if (op == BinOp.ADD + BinOp.INPLACE) {
            extend(other);
            return this;
        }
        if ((op == BinOp.MUL || op == BinOp.MUL + BinOp.INPLACE) && other instanceof PyInt) {
            PyDeque d = op == BinOp.MUL ? copy() : this;
            PyObject[] items = d.toArray();
            long n = ((PyInt) other).value;
            if (n <= 0) {
                d.clear();
            }
            for (long r = 1; r < n; r++) {
                for (PyObject x : items) {
                    d.append(x);
                }
            }
            return d;
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

    void clear() {
        java.util.Arrays.fill(buf, null);
        head = 0;
        size = 0;
        state++;
    }

    @Override
    public PyObject getAttr(String name) {
        if (name.equals("maxlen")) {
            return maxlen < 0 ? PyNone.NONE : PyInt.of(maxlen);
        }
        return super.getAttr(name);
    }

    private static PyDeque self(PyObject[] a) {
        return (PyDeque) a[0];
    }

    static {
        PyType t = TYPE;
        t.dict().put(new PyStr("__hash__"), PyNone.NONE); // mutable: unhashable, as list
        org.enginehost.python.runtime.PyGenericAlias.allowSubscript(t);
        t.addMethod("append", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("deque.append", a, k, 2, 2);
            self(a).append(a[1]);
            return PyNone.NONE;
        });
        t.addMethod("appendleft", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("deque.appendleft", a, k, 2, 2);
            self(a).appendleft(a[1]);
            return PyNone.NONE;
        });
        t.addMethod("pop", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("deque.pop", a, k, 1, 1);
            return self(a).pop();
        });
        t.addMethod("popleft", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("deque.popleft", a, k, 1, 1);
            return self(a).popleft();
        });
        t.addMethod("extend", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("deque.extend", a, k, 2, 2);
            self(a).extend(a[1]);
            return PyNone.NONE;
        });
        t.addMethod("extendleft", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("deque.extendleft", a, k, 2, 2);
            self(a).extendleft(a[1]);
            return PyNone.NONE;
        });
        t.addMethod("rotate", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("deque.rotate", a, k, 1, 2);
            long n = a.length > 1 ? Args.toInt(a[1]).value : 1;
            self(a).rotate(n);
            return PyNone.NONE;
        });
        t.addMethod("clear", (a, k) -> {
            self(a).clear();
            return PyNone.NONE;
        });
        t.addMethod("copy", (a, k) -> self(a).copy());
        t.addMethod("__copy__", (a, k) -> self(a).copy());
        // (type, ((), maxlen), state, items): as collections.deque reduces for pickle and copy.
        t.addMethod("__reduce__", (a, k) -> {
            PyDeque d = self(a);
            PyObject maxlen = d.maxlen < 0 ? PyNone.NONE : PyInt.of(d.maxlen);
            return CollectionsModule.reduction(d, PyTuple.of(PyTuple.of(), maxlen), d.iter(), null);
        });
        t.addMethod("count", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("deque.count", a, k, 2, 2);
            PyDeque d = self(a);
            int st = d.state;
            int c = 0;
            for (int i = 0; i < d.size; i++) {
                PyObject x = d.get(i);
                if (x == a[1] || Operations.eq(x, a[1])) {
                    c++;
                }
                if (st != d.state) {
                    throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "deque mutated during iteration");
                }
            }
            return PyInt.of(c);
        });
        t.addMethod("index", (a, k) -> {
            PyBuiltinFunction.checkMethodArgsOldStyle("index", a, k, 2, 4);
            PyDeque d = self(a);
            int start = a.length > 2 ? clampIndex(a[2], d.size) : 0;
            int stop = a.length > 3 ? clampIndex(a[3], d.size) : d.size;
            int st = d.state;
            for (int i = start; i < stop && i < d.size; i++) {
                PyObject x = d.get(i);
                if (x == a[1] || Operations.eq(x, a[1])) {
                    return PyInt.of(i);
                }
                if (st != d.state) {
                    throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "deque mutated during iteration");
                }
            }
            throw PyErr.valueError(Operations.repr(a[1]) + " is not in deque");
        });
        t.addMethod("insert", (a, k) -> {
            PyBuiltinFunction.checkMethodArgsOldStyle("insert", a, k, 3, 3);
            PyDeque d = self(a);
            if (d.maxlen >= 0 && d.size >= d.maxlen) {
                throw PyErr.indexError("deque already at its maximum size");
            }
            d.insertAt(clampIndex(a[1], d.size), a[2]);
            return PyNone.NONE;
        });
        t.addMethod("remove", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("deque.remove", a, k, 2, 2);
            PyDeque d = self(a);
            for (int i = 0; i < d.size; i++) {
                PyObject x = d.get(i);
                if (x == a[1] || Operations.eq(x, a[1])) {
                    d.removeAt(i);
                    return PyNone.NONE;
                }
            }
            throw PyErr.valueError(Operations.repr(a[1]) + " is not in deque");
        });
        t.addMethod("reverse", (a, k) -> {
            PyDeque d = self(a);
            PyObject[] items = d.toArray();
            for (int i = 0; i < items.length; i++) {
                d.set(i, items[items.length - 1 - i]);
            }
            d.state++;
            return PyNone.NONE;
        });
        t.addMethod("__reversed__", (a, k) -> {
            PyDeque d = self(a);
            int[] pos = {d.size};
            int st = d.state;
            return new PyJavaIterator(ITER, () -> {
                if (st != d.state) {
                    throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "deque mutated during iteration");
                }
                return --pos[0] >= 0 ? d.get(pos[0]) : null;
            });
        });
        t.fixArgs(0, "clear copy __copy__ __reduce__ reverse __reversed__");
        t.addOperatorMethods("", "__add__ __mul__ __rmul__ __iadd__ __imul__"
                + " __len__ __getitem__ __setitem__ __delitem__ __contains__ __iter__");
    }

    private static int clampIndex(PyObject o, int size) {
        long i = Sequences.index(Args.toInt(o));
        if (i < 0) {
            i += size;
            if (i < 0) {
                i = 0;
            }
        }
        return (int) Math.min(i, size);
    }
}
