package org.enginehost.python.runtime;

/** {@code classmethod(f)}: binds {@code f} to the class it is looked up through. */
public final class PyClassMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("classmethod", (t, a, k) -> {
        PyBuiltinFunction.checkArgs("classmethod", a, k, 1, 1);
        return new PyClassMethod(a[0]);
    });

    public final PyObject function;

    public PyClassMethod(PyObject function) {
        this.function = function;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        return new PyMethod(type == null ? obj.getType() : type, function);
    }

    @Override
    public PyObject getAttr(String name) {
        switch (name) {
            case "__func__":
            case "__wrapped__":
                return function;
            case "__isabstractmethod__":
                return PyBool.FALSE;
            default:
                return function.getAttr(name);
        }
    }

    @Override
    public String repr() {
        return "<classmethod(" + function.repr() + ")>";
    }
}
