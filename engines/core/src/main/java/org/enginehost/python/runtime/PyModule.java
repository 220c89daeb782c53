package org.enginehost.python.runtime;

/** A module: a name and a namespace dict. */
public final class PyModule extends PyObject {
    public static final PyType TYPE = PyType.builtin("module", null);

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
        define(fname, new PyBuiltinFunction(fname, body));
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
        throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "module '" + name + "' has no attribute '" + attr + "'");
    }

    @Override
    public void setAttr(String attr, PyObject value) {
        dict.put(new PyStr(attr), value);
    }

    @Override
    public String repr() {
        return file == null ? "<module '" + name + "' (built-in)>" : "<module '" + name + "' from '" + file + "'>";
    }
}
