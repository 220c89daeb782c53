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

    /**
     * Attributes that builtin exception types derive from their args: StopIteration.value,
     * SystemExit.code, OSError.errno/strerror/filename; {@code null} for any other name.
     */
    static PyObject standardAttr(PyBaseException e, String name) {
        PyTuple args = e.args;
        int n = args.size();
        switch (name) {
            case "message":
                return e.isInstance(ExceptionTypes.BASE_EXCEPTION_GROUP) && n > 0 ? args.get(0) : null;
            case "value":
                if (e.isInstance(ExceptionTypes.STOP_ITERATION)) {
                    return n == 0 ? PyNone.NONE : args.get(0);
                }
                return null;
            case "name":
            case "path":
            case "name_from":
                // ImportError's attributes: None unless the import system (or name=/path=) set them.
                return e.isInstance(ExceptionTypes.IMPORT_ERROR) ? PyNone.NONE : null;
            case "code":
                if (e.isInstance(ExceptionTypes.SYSTEM_EXIT)) {
                    return n == 0 ? PyNone.NONE : n == 1 ? args.get(0) : args;
                }
                return null;
            case "errno":
            case "strerror":
            case "filename":
            case "filename2":
                if (!e.isInstance(ExceptionTypes.OS_ERROR)) {
                    return null;
                }
                if (n < 2 || n > 5) {
                    return PyNone.NONE;
                }
                int i = name.equals("errno") ? 0 : name.equals("strerror") ? 1 : name.equals("filename") ? 2 : 4;
                return i < n ? args.get(i) : PyNone.NONE;
            default:
                return null;
        }
    }

    static void install() {
        PyType t = ExceptionTypes.BASE_EXCEPTION;
        t.addMethod("__init__", (a, k) -> {
            PyBaseException e = self(a);
            int nk = k == null ? 0 : k.length;
            if (nk > 0 && !e.isInstance(ExceptionTypes.IMPORT_ERROR)) {
                throw PyErr.typeError(e.getType().name + "() takes no keyword arguments");
            }
            // ImportError(msg, name=..., path=...): the keywords become attributes, not arguments.
            for (int i = 0; i < nk; i++) {
                if (!k[i].equals("name") && !k[i].equals("path")) {
                    throw PyErr.typeError("'" + k[i] + "' is an invalid keyword argument for " + e.getType().name + "()");
                }
                e.attrs.put(new PyStr(k[i]), a[a.length - nk + i]);
            }
            e.args = PyTuple.of(java.util.Arrays.copyOfRange(a, 1, a.length - nk));
            return PyNone.NONE;
        });
        t.dict().put(new PyStr("__str__"), STR);
        t.dict().put(new PyStr("__repr__"), REPR);
        t.invalidate("__str__");
        t.invalidate("__repr__");
        t.addMethod("add_note", (a, k) -> {
            PyBuiltinFunction.checkArgs("add_note", a, k, 2, 2);
            if (!(a[1] instanceof PyStr)) {
                throw PyErr.typeError("note must be a str, not '" + a[1].getType().name + "'");
            }
            PyBaseException e = self(a);
            PyObject notes = e.attrs == null ? null : e.attrs.get("__notes__");
            if (notes == null) {
                notes = new PyList();
                a[0].setAttr("__notes__", notes);
            }
            if (!(notes instanceof PyList)) {
                throw PyErr.typeError("Cannot add note: __notes__ is not a list");
            }
            ((PyList) notes).append(a[1]);
            return PyNone.NONE;
        });
        t.addMethod("with_traceback", (a, k) -> {
            PyBuiltinFunction.checkArgs("with_traceback", a, k, 2, 2);
            self(a).traceback = a[1] == PyNone.NONE ? null : (PyTraceback) a[1];
            return a[0];
        });
    }
}
