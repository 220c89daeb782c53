package org.enginehost.python.runtime;

import org.enginehost.python.code.CodeObject;

/** One traceback entry, linked towards the frame where the exception was raised. */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", null);

    public final CodeObject code;
    public final int line;
    public final PyTraceback next;

    public PyTraceback(CodeObject code, int line, PyTraceback next) {
        this.code = code;
        this.line = line;
        this.next = next;
    }

    @Override
    public PyObject getAttr(String name) {
        switch (name) {
            case "tb_lineno": return PyInt.of(line);
            case "tb_next": return next == null ? PyNone.NONE : next;
            default: return super.getAttr(name);
        }
    }

    @Override
    public PyType getType() {
        return TYPE;
    }
}
