package org.enginehost.python.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python {@code dict}: insertion-ordered, keyed by Python hash and equality (the keys' Java
 * {@code hashCode}/{@code equals} follow Python's). The storage is private so it can be replaced
 * by a compact open-addressing table later without touching callers.
 */
public class PyDict extends PyObject {
    public static final PyType TYPE = PyType.builtin("dict", Builtins::constructDict);

    private final LinkedHashMap<PyObject, PyObject> map = new LinkedHashMap<>();

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The value for {@code key}, or {@code null} when absent. */
    public PyObject get(PyObject key) {
        return map.get(key);
    }

    public PyObject get(String key) {
        return map.get(new PyStr(key));
    }

    public void put(PyObject key, PyObject value) {
        map.put(key, value);
    }

    public PyObject remove(PyObject key) {
        return map.remove(key);
    }

    public int size() {
        return map.size();
    }

    public void clear() {
        map.clear();
    }

    public List<PyObject> keys() {
        return new ArrayList<>(map.keySet());
    }

    public List<Map.Entry<PyObject, PyObject>> entries() {
        return new ArrayList<>(map.entrySet());
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject v = map.get(key);
        if (v == null) {
            throw PyErr.keyError(key);
        }
        return v;
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        map.put(key, value);
    }

    @Override
    public void delItem(PyObject key) {
        if (map.remove(key) == null) {
            throw PyErr.keyError(key);
        }
    }

    @Override
    public boolean isTrue() {
        return !map.isEmpty();
    }

    @Override
    public int len() {
        return map.size();
    }

    @Override
    public boolean contains(PyObject v) {
        return map.containsKey(v);
    }

    @Override
    public PyObject iter() {
        return new PySeqIterator(new PyList(map.keySet().toArray(new PyObject[0])));
    }

    @Override
    public String repr() {
        if (!ReprGuard.enter(this)) {
            return "{...}";
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<PyObject, PyObject> e : map.entrySet()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Operations.repr(e.getKey())).append(": ").append(Operations.repr(e.getValue()));
            }
            return sb.append('}').toString();
        } finally {
            ReprGuard.exit(this);
        }
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyDict) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return null;
        }
        return PyBool.of(equals(other) == (op == CompareOp.EQ));
    }

    @Override
    public PyObject binop(int op, PyObject other) {
        if ((op == BinOp.OR || op == BinOp.OR + BinOp.INPLACE) && other instanceof PyDict) {
            PyDict target = op == BinOp.OR ? copy() : this;
            target.map.putAll(((PyDict) other).map);
            return target;
        }
        return null;
    }

    public PyDict copy() {
        PyDict d = new PyDict();
        d.map.putAll(map);
        return d;
    }

    @Override
    public long pyHash() {
        throw PyErr.typeError("unhashable type: 'dict'");
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PyDict) || ((PyDict) o).map.size() != map.size()) {
            return false;
        }
        for (Map.Entry<PyObject, PyObject> e : map.entrySet()) {
            PyObject w = ((PyDict) o).map.get(e.getKey());
            if (w == null || !(w == e.getValue() || Operations.eq(e.getValue(), w))) {
                return false;
            }
        }
        return true;
    }

    /** {@code dict_keys}, {@code dict_values}, {@code dict_items}: snapshots for now. */
    public static final class View extends PyObject {
        private static final PyType KEYS = PyType.builtin("dict_keys", null);
        private static final PyType VALUES = PyType.builtin("dict_values", null);
        private static final PyType ITEMS = PyType.builtin("dict_items", null);

        private final PyType type;
        private final PyList items;

        View(PyDict d, int kind) {
            type = kind == 0 ? KEYS : kind == 1 ? VALUES : ITEMS;
            items = new PyList();
            for (Map.Entry<PyObject, PyObject> e : d.map.entrySet()) {
                items.append(kind == 0 ? e.getKey() : kind == 1 ? e.getValue() : PyTuple.of(e.getKey(), e.getValue()));
            }
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyObject iter() {
            return items.iter();
        }

        @Override
        public int len() {
            return items.size;
        }

        @Override
        public boolean contains(PyObject v) {
            return items.contains(v);
        }

        @Override
        public String repr() {
            return type.name + "(" + items.repr() + ")";
        }
    }
}
