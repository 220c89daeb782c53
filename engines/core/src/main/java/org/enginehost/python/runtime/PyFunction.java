package org.enginehost.python.runtime;

import org.enginehost.python.code.CodeObject;

/** A function defined in Python: code plus the environment it was defined in. */
public final class PyFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("function", null);

    public final CodeObject code;
    public final PyDict globals;
    public final PyDict builtins;
    /** Default values of the last positional parameters, or null. */
    public PyObject[] defaults;
    /** Defaults of keyword-only parameters, or null. */
    public PyDict kwdefaults;
    /** Cells for the code's free variables, or null. */
    public final PyCell[] closure;
    public String name;
    public String qualname;
    /** {@code __dict__}, created on first attribute assignment. */
    private PyDict attrs;
    private PyObject doc;
    private PyObject module;
    /** The parallel worker call that created this function, or null (main); see {@link Ownership}. */
    public Object owner = Ownership.owner();

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
    public PyObject descrGet(PyObject obj, PyType type) {
        return obj == null ? this : new PyMethod(obj, this);
    }

    /** The docstring: as in CPython, the compiler puts it (or None) first among the constants. */
    public PyObject doc() {
        if (doc == null) {
            doc = code.consts.length > 0 && code.consts[0] instanceof PyStr ? code.consts[0] : PyNone.NONE;
        }
        return doc;
    }

    public PyDict attrs() {
        if (attrs == null) {
            attrs = new PyDict();
        }
        return attrs;
    }

    @Override
    public void setAttr(String attr, PyObject value) {
        if (Ownership.active) {
            Ownership.check(owner);
        }
        switch (attr) {
            case "__name__": name = Slots.strArg(value, "__name__"); return;
            case "__qualname__": qualname = Slots.strArg(value, "__qualname__"); return;
            case "__doc__": doc = value == null ? PyNone.NONE : value; return;
            case "__module__": module = value; return;
            case "__defaults__":
                defaults = value == null || value == PyNone.NONE ? null : ((PyTuple) value).items.clone();
                return;
            case "__kwdefaults__":
                kwdefaults = value == null || value == PyNone.NONE ? null : (PyDict) value;
                return;
            case "__dict__":
                if (!(value instanceof PyDict)) {
                    throw PyErr.typeError("__dict__ must be set to a dictionary, not a '" + value.getType().name + "'");
                }
                attrs = (PyDict) value;
                return;
            default:
                break;
        }
        if (value == null) {
            if (attrs == null || attrs.remove(new PyStr(attr)) == null) {
                throw PyErr.attributeError(this, attr);
            }
        } else {
            attrs().put(new PyStr(attr), value);
        }
    }

    @Override
    public PyObject getAttr(String attr) {
        if (attrs != null) {
            PyObject v = attrs.get(new PyStr(attr));
            if (v != null) {
                return v;
            }
        }
        switch (attr) {
            case "__doc__": return doc();
            case "__dict__": return attrs();
            case "__kwdefaults__": return kwdefaults == null ? PyNone.NONE : kwdefaults;
            case "__annotations__": {
                PyObject a = new PyDict();
                attrs().put(new PyStr("__annotations__"), a);
                return a;
            }
            case "__closure__": {
                if (closure == null) {
                    return PyNone.NONE;
                }
                return PyTuple.of(closure.clone());
            }
            case "__name__": return new PyStr(name);
            case "__qualname__": return new PyStr(qualname);
            case "__code__": return code;
            case "__defaults__": return defaults == null ? PyNone.NONE : new PyTuple(defaults.clone());
            case "__globals__": return globals;
            case "__get__": return new PyBuiltinFunction("__get__", (a, k) -> {
                PyBuiltinFunction.checkArgs("__get__", a, k, 1, 2);
                PyObject obj = a[0] == PyNone.NONE ? null : a[0];
                PyObject r = descrGet(obj, a.length > 1 && a[1] instanceof PyType ? (PyType) a[1] : null);
                return r == null ? this : r;
            });
            case "__module__": {
                if (module != null) {
                    return module;
                }
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
