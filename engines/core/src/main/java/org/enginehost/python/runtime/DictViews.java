package org.enginehost.python.runtime;

/**
 * The live views {@code dict_keys}, {@code dict_values}, {@code dict_items} and the dict
 * iterators (forward and reversed). Keys and items views are set-like: comparisons and
 * {@code & | - ^} produce sets, as in CPython.
 */
public final class DictViews {
    public static final int KEYS = 0;
    public static final int VALUES = 1;
    public static final int ITEMS = 2;

    static final PyType KEYS_TYPE = PyType.builtin("dict_keys", null);
    static final PyType VALUES_TYPE = PyType.builtin("dict_values", null);
    static final PyType ITEMS_TYPE = PyType.builtin("dict_items", null);
    static final PyType[] ITER_TYPES = {
        PyType.builtin("dict_keyiterator", null),
        PyType.builtin("dict_valueiterator", null),
        PyType.builtin("dict_itemiterator", null),
        PyType.builtin("dict_reversekeyiterator", null),
        PyType.builtin("dict_reversevalueiterator", null),
        PyType.builtin("dict_reverseitemiterator", null),
    };

    private DictViews() {
    }

    static void install() {
        for (PyType t : new PyType[] {KEYS_TYPE, ITEMS_TYPE}) {
            t.dict().put(new PyStr("__hash__"), PyNone.NONE); // set-like views are unhashable
            t.addMethod("isdisjoint", (a, k) -> {
                PyBuiltinFunction.checkArgs("isdisjoint", a, k, 2, 2);
                View v = (View) a[0];
                PyObject it = Operations.iter(a[1]);
                for (PyObject x = it.next(); x != null; x = it.next()) {
                    if (v.contains(x)) {
                        return PyBool.FALSE;
                    }
                }
                return PyBool.TRUE;
            });
            t.addMethod("__contains__", (a, k) -> PyBool.of(a[0].contains(a[1])));
            int[] ops = {BinOp.AND, BinOp.OR, BinOp.SUB, BinOp.XOR};
            for (int op : ops) {
                t.addMethod(Dunder.BINOP[op], (a, k) -> {
                    PyBuiltinFunction.checkArgs(Dunder.BINOP[op], a, k, 2, 2);
                    PyObject r = a[0].binop(op, a[1]);
                    return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
                });
                t.addMethod(Dunder.RBINOP[op], (a, k) -> {
                    PyBuiltinFunction.checkArgs(Dunder.RBINOP[op], a, k, 2, 2);
                    PyObject r = a[0].rbinop(op, a[1]);
                    return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
                });
            }
        }
        for (PyType t : new PyType[] {KEYS_TYPE, VALUES_TYPE, ITEMS_TYPE}) {
            t.addMethod("__reversed__", (a, k) -> {
                View v = (View) a[0];
                return new Iter(v.dict, v.kind, true);
            });
            t.addMethod("__len__", (a, k) -> PyInt.of(a[0].len()));
            t.addMethod("__iter__", (a, k) -> a[0].iter());
            t.fixArgs(0, "__reversed__");
            t.fixSlotArgs(0, "__len__ __iter__");
        }
        KEYS_TYPE.fixSlotArgs(1, "__contains__");
        ITEMS_TYPE.fixSlotArgs(1, "__contains__");
    }

    /** A live view of a dict. */
    public static final class View extends PyObject {
        final PyDict dict;
        final int kind;

        public View(PyDict d, int kind) {
            this.dict = d;
            this.kind = kind;
        }

        @Override
        public PyType getType() {
            return kind == KEYS ? KEYS_TYPE : kind == VALUES ? VALUES_TYPE : ITEMS_TYPE;
        }

        @Override
        public PyObject iter() {
            return new Iter(dict, kind, false);
        }

        @Override
        public int len() {
            return dict.size();
        }

        @Override
        public boolean isTrue() {
            return dict.size() != 0;
        }

        @Override
        public boolean contains(PyObject v) {
            if (kind == KEYS) {
                return dict.contains(v);
            }
            if (kind == ITEMS) {
                if (!(v instanceof PyTuple) || ((PyTuple) v).items.length != 2) {
                    return false;
                }
                PyObject[] kv = ((PyTuple) v).items;
                PyObject found = dict.get(kv[0]);
                return found != null && (found == kv[1] || Operations.eq(found, kv[1]));
            }
            return super.contains(v);
        }

        @Override
        public String repr() {
            if (!ReprGuard.enter(this)) {
                return "...";
            }
            try {
                StringBuilder sb = new StringBuilder(getType().name).append("([");
                boolean first = true;
                PyObject it = iter();
                for (PyObject x = it.next(); x != null; x = it.next()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(Operations.repr(x));
                }
                return sb.append("])").toString();
            } finally {
                ReprGuard.exit(this);
            }
        }

        private boolean setLike() {
            return kind != VALUES;
        }

        private static boolean isSetLike(PyObject o) {
            return o instanceof PySet || (o instanceof View && ((View) o).setLike());
        }

        @Override
        public PyObject binop(int op, PyObject other) {
            if (!setLike()) {
                return null;
            }
            return setOp(op >= BinOp.INPLACE ? op - BinOp.INPLACE : op, this, other);
        }

        @Override
        public PyObject rbinop(int op, PyObject other) {
            if (!setLike()) {
                return null;
            }
            return setOp(op, other, this);
        }

        private static PyObject setOp(int op, PyObject left, PyObject right) {
            if (op != BinOp.AND && op != BinOp.OR && op != BinOp.SUB && op != BinOp.XOR) {
                return null;
            }
            PyObject probe;
            try {
                probe = Operations.iter(right);
            } catch (PyException e) {
                return null;
            }
            PySet result = PySet.of(false, left);
            switch (op) {
                case BinOp.OR:
                    result.updateInternal(right);
                    return result;
                case BinOp.SUB:
                    result.differenceUpdate(right);
                    return result;
                case BinOp.XOR:
                    result.symmetricDifferenceUpdate(right);
                    return result;
                default: {
                    PySet out = new PySet(false);
                    for (PyObject x = probe.next(); x != null; x = probe.next()) {
                        if (left instanceof View ? ((View) left).contains(x) : left.contains(x)) {
                            out.add(x);
                        }
                    }
                    return out;
                }
            }
        }

        @Override
        public PyObject richCompare(PyObject other, int op) {
            if (!setLike() || !isSetLike(other)) {
                return null;
            }
            int la = len();
            int lb = other.len();
            boolean r;
            switch (op) {
                case CompareOp.EQ: r = la == lb && allIn(this, other); break;
                case CompareOp.NE: r = !(la == lb && allIn(this, other)); break;
                case CompareOp.LE: r = la <= lb && allIn(this, other); break;
                case CompareOp.LT: r = la < lb && allIn(this, other); break;
                case CompareOp.GE: r = la >= lb && allIn(other, this); break;
                case CompareOp.GT: r = la > lb && allIn(other, this); break;
                default: return null;
            }
            return PyBool.of(r);
        }

        private static boolean allIn(PyObject a, PyObject b) {
            PyObject it = a.iter();
            for (PyObject x = it.next(); x != null; x = it.next()) {
                if (!b.contains(x)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public long pyHash() {
            if (kind != VALUES) { // keys and items views are set-like, so unhashable
                throw PyErr.typeError("unhashable type: '" + getType().name + "'");
            }
            return System.identityHashCode(this);
        }
    }

    /** Iterator over a dict's keys, values or items, forward or reversed. */
    public static final class Iter extends PyObject {
        private PyDict dict;
        private final int kind;
        private final boolean reversed;
        private final int expected;
        private int remaining;
        private int pos;

        Iter(PyDict d, int kind, boolean reversed) {
            this.dict = d;
            this.kind = kind;
            this.reversed = reversed;
            this.expected = d.size();
            this.remaining = d.size();
            this.pos = reversed ? Integer.MAX_VALUE : 0;
        }

        @Override
        public PyType getType() {
            return ITER_TYPES[kind + (reversed ? 3 : 0)];
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            PyDict d = dict;
            if (d == null) {
                return null;
            }
            if (d.size() != expected) {
                dict = null;
                throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "dictionary changed size during iteration");
            }
            int e = reversed ? d.prevEntry(pos) : d.nextEntry(pos);
            if (e < 0) {
                dict = null;
                return null;
            }
            if (remaining == 0) {
                dict = null;
                throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "dictionary keys changed during iteration");
            }
            remaining--;
            pos = reversed ? e - 1 : e + 1;
            switch (kind) {
                case KEYS: return d.keyAt(e);
                case VALUES: return d.valueAt(e);
                default: return PyTuple.of(d.keyAt(e), d.valueAt(e));
            }
        }

        @Override
        public int len() {
            return dict == null ? 0 : remaining;
        }
    }
}
