package org.enginehost.python.runtime;

/** {@code mappingproxy}: the read-only view of a class namespace ({@code C.__dict__}). */
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("mappingproxy", PyMappingProxy::construct);

    /** {@code types.MappingProxyType(mapping)}: a live read-only view of a dict. */
    static PyObject construct(PyType type, PyObject[] a, String[] k) {
        PyObject[] p = StrMethods.bind("mappingproxy", prependNone(a), k, 1, true, "mapping");
        PyObject m = p[0];
        if (m instanceof PyDict) {
            return new PyMappingProxy((PyDict) m);
        }
        if (m instanceof PyMappingProxy) {
            return new PyMappingProxy(((PyMappingProxy) m).dict);
        }
        if (m instanceof PyList || m instanceof PyTuple || m.getType().lookup("__getitem__") == null
                || m.getType().lookup("keys") == null) {
            throw PyErr.typeError("mappingproxy() argument must be a mapping, not " + m.getType().name);
        }
        throw PyErr.format(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "mappingproxy of a non-dict mapping is not supported yet");
    }

    private static PyObject[] prependNone(PyObject[] a) {
        PyObject[] out = new PyObject[a.length + 1];
        out[0] = PyNone.NONE;
        System.arraycopy(a, 0, out, 1, a.length);
        return out;
    }

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

    /**
     * The read-only dict methods, as methods of the type (so that dict(proxy), hasattr and dir
     * see them): each calls the dict's own method.
     */
    static void install() {
        for (String name : new String[] {"keys", "values", "items", "get", "copy"}) {
            TYPE.addMethod(name, (a, k) -> {
                if (a.length == 0 || !(a[0] instanceof PyMappingProxy)) {
                    throw PyErr.typeError("descriptor '" + name + "' of 'mappingproxy' object needs an argument");
                }
                PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
                return ((PyMappingProxy) a[0]).dict.getAttr(name).call(rest, k);
            });
        }
        TYPE.addMethod("__getitem__", (a, k) -> a[0].getItem(a[1]));
        TYPE.addMethod("__contains__", (a, k) -> PyBool.of(a[0].contains(a[1])));
        TYPE.addMethod("__len__", (a, k) -> PyInt.of(a[0].len()));
        TYPE.addMethod("__iter__", (a, k) -> a[0].iter());
        TYPE.fixSlotArgs(0, "__len__ __iter__");
        TYPE.fixSlotArgs(1, "__getitem__ __contains__");
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        return dict.richCompare(other instanceof PyMappingProxy ? ((PyMappingProxy) other).dict : other, op);
    }

    @Override
    public String str() {
        return dict.str();
    }

    @Override
    public String repr() {
        return "mappingproxy(" + dict.repr() + ")";
    }
}
