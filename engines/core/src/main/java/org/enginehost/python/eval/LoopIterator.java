package org.enginehost.python.eval;

import org.enginehost.python.runtime.Frame;
import org.enginehost.python.runtime.PyObject;

/**
 * An iterator whose step may have to wait for another frame chain, such as a stackless channel
 * (a {@code for} loop over it receives, and a receive blocks the tasklet). FOR_ITER lets it
 * continue in another frame instead of calling {@link #next()} from Java, where no switch is
 * possible.
 */
public abstract class LoopIterator extends PyObject {
    /**
     * The next value, null when exhausted, or {@link FrameLoop#SWITCH} with the loop's next frame
     * set: {@code caller} is then suspended after its FOR_ITER, with the iterator still on its
     * stack, and receives the value as FOR_ITER's result when it continues.
     */
    protected abstract PyObject nextInLoop(FrameLoop loop, Frame caller);
}
