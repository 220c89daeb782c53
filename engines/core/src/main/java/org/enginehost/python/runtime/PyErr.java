package org.enginehost.python.runtime;

/** Factories for raising builtin exceptions from Java: {@code throw PyErr.typeError(...)}. */
public final class PyErr {
    private PyErr() {
    }

    public static PyBaseException newException(PyType type, String message) {
        PyTuple args = message == null ? PyTuple.EMPTY : new PyTuple(new PyObject[] {new PyStr(message)});
        return new PyBaseException(type, args);
    }

    public static PyException format(PyType type, String message) {
        return new PyException(newException(type, message));
    }

    public static PyException typeError(String message) {
        return format(ExceptionTypes.TYPE_ERROR, message);
    }

    public static PyException valueError(String message) {
        return format(ExceptionTypes.VALUE_ERROR, message);
    }

    public static PyException indexError(String message) {
        return format(ExceptionTypes.INDEX_ERROR, message);
    }

    public static PyException zeroDivision(String message) {
        return format(ExceptionTypes.ZERO_DIVISION_ERROR, message);
    }

    public static PyException overflow(String message) {
        return format(ExceptionTypes.OVERFLOW_ERROR, message);
    }

    public static PyException nameError(String name) {
        PyException e = format(ExceptionTypes.NAME_ERROR, "name '" + name + "' is not defined");
        e.value.setAttr("name", new PyStr(name));
        return e;
    }

    public static PyException unboundLocal(String name) {
        return format(ExceptionTypes.UNBOUND_LOCAL_ERROR,
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    public static PyException freeVarUnbound(String name) {
        return format(ExceptionTypes.NAME_ERROR,
                "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
    }

    public static PyException recursion() {
        return format(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
    }

    public static PyException attributeError(PyObject obj, String name) {
        return attributeError(obj, name, "'" + obj.getType().name + "' object has no attribute '" + name + "'");
    }

    /** An AttributeError of a failed lookup, recording the object and name as CPython's {@code obj} and {@code name}. */
    public static PyException attributeError(PyObject obj, String name, String message) {
        PyException e = format(ExceptionTypes.ATTRIBUTE_ERROR, message);
        e.value.setAttr("name", new PyStr(name));
        e.value.setAttr("obj", obj);
        return e;
    }

    public static PyException keyError(PyObject key) {
        return new PyException(new PyBaseException(ExceptionTypes.KEY_ERROR, new PyTuple(new PyObject[] {key})));
    }
}
