package org.enginehost.python.eval;

import org.enginehost.python.code.CodeObject;
import org.enginehost.python.runtime.Frame;
import org.enginehost.python.runtime.Instructions;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyBaseException;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyCell;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.ThreadState;

/**
 * The instruction bodies that code compiled by {@link JvmCompiler} calls: each is what the
 * dispatch loop does for one instruction, written once in Java so that the generated methods
 * stay small (HotSpot inlines these) and say the same thing as {@link FrameLoop}.
 */
final class CompiledOps {
    private CompiledOps() {
    }

    static boolean truth(PyObject v) {
        return v == PyBool.TRUE || (v != PyBool.FALSE && Operations.isTrue(v));
    }

    /** COMPARE_OP fused with the conditional jump that follows it: the comparison's truth. */
    static boolean compareTruth(int op, PyObject a, PyObject b) {
        int r = FrameLoop.fastCompare(op, a, b);
        if (r >= 0) {
            return r != 0;
        }
        return truth(FrameLoop.compare(op, a, b));
    }

    static PyObject is(PyObject a, PyObject b, boolean negate) {
        return (a == b) != negate ? PyBool.TRUE : PyBool.FALSE;
    }

    static PyObject contains(PyObject item, PyObject container, boolean negate) {
        return container.contains(item) != negate ? PyBool.TRUE : PyBool.FALSE;
    }

    static PyObject not(PyObject v) {
        return Operations.isTrue(v) ? PyBool.FALSE : PyBool.TRUE;
    }

    static void storeSubscript(PyObject value, PyObject container, PyObject key) {
        container.setItem(key, value);
    }

    static void storeName(Frame f, PyStr name, PyObject v) {
        f.locals.put(name, v);
    }

    static void storeGlobal(Frame f, PyStr name, PyObject v) {
        f.globals.put(name, v);
    }

    static PyObject loadDeref(PyObject[] s, CodeObject code, int cell) {
        PyObject v = ((PyCell) s[code.nlocals + cell]).ref;
        if (v == null) {
            throw Instructions.unboundCell(code, cell);
        }
        return v;
    }

    static void storeDeref(PyObject[] s, int slot, PyObject v) {
        ((PyCell) s[slot]).ref = v;
    }

    /**
     * A backward jump's accounting, as in the dispatch loop: true when the instruction budget,
     * the countdown or a cancellation asks for the checkpoint.
     */
    static boolean backEdge(ThreadState ts, int body) {
        return (ts.countdown -= body) < 0 | (ts.budget -= body) < 0 | ts.cancelRequested;
    }

    /** PUSH_EXC_INFO: {@code exc} becomes the exception being handled; returns the one it replaces (None for none). */
    static PyObject pushExcInfo(ThreadState ts, PyObject exc) {
        PyObject prev = ts.handled == null ? PyNone.NONE : ts.handled;
        ts.handled = (PyBaseException) exc;
        return prev;
    }

    /** POP_EXCEPT: the exception handled before the except block ends is handled again. */
    static void popExcept(ThreadState ts, PyObject prev) {
        ts.handled = prev == PyNone.NONE ? null : (PyBaseException) prev;
    }

    static IllegalStateException badEntry(Frame f, int pc) {
        return new IllegalStateException("compiled " + f.code.qualname + " has no entry at instruction " + pc);
    }
}
