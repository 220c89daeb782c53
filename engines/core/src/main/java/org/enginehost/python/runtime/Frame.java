package org.enginehost.python.runtime;

import org.enginehost.python.code.CodeObject;

/**
 * The state of one executing code object, as plain data: the code, the instruction pointer,
 * one slot array (fast locals, then cells, then the value stack) and the namespaces. An engine
 * may run it recursively (baseline) or keep a chain of these on the heap and suspend a frame
 * between any two instructions (stackless): nothing of the frame lives in Java locals across a
 * call once {@link #pc} and {@link #sp} are written back.
 */
public final class Frame extends PyObject {
    public static final PyType TYPE = PyType.builtin("frame", null);

    public final CodeObject code;
    public final PyDict globals;
    public final PyDict builtins;
    /** The namespace for NAME instructions (module and class bodies); null in functions. */
    public final PyDict locals;
    /** Fast locals, then cells and free variables, then the value stack. */
    public final PyObject[] slots;
    /** Index of the next free value-stack slot. */
    public int sp;
    /** Index of the next instruction. */
    public int pc;
    /** Set by YIELD_VALUE when the frame suspends (a generator's frame); cleared by its resumer. */
    public boolean yielded;
    /** The calling frame, or null. */
    public Frame back;
    /** For the frame of an {@code __init__} the loop runs for {@code cls(...)}: the new instance, which the call returns. */
    public PyObject initSelf;
    /** The generator or coroutine this frame belongs to, or null for a function's frame. */
    public PyGenerator generator;

    public Frame(CodeObject code, PyDict globals, PyDict builtins, PyDict locals) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        int base = code.stackBase();
        this.slots = new PyObject[base + code.stackSize];
        this.sp = base;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject getAttr(String name) {
        switch (name) {
            case "f_code": return code;
            case "f_lineno": return PyInt.of(currentLine());
            case "f_back": return back == null ? PyNone.NONE : back;
            case "f_globals": return globals;
            case "f_locals": return EvalBuiltins.locals(this);
            case "f_builtins": return builtins;
            default: return super.getAttr(name);
        }
    }

    @Override
    public String repr() {
        return "<frame at " + Operations.address(this) + ", file '" + code.filename + "', line " + currentLine()
                + ", code " + code.name + ">";
    }

    /** The source line being executed (of the instruction before {@link #pc}). */
    public int currentLine() {
        return code.lineAt(pc - 1);
    }
}
