package org.enginehost.python.runtime;

import org.enginehost.python.code.CodeObject;

/** A function defined in Python: code plus the environment it was defined in. */
public final class PyFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("function", null);

    public final CodeObject code;
    public final PyDict globals;
    public final PyDict builtins;
    /** Default values of the last positional parameters, or null. */
    public final PyObject[] defaults;
    /** Defaults of keyword-only parameters, or null. */
    public final PyDict kwdefaults;
    /** Cells for the code's free variables, or null. */
    public final PyCell[] closure;
    public final String name;
    public final String qualname;

    public PyFunction(CodeObject code, PyDict globals, PyDict builtins, PyObject[] defaults, PyDict kwdefaults,
                      PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Calls from Java (builtins, the embedder) go through the running interpreter's engine. */
    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return ThreadState.current().interpreter.callFunction(this, args, kwnames);
    }

    @Override
    public PyObject getAttr(String attr) {
        switch (attr) {
            case "__name__": return new PyStr(name);
            case "__qualname__": return new PyStr(qualname);
            case "__code__": return code;
            case "__defaults__": return defaults == null ? PyNone.NONE : new PyTuple(defaults.clone());
            case "__globals__": return globals;
            case "__module__": {
                PyObject m = globals.get("__name__");
                return m == null ? PyNone.NONE : m;
            }
            default: return super.getAttr(attr);
        }
    }

    @Override
    public String repr() {
        return "<function " + qualname + " at " + Operations.address(this) + ">";
    }
}
