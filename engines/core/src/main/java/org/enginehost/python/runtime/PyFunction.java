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
    public String name;
    public String qualname;
    /** Function attributes ({@code f.x = 1}) and overrides of {@code __doc__}; created on first use. */
    public PyDict dict;

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
            case "__kwdefaults__": return kwdefaults == null ? PyNone.NONE : kwdefaults.copy();
            case "__closure__": return closure == null ? PyNone.NONE : new PyTuple(closure.clone());
            case "__dict__":
                if (dict == null) {
                    dict = new PyDict();
                }
                return dict;
            case "__doc__": {
                PyObject d = dict == null ? null : dict.get("__doc__");
                if (d != null) {
                    return d;
                }
                return code.consts.length > 0 && code.consts[0] instanceof PyStr ? code.consts[0] : PyNone.NONE;
            }
            case "__globals__": return globals;
            case "__module__": {
                PyObject m = globals.get("__name__");
                return m == null ? PyNone.NONE : m;
            }
            default: {
                PyObject v = dict == null ? null : dict.get(attr);
                return v != null ? v : super.getAttr(attr);
            }
        }
    }

    @Override
    public void setAttr(String attr, PyObject value) {
        switch (attr) {
            case "__name__":
            case "__qualname__":
                if (!(value instanceof PyStr)) {
                    throw PyErr.typeError(attr + " must be set to a string object");
                }
                if (attr.equals("__name__")) {
                    name = ((PyStr) value).value;
                } else {
                    qualname = ((PyStr) value).value;
                }
                return;
            default:
                break;
        }
        if (dict == null) {
            dict = new PyDict();
        }
        if (value == null) {
            if (dict.remove(new PyStr(attr)) == null) {
                throw PyErr.attributeError(this, attr);
            }
            return;
        }
        dict.put(new PyStr(attr), value);
    }

    @Override
    public String repr() {
        return "<function " + qualname + " at " + Operations.address(this) + ">";
    }
}
