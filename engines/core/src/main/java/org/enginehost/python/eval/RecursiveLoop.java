package org.enginehost.python.eval;

import org.enginehost.python.runtime.Frame;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.ThreadState;

/**
 * CPython's execution model: a Python call evaluates the callee's frame in a recursive Java call
 * of the dispatch loop, so the Java stack is the frame stack. Used by the baseline engine and by
 * each interpreter of the parallel engine.
 */
public final class RecursiveLoop extends FrameLoop {
    public RecursiveLoop(ThreadState ts) {
        super(ts);
    }

    @Override
    protected PyObject enterFrame(Frame caller, Frame callee) {
        return eval(callee);
    }
}
