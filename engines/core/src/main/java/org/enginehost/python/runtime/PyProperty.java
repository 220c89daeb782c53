package org.enginehost.python.runtime;

/** {@code property(fget, fset, fdel, doc)}: a data descriptor calling the accessor functions. */
public final class PyProperty extends PyObject {
    public static final PyType TYPE = PyType.builtin("property", PyProperty::construct);

    final PyObject fget;
    final PyObject fset;
    final PyObject fdel;
    final PyObject doc;
    /** Set by __set_name__, for error messages. */
    String name;

    PyProperty(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        PyObject d = doc;
        if ((d == null || d == PyNone.NONE) && fget != PyNone.NONE) {
            try {
                d = fget.getAttr("__doc__");
            } catch (PyException e) {
                d = PyNone.NONE;
            }
        }
        this.doc = d == null ? PyNone.NONE : d;
    }

    private static PyObject construct(PyType t, PyObject[] a, String[] k) {
        PyObject[] v = {PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE};
        String[] names = {"fget", "fset", "fdel", "doc"};
        int npos = a.length - (k == null ? 0 : k.length);
        if (npos > 4) {
            throw PyErr.typeError("property() takes at most 4 arguments (" + npos + " given)");
        }
        System.arraycopy(a, 0, v, 0, npos);
        for (int i = 0; k != null && i < k.length; i++) {
            int idx = java.util.Arrays.asList(names).indexOf(k[i]);
            if (idx < 0) {
                throw PyErr.typeError("'" + k[i] + "' is an invalid keyword argument for property()");
            }
            v[idx] = a[npos + i];
        }
        return new PyProperty(v[0], v[1], v[2], v[3]);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private String nameFor() {
        if (name != null) {
            return name;
        }
        if (fget != PyNone.NONE) {
            try {
                return fget.getAttr("__name__").str();
            } catch (PyException e) {
                return "?";
            }
        }
        return "?";
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        if (fget == PyNone.NONE) {
            throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR,
                    "property '" + nameFor() + "' of '" + obj.getType().name + "' object has no getter");
        }
        return fget.call(new PyObject[] {obj}, null);
    }

    @Override
    public boolean isDataDescriptor() {
        return true;
    }

    @Override
    public void descrSet(PyObject obj, PyObject value) {
        PyObject f = value == null ? fdel : fset;
        if (f == PyNone.NONE) {
            throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "property '" + nameFor() + "' of '"
                    + obj.getType().name + "' object has no " + (value == null ? "deleter" : "setter"));
        }
        if (value == null) {
            f.call(new PyObject[] {obj}, null);
        } else {
            f.call(new PyObject[] {obj, value}, null);
        }
    }

    @Override
    public PyObject getAttr(String attr) {
        switch (attr) {
            case "fget": return fget;
            case "fset": return fset;
            case "fdel": return fdel;
            case "__doc__": return doc;
            case "__isabstractmethod__": return PyBool.FALSE;
            case "getter":
            case "setter":
            case "deleter":
                return new PyBuiltinFunction(attr, (a, k) -> {
                    PyBuiltinFunction.checkArgs(attr, a, k, 1, 1);
                    PyProperty p = new PyProperty(attr.equals("getter") ? a[0] : fget,
                            attr.equals("setter") ? a[0] : fset, attr.equals("deleter") ? a[0] : fdel, null);
                    p.name = name;
                    return p;
                });
            case "__set_name__":
                return new PyBuiltinFunction(attr, (a, k) -> {
                    name = a[1].str();
                    return PyNone.NONE;
                });
            case "__get__":
                return new PyBuiltinFunction(attr, (a, k) -> {
                    PyObject o = a[0] == PyNone.NONE ? null : a[0];
                    return descrGet(o, a.length > 1 && a[1] instanceof PyType ? (PyType) a[1] : null);
                });
            default:
                return super.getAttr(attr);
        }
    }
}
