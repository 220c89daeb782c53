package org.enginehost.python.runtime;

/** A function bound to an instance: calling it prepends the instance to the arguments. */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyMethod::construct);

    /** {@code types.MethodType(function, instance)}. */
    static PyObject construct(PyType type, PyObject[] a, String[] k) {
        PyBuiltinFunction.noKeywords("method", k);
        PyBuiltinFunction.checkArgs("method", a, k, 2, 2);
        if (!Builtins.isCallable(a[0])) {
            throw PyErr.typeError("first argument must be callable");
        }
        if (a[1] == PyNone.NONE) {
            throw PyErr.typeError("instance must not be None");
        }
        return new PyMethod(a[1], a[0]);
    }

    public final PyObject self;
    public final PyObject function;

    public PyMethod(PyObject self, PyObject function) {
        this.self = self;
        this.function = function;
    }

    @Override
    public PyType getType() {
        return function instanceof PyBuiltinFunction ? PyBuiltinFunction.TYPE : TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = self;
        System.arraycopy(args, 0, full, 1, args.length);
        return function.call(full, kwnames);
    }

    @Override
    public PyObject getAttr(String name) {
        switch (name) {
            case "__self__":
                return self;
            case "__func__":
                if (!(function instanceof PyBuiltinFunction)) {
                    return function;
                }
                break;
            case "__name__":
            case "__qualname__":
            case "__doc__":
            case "__module__":
            case "__annotations__":
            case "__defaults__":
            case "__kwdefaults__":
            case "__code__":
            case "__dict__":
                return function.getAttr(name);
            default:
                break;
        }
        PyObject v = Operations.genericGetAttr(this, name);
        if (v != null) {
            return v;
        }
        if (!(function instanceof PyBuiltinFunction)) {
            return function.getAttr(name);
        }
        throw PyErr.attributeError(this, name);
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if ((op != CompareOp.EQ && op != CompareOp.NE) || !(other instanceof PyMethod)) {
            return null;
        }
        PyMethod o = (PyMethod) other;
        boolean eq = self == o.self && (function == o.function || function.equals(o.function));
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyMethod && ((PyMethod) o).self == self && ((PyMethod) o).function.equals(function);
    }

    @Override
    public long pyHash() {
        return System.identityHashCode(self) * 31L + function.pyHash();
    }

    @Override
    public String repr() {
        if (function instanceof PyBuiltinFunction) {
            return "<built-in method " + ((PyBuiltinFunction) function).name + " of " + self.getType().name
                    + " object at " + Operations.address(self) + ">";
        }
        return "<bound method " + ((PyFunction) function).qualname + " of " + Operations.repr(self) + ">";
    }
}
