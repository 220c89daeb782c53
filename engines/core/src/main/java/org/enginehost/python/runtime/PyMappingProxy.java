package org.enginehost.python.runtime;

/** {@code mappingproxy}: the read-only view of a class namespace ({@code C.__dict__}). */
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("mappingproxy", null);

    private final PyDict dict;

    public PyMappingProxy(PyDict dict) {
        this.dict = dict;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject getItem(PyObject key) {
        return dict.getItem(key);
    }

    @Override
    public boolean contains(PyObject v) {
        return dict.contains(v);
    }

    @Override
    public PyObject iter() {
        return dict.iter();
    }

    @Override
    public int len() {
        return dict.len();
    }

    @Override
    public PyObject getAttr(String name) {
        switch (name) {
            case "keys":
            case "values":
            case "items":
            case "get":
            case "copy":
                return dict.getAttr(name);
            default:
                return super.getAttr(name);
        }
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        return dict.richCompare(other instanceof PyMappingProxy ? ((PyMappingProxy) other).dict : other, op);
    }

    @Override
    public String repr() {
        return "mappingproxy(" + dict.repr() + ")";
    }
}
