package org.enginehost.python.runtime;

/** The namespace of BaseException: {@code __init__}, {@code __str__}, {@code __repr__}, ... */
final class ExceptionMethods {
    private ExceptionMethods() {
    }

    static final PyBuiltinFunction STR = new PyBuiltinFunction("__str__",
            (a, k) -> new PyStr(self(a).defaultStr()), true);
    static final PyBuiltinFunction REPR = new PyBuiltinFunction("__repr__",
            (a, k) -> new PyStr(self(a).defaultRepr()), true);

    private static PyBaseException self(PyObject[] a) {
        if (a.length == 0 || !(a[0] instanceof PyBaseException)) {
            throw PyErr.typeError("descriptor requires a 'BaseException' object");
        }
        return (PyBaseException) a[0];
    }

    static void install() {
        PyType t = ExceptionTypes.BASE_EXCEPTION;
        t.addMethod("__init__", (a, k) -> {
            PyBaseException e = self(a);
            if (k != null && k.length > 0) {
                throw PyErr.typeError(e.getType().name + "() takes no keyword arguments");
            }
            e.args = PyTuple.of(java.util.Arrays.copyOfRange(a, 1, a.length));
            return PyNone.NONE;
        });
        t.dict().put(new PyStr("__str__"), STR);
        t.dict().put(new PyStr("__repr__"), REPR);
        t.invalidate("__str__");
        t.invalidate("__repr__");
        t.addMethod("with_traceback", (a, k) -> {
            PyBuiltinFunction.checkArgs("with_traceback", a, k, 2, 2);
            self(a).traceback = a[1] == PyNone.NONE ? null : (PyTraceback) a[1];
            return a[0];
        });
    }
}
