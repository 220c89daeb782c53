package org.enginehost.python.runtime;

import org.enginehost.python.PythonInterpreter;
import org.enginehost.python.code.CodeObject;

/**
 * The builtins that need the calling frame or the interpreter: {@code eval}, {@code exec},
 * {@code globals}, {@code locals}, {@code __import__}. An engine records the calling frame in {@link ThreadState#frame} before it
 * calls a builtin.
 */
public final class EvalBuiltins {
    private EvalBuiltins() {
    }

    /**
     * {@code __import__(name, globals=None, locals=None, fromlist=(), level=0)}: the import
     * statement's machinery, as CPython's: the top-level package for {@code import a.b}, the
     * named module itself when {@code fromlist} is not empty.
     */
    private static PyObject importModule(PyObject[] a, String[] k) {
        PyObject[] p = org.enginehost.python.modules.Args.bind("__import__", a, k,
                new String[] {"name", "globals", "locals", "fromlist", "level"}, 1, 5);
        if (!(p[0] instanceof PyStr)) {
            throw PyErr.typeError("__import__() argument 1 must be str, not " + p[0].getType().name);
        }
        String name = ((PyStr) p[0]).value;
        boolean fromForm = p[3] != null && p[3] != PyNone.NONE && Operations.isTrue(p[3]);
        int level = p[4] == null ? 0 : org.enginehost.python.modules.Args.toSmallInt(p[4], "level out of range");
        if (level < 0) {
            throw PyErr.valueError("level must be >= 0");
        }
        if (level == 0 && name.isEmpty()) {
            throw PyErr.valueError("Empty module name");
        }
        PythonInterpreter interp = ThreadState.current().interpreter;
        if (level == 0 && !fromForm) {
            return interp.importModule(name);
        }
        PyDict globals = p[1] instanceof PyDict ? (PyDict) p[1] : null;
        return interp.importName(name, level, fromForm, globals);
    }

    static void install(PyModule b) {
        b.defineFunction("__import__", EvalBuiltins::importModule);
        b.defineFunction("eval", (a, k) -> run("eval", a, k, true));
        b.defineFunction("exec", (a, k) -> {
            run("exec", a, k, false);
            return PyNone.NONE;
        });
        b.defineFunction("compile", (a, k) -> {
            if (a.length < 3) {
                throw PyErr.typeError("compile() missing required argument '"
                        + (a.length == 0 ? "source" : a.length == 1 ? "filename" : "mode") + "' (pos " + (a.length + 1)
                        + ")");
            }
            if (!(a[0] instanceof PyStr src)) {
                throw PyErr.typeError("compile() arg 1 must be a string, bytes or AST object");
            }
            String mode = a[2].str();
            if (!mode.equals("eval") && !mode.equals("exec") && !mode.equals("single")) {
                throw PyErr.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            }
            String text = mode.equals("eval") ? src.value.stripLeading() : src.value;
            return ThreadState.current().interpreter.compileText(text, a[1].str(), mode.equals("eval"));
        });
        b.defineFunction("globals", (a, k) -> {
            PyBuiltinFunction.checkArgs("globals", a, k, 0, 0);
            return caller().globals;
        });
        b.defineFunction("locals", (a, k) -> {
            PyBuiltinFunction.checkArgs("locals", a, k, 0, 0);
            return locals(caller());
        });
    }

    /** {@code locals()} of the Python code calling the current builtin. */
    static PyDict callerLocals() {
        return locals(caller());
    }

    private static Frame caller() {
        Frame f = ThreadState.current().frame;
        if (f == null) {
            throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "no current frame");
        }
        return f;
    }

    /** The frame's local namespace: its dict, or for a function a snapshot of its variables. */
    public static PyDict locals(Frame f) {
        if (f.locals != null) {
            return f.locals;
        }
        CodeObject code = f.code;
        PyDict d = new PyDict();
        for (int i = 0; i < code.nlocals; i++) {
            if (f.slots[i] != null && !code.varnames[i].startsWith("$")) { // not an except* statement's own
                d.put(new PyStr(code.varnames[i]), f.slots[i]);
            }
        }
        int ncells = code.cellvars.length + code.freevars.length;
        for (int i = 0; i < ncells; i++) {
            PyObject c = f.slots[code.nlocals + i];
            if (c instanceof PyCell cell && cell.ref != null) {
                d.put(new PyStr(code.cellName(i)), cell.ref);
            }
        }
        return d;
    }

    private static PyObject run(String fname, PyObject[] a, String[] k, boolean expression) {
        if (k != null) {
            throw PyErr.typeError(fname + "() takes no keyword arguments");
        }
        if (a.length < 1 || a.length > 3) {
            throw PyErr.typeError(fname + " expected at most 3 arguments, got " + a.length);
        }
        PyObject src = a[0];
        if (!(src instanceof PyStr) && !(src instanceof CodeObject)) {
            throw PyErr.typeError(fname + "() arg 1 must be a string, bytes or code object");
        }
        PyDict globals;
        PyDict locals;
        if (a.length > 1 && a[1] != PyNone.NONE) {
            if (!(a[1] instanceof PyDict g)) {
                throw PyErr.typeError(fname + "() globals must be a dict, not " + a[1].getType().name);
            }
            globals = g;
            locals = a.length > 2 && a[2] != PyNone.NONE ? asDict(fname, a[2]) : g;
        } else {
            Frame f = caller();
            globals = f.globals;
            locals = a.length > 2 && a[2] != PyNone.NONE ? asDict(fname, a[2]) : locals(f);
        }
        if (src instanceof CodeObject code) {
            return ThreadState.current().interpreter.runIn(code, globals, locals);
        }
        String text = ((PyStr) src).value;
        if (expression) {
            text = text.stripLeading();
        }
        return ThreadState.current().interpreter.evalSource(text, expression, globals, locals);
    }

    private static PyDict asDict(String fname, PyObject o) {
        if (o instanceof PyDict d) {
            return d;
        }
        throw PyErr.typeError("locals must be a mapping");
    }
}
