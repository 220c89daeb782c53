package org.enginehost.python.runtime;

/** Iterator over a str, list or tuple by index, as CPython's sequence iterators. */
public final class PySeqIterator extends PyObject {
    public static final PyType LIST_ITERATOR = PyType.builtin("list_iterator", null);
    public static final PyType TUPLE_ITERATOR = PyType.builtin("tuple_iterator", null);
    public static final PyType STR_ITERATOR = PyType.builtin("str_ascii_iterator", null);
    /** Iterator over any object with {@code __getitem__} (and no {@code __iter__}). */
    public static final PyType ITERATOR = PyType.builtin("iterator", null);

    private final PyObject seq;
    private int index;

    public PySeqIterator(PyObject seq) {
        this.seq = seq;
    }

    static {
        // Pickling, as CPython: (iter, (seq,), index), restored by __setstate__(index).
        for (PyType t : new PyType[] {LIST_ITERATOR, TUPLE_ITERATOR, STR_ITERATOR, ITERATOR}) {
            t.addMethod("__reduce__", (a, k) -> {
                PySeqIterator it = (PySeqIterator) a[0];
                PyObject iter = ThreadState.current().interpreter.builtins.get(new PyStr("iter"));
                return PyTuple.of(iter, PyTuple.of(it.seq), PyInt.of(it.index));
            });
            t.addMethod("__setstate__", (a, k) -> {
                PyBuiltinFunction.checkArgs("__setstate__", a, k, 2, 2);
                ((PySeqIterator) a[0]).index = (int) Math.max(0, ((PyInt) a[1]).value);
                return PyNone.NONE;
            });
        }
    }

    @Override
    public PyType getType() {
        return seq instanceof PyList ? LIST_ITERATOR : seq instanceof PyTuple ? TUPLE_ITERATOR
                : seq instanceof PyStr ? STR_ITERATOR : ITERATOR;
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public PyObject next() {
        int i = index;
        if (seq instanceof PyList) {
            PyList l = (PyList) seq;
            if (i < l.size) {
                index = i + 1;
                return l.items[i];
            }
        } else if (seq instanceof PyTuple) {
            PyTuple t = (PyTuple) seq;
            if (i < t.items.length) {
                index = i + 1;
                return t.items[i];
            }
        } else if (seq instanceof PyStr) {
            PyStr s = (PyStr) seq;
            if (i < s.codePointLength()) {
                index = i + 1;
                return s.charAt(i);
            }
        } else if (i != Integer.MAX_VALUE) {
            try {
                PyObject v = seq.getItem(PyInt.of(i));
                index = i + 1;
                return v;
            } catch (PyException e) {
                if (!e.value.isInstance(ExceptionTypes.INDEX_ERROR) && !e.value.isInstance(ExceptionTypes.STOP_ITERATION)) {
                    throw e;
                }
            }
        }
        index = Integer.MAX_VALUE;
        return null;
    }
}
