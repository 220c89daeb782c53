package org.enginehost.python.runtime;

/** A module: a name and a namespace dict. */
public final class PyModule extends PyObject {
    public static final PyType TYPE = PyType.builtin("module", PyModule::construct);

    /** {@code types.ModuleType(name, doc=None)}. */
    static PyObject construct(PyType type, PyObject[] a, String[] k) {
        PyObject[] p = StrMethods.bind("module", prepend(a), k, 1, true, "name", "doc");
        if (!(p[0] instanceof PyStr)) {
            throw PyErr.typeError("module.__init__() argument 'name' must be str, not " + p[0].getType().name);
        }
        PyModule m = new PyModule(((PyStr) p[0]).value, null);
        m.define("__doc__", p[1] == null ? PyNone.NONE : p[1]);
        m.define("__package__", PyNone.NONE);
        m.define("__loader__", PyNone.NONE);
        m.define("__spec__", PyNone.NONE);
        return m;
    }

    private static PyObject[] prepend(PyObject[] a) {
        PyObject[] out = new PyObject[a.length + 1];
        out[0] = PyNone.NONE;
        System.arraycopy(a, 0, out, 1, a.length);
        return out;
    }

    public final String name;
    public final PyDict dict;
    /** The file the module came from, or {@code null} for a builtin module. */
    public final String file;

    public PyModule(String name, String file) {
        this(name, file, new PyDict());
    }

    public PyModule(String name, String file, PyDict dict) {
        this.name = name;
        this.file = file;
        this.dict = dict;
        dict.put(new PyStr("__name__"), new PyStr(name));
        if (file != null) {
            dict.put(new PyStr("__file__"), new PyStr(file));
        }
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public void define(String key, PyObject value) {
        dict.put(new PyStr(key), value);
    }

    public void defineFunction(String fname, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = new PyBuiltinFunction(fname, body);
        f.module = name;
        define(fname, f);
    }

    @Override
    public PyObject getAttr(String attr) {
        PyObject v = dict.get(new PyStr(attr));
        if (v != null) {
            return v;
        }
        if (attr.equals("__dict__")) {
            return dict;
        }
        PyObject hook = dict.get(new PyStr("__getattr__"));
        if (hook != null) {
            // PEP 562: a module-level __getattr__ supplies attributes the namespace lacks.
            return hook.call(new PyObject[] {new PyStr(attr)}, null);
        }
        throw PyErr.attributeError(this, attr, "module '" + name + "' has no attribute '" + attr + "'");
    }

    @Override
    public void setAttr(String attr, PyObject value) {
        dict.put(new PyStr(attr), value);
    }

    @Override
    public String repr() {
        if (file == null && dict.get("__spec__") == PyNone.NONE && dict.get("__loader__") == PyNone.NONE) {
            return "<module '" + name + "'>";
        }
        return file == null ? "<module '" + name + "' (built-in)>" : "<module '" + name + "' from '" + file + "'>";
    }
}
