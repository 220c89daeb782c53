package org.enginehost.python.runtime;

/**
 * How an engine continues a suspended frame (a generator's or coroutine's): run it from
 * {@link Frame#pc} until it yields ({@link Frame#yielded} set) or returns. When {@code thrown}
 * is not null, the exception is raised at the suspension point first, so the frame's own
 * handlers see it.
 */
public interface FrameRunner {
    PyObject resume(Frame frame, PyException thrown);

    /** The thread state of the interpreter this runner executes for. */
    default ThreadState threadState() {
        return ThreadState.current();
    }
}
