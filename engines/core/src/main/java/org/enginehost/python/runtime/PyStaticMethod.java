package org.enginehost.python.runtime;

/** {@code staticmethod(f)}: {@code f} unbound, through the class or an instance. */
public final class PyStaticMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("staticmethod", (t, a, k) -> {
        PyBuiltinFunction.checkArgs("staticmethod", a, k, 1, 1);
        return new PyStaticMethod(a[0]);
    });

    public final PyObject function;

    public PyStaticMethod(PyObject function) {
        this.function = function;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        return function;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return function.call(args, kwnames);
    }

    @Override
    public PyObject getAttr(String name) {
        switch (name) {
            case "__func__":
            case "__wrapped__":
                return function;
            default:
                return function.getAttr(name);
        }
    }

    @Override
    public String repr() {
        return "<staticmethod(" + function.repr() + ")>";
    }
}
