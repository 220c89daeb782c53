package org.enginehost.python.runtime;

/** An instance of BaseException or a subclass. */
public class PyBaseException extends PyObject {
    private final PyType type;
    public PyTuple args;
    /** Outermost entry first; prepended to as the exception leaves each frame. */
    public PyTraceback traceback;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    /** Other attributes (SyntaxError's filename/lineno, SystemExit's code, ...). */
    public final PyDict attrs = new PyDict();

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    @Override
    public PyType getType() {
        return type;
    }

    public boolean isInstance(PyType t) {
        return type.isSubtypeOf(t);
    }

    /** Adds the entry for a frame the exception is leaving or being handled in. */
    public void addTraceback(org.enginehost.python.code.CodeObject code, int line) {
        traceback = new PyTraceback(code, line, traceback);
    }

    @Override
    public String str() {
        if (type.isSubtypeOf(ExceptionTypes.KEY_ERROR) && args.size() == 1) {
            return args.get(0).repr();
        }
        if (type.isSubtypeOf(ExceptionTypes.SYNTAX_ERROR)) {
            PyObject msg = attrs.get(new PyStr("msg"));
            if (msg != null) {
                return msg.str();
            }
        }
        switch (args.size()) {
            case 0: return "";
            case 1: return args.get(0).str();
            default: return args.repr();
        }
    }

    @Override
    public String repr() {
        String a = args.size() == 1 ? "(" + args.get(0).repr() + ")" : args.repr();
        return type.name + a;
    }

    @Override
    public PyObject getAttr(String name) {
        switch (name) {
            case "args": return args;
            case "__traceback__": return traceback == null ? PyNone.NONE : traceback;
            case "__cause__": return cause == null ? PyNone.NONE : cause;
            case "__context__": return context == null ? PyNone.NONE : context;
            case "__suppress_context__": return PyBool.of(suppressContext);
            case "value":
                if (type.isSubtypeOf(ExceptionTypes.STOP_ITERATION) && attrs.get(new PyStr("value")) == null) {
                    return args.size() > 0 ? args.get(0) : PyNone.NONE;
                }
                break;
            default:
                break;
        }
        PyObject v = attrs.get(new PyStr(name));
        if (v != null) {
            return v;
        }
        return super.getAttr(name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        switch (name) {
            case "__cause__":
                cause = value == PyNone.NONE ? null : (PyBaseException) value;
                suppressContext = true;
                return;
            case "__context__":
                context = value == PyNone.NONE ? null : (PyBaseException) value;
                return;
            case "__suppress_context__":
                suppressContext = Operations.isTrue(value);
                return;
            default:
                break;
        }
        attrs.put(new PyStr(name), value);
    }
}
