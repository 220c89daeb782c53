package org.enginehost.python.eval;

import org.enginehost.python.runtime.Frame;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.ThreadState;

/**
 * CPython's execution model: a Python call evaluates the callee's frame in a recursive Java call
 * of the dispatch loop, so the Java stack is the frame stack. Used by the baseline engine and by
 * each interpreter of the parallel engine.
 *
 * <p>Tiering up (see {@link FrameLoop#run}): a code object entered more than the compile threshold
 * is compiled to a JVM method ({@link JvmCompiler}), and a frame still looping in the dispatch
 * loop moves to the compiled form at a loop header. Loops are found by sampling: the thread's countdown runs
 * out every {@link #SAMPLE_INSTRUCTIONS} instructions charged at backward jumps, and the frame
 * jumping back at that moment is the one that is looping.
 */
public final class RecursiveLoop extends FrameLoop {
    /** Calls before a code object is compiled, unless an engine option says otherwise. */
    public static final int DEFAULT_COMPILE_THRESHOLD = 2;
    /** Instructions (charged at backward jumps) between two looks at the looping frame. */
    public static final int SAMPLE_INSTRUCTIONS = 5_000;

    public RecursiveLoop(ThreadState ts) {
        this(ts, DEFAULT_COMPILE_THRESHOLD);
    }

    /** {@code compileThreshold}: calls before compiling; 0 compiles everything at once, negative never. */
    public RecursiveLoop(ThreadState ts, int compileThreshold) {
        super(ts);
        this.compileThreshold = compileThreshold;
        if (compileThreshold >= 0) {
            ts.countdown = SAMPLE_INSTRUCTIONS;
        }
    }

    @Override
    protected PyObject enterFrame(Frame caller, Frame callee) {
        return eval(callee);
    }

    @Override
    protected Frame checkpoint(Frame f) {
        ts.tick(0);
        if (ts.countdown < 0) {
            ts.countdown = SAMPLE_INSTRUCTIONS;
            if (compileLoopingFrame(f)) {
                return null;
            }
        }
        return f;
    }
}
