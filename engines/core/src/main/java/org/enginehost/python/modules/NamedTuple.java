package org.enginehost.python.modules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyClassMethod;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStaticMethod;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;

/** {@code collections.namedtuple}: a new tuple subtype whose fields are named. */
final class NamedTuple extends PyTuple {
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield");

    /** The type of one namedtuple class, carrying its field names and defaults. */
    static final class Type extends PyType {
        final String[] fields;
        final PyObject[] defaults;

        Type(String name, String[] fields, PyObject[] defaults, String module) {
            super(name, new PyType[] {PyTuple.TYPE}, (t, a, k) -> construct(t, a, k), module);
            this.fields = fields;
            this.defaults = defaults;
            writableAttributes = true; // a class like any other: Point.__doc__ = ..., Point.area = ...
            // ... and owned like one: made on main, a parallel worker may not change it.
            dict().owner = org.enginehost.python.runtime.Ownership.owner();
        }

        int index(String field) {
            for (int i = 0; i < fields.length; i++) {
                if (fields[i].equals(field)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** The namedtuple class that defines the fields. */
    private final Type type;
    /** The instance's class: {@link #type} or a subclass of it. */
    private final PyType actual;

    NamedTuple(Type type, PyObject[] items) {
        this(type, type, items);
    }

    NamedTuple(Type type, PyType actual, PyObject[] items) {
        super(items);
        this.type = type;
        this.actual = actual;
    }

    @Override
    public PyType getType() {
        return actual;
    }

    /** The namedtuple type in {@code t}'s MRO. */
    static Type fieldsOf(PyType t) {
        for (PyType m : t.mro) {
            if (m instanceof Type) {
                return (Type) m;
            }
        }
        throw PyErr.typeError("not a namedtuple type: " + t.name);
    }

    @Override
    public String repr() {
        return repr(type, actual, items);
    }

    /** {@code Name(f1=v1, f2=v2)} for an instance of the namedtuple {@code t} or a subclass. */
    static String repr(Type t, PyType actual, PyObject[] items) {
        StringBuilder sb = new StringBuilder(actual.name).append('(');
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(i < t.fields.length ? t.fields[i] : "?").append('=').append(Operations.repr(items[i]));
        }
        return sb.append(')').toString();
    }

    /** The type of the field descriptors ({@code Vec.x}), CPython's {@code _collections._tuplegetter}. */
    static final PyType FIELD_TYPE = new PyType("_tuplegetter", new PyType[] {PyType.OBJECT}, null, "collections");

    /**
     * The class attribute for one field: it reads item {@code index} of any instance, so instances
     * of user subclasses ({@code class V(namedtuple("V", "x y")): ...}) have the field accessors too.
     */
    static final class Field extends PyObject {
        final String name;
        final int index;

        Field(String name, int index) {
            this.name = name;
            this.index = index;
        }

        @Override
        public PyType getType() {
            return FIELD_TYPE;
        }

        @Override
        public PyObject descrGet(PyObject obj, PyType type) {
            if (obj == null) {
                return this;
            }
            if (!(obj instanceof PyTuple)) {
                throw PyErr.typeError("descriptor for index '" + index + "' for tuple subclasses doesn't apply to '"
                        + obj.getType().name + "' object");
            }
            PyObject[] items = ((PyTuple) obj).items;
            if (index >= items.length) {
                throw PyErr.indexError("tuple index out of range");
            }
            return items[index];
        }

        @Override
        public boolean isDataDescriptor() {
            return true;
        }

        @Override
        public void descrSet(PyObject obj, PyObject value) {
            throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "can't set attribute");
        }

        @Override
        public String repr() {
            return "_tuplegetter(" + index + ", 'Alias for field number " + index + "')";
        }
    }

    /** {@code cls._make(values)}: {@code tuple.__new__(cls, values)} without calling {@code __init__}. */
    static PyObject make(Type t, PyType cls, PyObject[] vals) {
        if (cls == t) {
            return new NamedTuple(t, vals);
        }
        PyObject tupleNew = PyTuple.TYPE.lookup("__new__");
        if (tupleNew instanceof PyStaticMethod) {
            tupleNew = ((PyStaticMethod) tupleNew).function;
        }
        PyObject[] args = new PyObject[vals.length + 1];
        args[0] = cls;
        System.arraycopy(vals, 0, args, 1, vals.length);
        return tupleNew.call(args, null);
    }

    @Override
    public PyObject getAttr(String name) {
        int i = type.index(name);
        if (i >= 0) {
            return items[i];
        }
        return super.getAttr(name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if (type.index(name) >= 0) {
            throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "can't set attribute");
        }
        throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR,
                "'" + type.name + "' object has no attribute '" + name + "'");
    }

    static PyObject construct(PyType actual, PyObject[] a, String[] k) {
        Type t = fieldsOf(actual);
        int n = t.fields.length;
        int np = Args.npos(a, k);
        String fn = t.name + ".__new__()";
        if (np > n) {
            throw PyErr.typeError(fn + " takes " + (n + 1) + " positional argument" + (n == 0 ? "" : "s")
                    + " but " + (np + 1) + " were given");
        }
        PyObject[] vals = new PyObject[n];
        System.arraycopy(a, 0, vals, 0, np);
        for (int i = 0; k != null && i < k.length; i++) {
            int idx = t.index(k[i]);
            if (idx < 0) {
                throw PyErr.typeError(fn + " got an unexpected keyword argument '" + k[i] + "'");
            }
            if (vals[idx] != null) {
                throw PyErr.typeError(fn + " got multiple values for argument '" + k[i] + "'");
            }
            vals[idx] = a[np + i];
        }
        int firstDefault = n - t.defaults.length;
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (vals[i] == null) {
                if (i >= firstDefault) {
                    vals[i] = t.defaults[i - firstDefault];
                } else {
                    missing.add("'" + t.fields[i] + "'");
                }
            }
        }
        if (!missing.isEmpty()) {
            StringBuilder names = new StringBuilder();
            for (int i = 0; i < missing.size(); i++) {
                if (i > 0) {
                    names.append(missing.size() == 2 ? " and " : i == missing.size() - 1 ? ", and " : ", ");
                }
                names.append(missing.get(i));
            }
            throw PyErr.typeError(fn + " missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + names);
        }
        return new NamedTuple(t, actual, vals);
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(Character.isUnicodeIdentifierStart(s.codePointAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!Character.isUnicodeIdentifierPart(s.charAt(i)) || Character.isIdentifierIgnorable(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static PyObject factory(PyObject[] a, String[] k) {
        PyObject[] p = Args.bind("namedtuple", a, k,
                new String[] {"typename", "field_names", "rename", "defaults", "module"}, 2, 2);
        String typename = Operations.str(p[0]);
        List<String> names = new ArrayList<>();
        if (p[1] instanceof PyStr) {
            for (String s : ((PyStr) p[1]).value.replace(',', ' ').trim().split("\\s+")) {
                if (!s.isEmpty()) {
                    names.add(s);
                }
            }
        } else {
            for (PyObject o : Operations.toArray(p[1])) {
                names.add(Operations.str(o));
            }
        }
        boolean rename = p[2] != null && Operations.isTrue(p[2]);
        if (rename) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < names.size(); i++) {
                String nm = names.get(i);
                if (!isIdentifier(nm) || KEYWORDS.contains(nm) || nm.startsWith("_") || seen.contains(nm)) {
                    names.set(i, "_" + i);
                }
                seen.add(names.get(i));
            }
        }
        List<String> all = new ArrayList<>();
        all.add(typename);
        all.addAll(names);
        for (String nm : all) {
            if (!isIdentifier(nm)) {
                throw PyErr.valueError("Type names and field names must be valid identifiers: " + PyStr.repr(nm));
            }
            if (KEYWORDS.contains(nm)) {
                throw PyErr.valueError("Type names and field names cannot be a keyword: " + PyStr.repr(nm));
            }
        }
        Set<String> seen = new HashSet<>();
        for (String nm : names) {
            if (nm.startsWith("_") && !rename) {
                throw PyErr.valueError("Field names cannot start with an underscore: " + PyStr.repr(nm));
            }
            if (!seen.add(nm)) {
                throw PyErr.valueError("Encountered duplicate field name: " + PyStr.repr(nm));
            }
        }
        PyObject[] defaults = new PyObject[0];
        if (p[3] != null && p[3] != PyNone.NONE) {
            defaults = Operations.toArray(p[3]);
            if (defaults.length > names.size()) {
                throw PyErr.typeError("Got more default values than field names");
            }
        }
        String module = p[4] != null && p[4] != PyNone.NONE ? Operations.str(p[4]) : "__main__";
        Type t = new Type(typename, names.toArray(new String[0]), defaults, module);
        install(t);
        return t;
    }

    static void install(Type t) {
        PyObject[] fieldStrs = new PyObject[t.fields.length];
        for (int i = 0; i < fieldStrs.length; i++) {
            fieldStrs[i] = new PyStr(t.fields[i]);
        }
        PyDict d = t.dict();
        d.put(new PyStr("_fields"), new PyTuple(fieldStrs));
        PyDict fd = new PyDict();
        int first = t.fields.length - t.defaults.length;
        for (int i = 0; i < t.defaults.length; i++) {
            fd.put(fieldStrs[first + i], t.defaults[i]);
        }
        d.put(new PyStr("_field_defaults"), fd);
        d.put(new PyStr("__match_args__"), new PyTuple(fieldStrs));
        d.put(new PyStr("__doc__"), new PyStr(t.name + "(" + String.join(", ", t.fields) + ")"));
        for (int i = 0; i < t.fields.length; i++) {
            d.put(fieldStrs[i], new Field(t.fields[i], i));
        }
        d.put(new PyStr("_make"), new PyClassMethod(new PyBuiltinFunction("_make", (a, k) -> {
            PyBuiltinFunction.checkArgs("_make", a, k, 2, 2);
            PyObject[] vals = Operations.toArray(a[1]);
            if (vals.length != t.fields.length) {
                throw PyErr.typeError("Expected " + t.fields.length + " arguments, got " + vals.length);
            }
            return make(t, (PyType) a[0], vals);
        })));
        PyBuiltinFunction repr = new PyBuiltinFunction("__repr__", (a, k) -> {
            PyBuiltinFunction.checkArgs("__repr__", a, k, 1, 1);
            return new PyStr(repr(t, a[0].getType(), self(t, a[0]).items));
        }, true);
        repr.overridesBase = true;
        d.put(new PyStr("__repr__"), repr);
        t.addMethod("_asdict", (a, k) -> {
            PyTuple self = self(t, a[0]);
            PyBuiltinFunction.checkPythonMethodArgs(t.name + "._asdict", a, k, 1, 1);
            PyDict out = new PyDict();
            for (int i = 0; i < t.fields.length; i++) {
                out.put(fieldStrs[i], self.items[i]);
            }
            return out;
        });
        t.addMethod("_replace", (a, k) -> {
            PyTuple self = self(t, a[0]);
            if (Args.npos(a, k) > 1) {
                throw PyErr.typeError(t.name + "._replace() takes 1 positional argument but " + Args.npos(a, k)
                        + " were given");
            }
            PyObject[] vals = self.items.clone();
            List<String> bad = new ArrayList<>();
            for (int i = 0; k != null && i < k.length; i++) {
                int idx = t.index(k[i]);
                if (idx < 0) {
                    bad.add(PyStr.repr(k[i]));
                } else {
                    vals[idx] = a[a.length - k.length + i];
                }
            }
            if (!bad.isEmpty()) {
                throw PyErr.valueError("Got unexpected field names: [" + String.join(", ", bad) + "]");
            }
            return make(t, self.getType(), vals);
        });
        t.addMethod("__getnewargs__", (a, k) -> {
            PyTuple self = self(t, a[0]);
            PyBuiltinFunction.checkPythonMethodArgs(t.name + ".__getnewargs__", a, k, 1, 1);
            return new PyTuple(self.items.clone());
        });
    }

    /** The receiver of a namedtuple method: an instance of {@code t} or of a subclass. */
    private static PyTuple self(Type t, PyObject o) {
        if (!(o instanceof PyTuple) || !o.getType().isSubtypeOf(t)) {
            throw PyErr.typeError("descriptor requires a '" + t.name + "' object but received a '" + o.getType().name + "'");
        }
        return (PyTuple) o;
    }

}
