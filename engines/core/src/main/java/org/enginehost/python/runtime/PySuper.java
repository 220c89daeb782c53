package org.enginehost.python.runtime;

/**
 * {@code super(type, obj)}: attribute lookup that starts after {@code type} in the MRO of
 * {@code obj}'s type. The zero-argument form is rewritten by the compiler into
 * {@code super(__class__, <first argument>)}.
 */
public final class PySuper extends PyObject {
    public static final PyType TYPE = PyType.builtin("super", PySuper::construct);

    final PyType thisType;
    /** The instance or class bound, or null for an unbound super object. */
    final PyObject obj;
    /** The type whose MRO is searched. */
    final PyType objType;

    PySuper(PyType thisType, PyObject obj, PyType objType) {
        this.thisType = thisType;
        this.obj = obj;
        this.objType = objType;
    }

    private static PyObject construct(PyType t, PyObject[] a, String[] k) {
        PyBuiltinFunction.noKeywords("super", k);
        if (a.length == 0) {
            throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "super(): no arguments");
        }
        if (a.length > 2) {
            throw PyErr.typeError("super() takes at most 2 arguments (" + a.length + " given)");
        }
        if (!(a[0] instanceof PyType)) {
            throw PyErr.typeError("super() argument 1 must be a type, not " + a[0].getType().name);
        }
        PyType type = (PyType) a[0];
        if (a.length == 1 || a[1] == PyNone.NONE) {
            return new PySuper(type, null, null);
        }
        PyObject obj = a[1];
        PyType objType;
        if (obj instanceof PyType && ((PyType) obj).isSubtypeOf(type)) {
            objType = (PyType) obj;
        } else if (obj.getType().isSubtypeOf(type)) {
            objType = obj.getType();
        } else {
            throw PyErr.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
        return new PySuper(type, obj, objType);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject getAttr(String name) {
        if (objType != null && !name.equals("__class__")) {
            PyObject v = objType.lookupAfter(thisType, name);
            if (v != null) {
                PyObject d = v.descrGet(obj == objType ? null : obj, objType);
                return d != null ? d : v;
            }
        }
        switch (name) {
            case "__thisclass__": return thisType;
            case "__self__": return obj == null ? PyNone.NONE : obj;
            case "__self_class__": return objType == null ? PyNone.NONE : objType;
            default: break;
        }
        PyObject v = Operations.genericGetAttr(this, name);
        if (v != null) {
            return v;
        }
        throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "'super' object has no attribute '" + name + "'");
    }

    @Override
    public String repr() {
        if (obj == null) {
            return "<super: <class '" + thisType.name + "'>, NULL>";
        }
        return "<super: <class '" + thisType.name + "'>, <" + objType.name + " object>>";
    }
}
