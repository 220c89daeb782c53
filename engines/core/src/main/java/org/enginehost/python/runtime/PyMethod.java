package org.enginehost.python.runtime;

/** A function bound to an instance: calling it prepends the instance to the arguments. */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", null);

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
    public String repr() {
        if (function instanceof PyBuiltinFunction) {
            return "<built-in method " + ((PyBuiltinFunction) function).name + " of " + self.getType().name
                    + " object at " + Operations.address(self) + ">";
        }
        return "<bound method " + ((PyFunction) function).qualname + " of " + Operations.repr(self) + ">";
    }
}
