package org.enginehost.python.modules;

import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;

/**
 * A named tuple implemented in Java (CPython's struct sequence): {@code time.struct_time},
 * {@code sys.version_info}, {@code sys.float_info}. Behaves as a tuple of its visible fields;
 * extra fields are attributes only.
 */
public final class PyStructSeq extends PyObject {
    /** The shape of one struct sequence type. */
    public static final class Kind {
        final PyType type;
        final String qualifiedName;
        final String[] fields;
        final int visible;

        public Kind(String module, String name, int visible, String... fields) {
            this(module, name, module + "." + name, visible, fields);
        }

        /** A kind whose repr starts with {@code reprName} (namedtuple-style types print their bare name). */
        public Kind(String module, String name, String reprName, int visible, String... fields) {
            this.type = new PyType(name, new PyType[] {PyTuple.TYPE}, null, module);
            this.qualifiedName = reprName;
            this.fields = fields;
            this.visible = visible;
        }

        public PyType type() {
            return type;
        }
    }

    final Kind kind;
    final PyTuple tuple;
    final PyObject[] all;

    public PyStructSeq(Kind kind, PyObject... values) {
        this.kind = kind;
        this.all = values;
        PyObject[] vis = new PyObject[kind.visible];
        System.arraycopy(values, 0, vis, 0, kind.visible);
        this.tuple = new PyTuple(vis);
    }

    public PyTuple asTuple() {
        return tuple;
    }

    public PyObject field(int i) {
        return all[i];
    }

    @Override
    public PyType getType() {
        return kind.type;
    }

    @Override
    public PyObject getAttr(String name) {
        for (int i = 0; i < kind.fields.length; i++) {
            if (kind.fields[i].equals(name)) {
                return all[i];
            }
        }
        if (name.equals("n_fields")) {
            return org.enginehost.python.runtime.PyInt.of(kind.fields.length);
        }
        if (name.equals("n_sequence_fields")) {
            return org.enginehost.python.runtime.PyInt.of(kind.visible);
        }
        PyObject v = Operations.genericGetAttr(tuple, name);
        if (v instanceof org.enginehost.python.runtime.PyMethod) {
            return v;
        }
        throw PyErr.attributeError(this, name);
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder(kind.qualifiedName).append('(');
        for (int i = 0; i < kind.visible; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(kind.fields[i]).append('=').append(all[i].repr());
        }
        return sb.append(')').toString();
    }

    @Override
    public boolean isTrue() {
        return tuple.isTrue();
    }

    @Override
    public int len() {
        return tuple.len();
    }

    @Override
    public PyObject getItem(PyObject key) {
        return tuple.getItem(key);
    }

    @Override
    public PyObject iter() {
        return tuple.iter();
    }

    @Override
    public boolean contains(PyObject v) {
        return tuple.contains(v);
    }

    @Override
    public PyObject binop(int op, PyObject other) {
        return tuple.binop(op, other instanceof PyStructSeq ? ((PyStructSeq) other).tuple : other);
    }

    @Override
    public PyObject rbinop(int op, PyObject other) {
        return other instanceof PyTuple ? ((PyTuple) other).binop(op, tuple) : null;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        PyObject o = other instanceof PyStructSeq ? ((PyStructSeq) other).tuple : other;
        if (!(o instanceof PyTuple)) {
            return null;
        }
        return PyBool.of(Operations.isTrue(Operations.compare(op, tuple, o)));
    }

    @Override
    public long pyHash() {
        return tuple.pyHash();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyObject && Operations.eq(this, (PyObject) o);
    }

    static PyStr s(String v) {
        return new PyStr(v);
    }

}
