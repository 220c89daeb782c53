package org.enginehost.python.runtime;

import org.enginehost.python.code.CodeObject;

/** One traceback entry, linked towards the frame where the exception was raised. */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", null);

    public final CodeObject code;
    public final int line;
    public final PyTraceback next;
    /** The frame the entry is for (its f_locals, f_globals and f_back). */
    public final Frame frame;
    /** The index of the instruction that raised (or was running a call that did), as tb_lasti. */
    public final int lasti;

    public PyTraceback(CodeObject code, int line, PyTraceback next, Frame frame, int lasti) {
        this.code = code;
        this.line = line;
        this.next = next;
        this.frame = frame;
        this.lasti = lasti;
    }

    static {
        PyBuiltinAttribute.member(TYPE, "tb_lineno", o -> PyInt.of(((PyTraceback) o).line));
        PyBuiltinAttribute.member(TYPE, "tb_next", o -> {
            PyTraceback n = ((PyTraceback) o).next;
            return n == null ? PyNone.NONE : n;
        });
        PyBuiltinAttribute.member(TYPE, "tb_frame", o -> ((PyTraceback) o).frame);
        PyBuiltinAttribute.member(TYPE, "tb_lasti", o -> PyInt.of(((PyTraceback) o).lasti));
    }

    @Override
    public PyType getType() {
        return TYPE;
    }
}
