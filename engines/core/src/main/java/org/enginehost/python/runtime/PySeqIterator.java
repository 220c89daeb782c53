package org.enginehost.python.runtime;

/** Iterator over a str, list or tuple by index, as CPython's sequence iterators. */
public final class PySeqIterator extends PyObject {
    public static final PyType LIST_ITERATOR = PyType.builtin("list_iterator", null);
    public static final PyType TUPLE_ITERATOR = PyType.builtin("tuple_iterator", null);
    public static final PyType STR_ITERATOR = PyType.builtin("str_ascii_iterator", null);

    private final PyObject seq;
    private int index;

    public PySeqIterator(PyObject seq) {
        this.seq = seq;
    }

    @Override
    public PyType getType() {
        return seq instanceof PyList ? LIST_ITERATOR : seq instanceof PyTuple ? TUPLE_ITERATOR : STR_ITERATOR;
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
        } else {
            PyStr s = (PyStr) seq;
            if (i < s.codePointLength()) {
                index = i + 1;
                return s.charAt(i);
            }
        }
        index = Integer.MAX_VALUE;
        return null;
    }
}
