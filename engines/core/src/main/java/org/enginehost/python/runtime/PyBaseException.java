package org.enginehost.python.runtime;

/** An instance of BaseException or a subclass. */
public class PyBaseException extends PyObject implements HasDict {
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
    /** Adds the entry for a frame the exception is leaving or being handled in, at its instruction (tb_lasti). */
    public void addTraceback(Frame frame, int line, int instruction) {
        traceback = new PyTraceback(frame.code, line, traceback, frame, instruction);
    }

    @Override
    public PyDict instanceDict() {
        return attrs;
    }

    @Override
    public String str() {
        if (type.heap) {
            PyObject m = type.lookup("__str__");
            if (m != ExceptionMethods.STR) {
                return Slots.str(this);
            }
        }
        return defaultStr();
    }

    /** BaseException.__str__. */
    public String defaultStr() {
        if (type.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP) && args.size() == 2) {
            return ExceptionGroups.str(this);
        }
        if (type.isSubtypeOf(ExceptionTypes.KEY_ERROR) && args.size() == 1) {
            return args.get(0).repr();
        }
        if (type.isSubtypeOf(ExceptionTypes.SYNTAX_ERROR)) {
            PyObject msg = attrs.get(new PyStr("msg"));
            if (msg != null) {
                return msg.str();
            }
        }
        if (type.isSubtypeOf(ExceptionTypes.OS_ERROR) && args.size() == 2 && attrs.get(new PyStr("strerror")) != null) {
            PyObject fn = attrs.get(new PyStr("filename"));
            String base = "[Errno " + args.get(0).str() + "] " + args.get(1).str();
            return fn == null || fn == PyNone.NONE ? base : base + ": " + fn.repr();
        }
        switch (args.size()) {
            case 0: return "";
            case 1: return args.get(0).str();
            default: return args.repr();
        }
    }

    @Override
    public String repr() {
        if (type.heap) {
            PyObject m = type.lookup("__repr__");
            if (m != ExceptionMethods.REPR) {
                return Slots.repr(this);
            }
        }
        return defaultRepr();
    }

    /** BaseException.__repr__. */
    public String defaultRepr() {
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
            case "__dict__": return attrs;
            case "__suppress_context__": return PyBool.of(suppressContext);
            case "value":
                if (type.isSubtypeOf(ExceptionTypes.STOP_ITERATION) && (attrs == null ? null : attrs.get(new PyStr("value"))) == null) {
                    return args.size() > 0 ? args.get(0) : PyNone.NONE;
                }
                break;
            default:
                break;
        }
        PyObject std = attrs == null ? null : attrs.get(name);
        if (std == null && (std = ExceptionMethods.standardAttr(this, name)) != null) {
            return std;
        }
        if (type.heap) {
            int fl = type.attrFlags();
            if (fl != 0) {
                return ObjectMethods.getAttrWithHooks(this, name, new PyStr(name), attrs, fl);
            }
        }
        PyObject v = ObjectMethods.genericGetAttr(this, name, new PyStr(name), attrs);
        if (v != null) {
            return v;
        }
        throw PyErr.attributeError(this, name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        switch (name) {
            case "args":
                args = PyTuple.of(Operations.toArray(value).clone());
                return;
            case "__traceback__":
                traceback = value == PyNone.NONE ? null : (PyTraceback) value;
                return;
            case "__cause__":
                cause = value == PyNone.NONE ? null : (PyBaseException) value;
                suppressContext = true;
                return;
            case "__context__":
                context = value == PyNone.NONE ? null : (PyBaseException) value;
                return;
            case "__suppress_context__":
                suppressContext = value != null && Operations.isTrue(value);
                return;
            default:
                break;
        }
        if (type.heap) {
            int fl = type.attrFlags();
            if (value != null ? (fl & PyType.CUSTOM_SETATTR) != 0 : (fl & PyType.CUSTOM_DELATTR) != 0) {
                ObjectMethods.setAttrWithHooks(this, name, value);
                return;
            }
        }
        ObjectMethods.genericSetAttr(this, name, value, attrs);
    }
}
