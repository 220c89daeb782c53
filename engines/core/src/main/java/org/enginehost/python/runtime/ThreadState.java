package org.enginehost.python.runtime;

import org.enginehost.python.PythonInterpreter;

/**
 * Per-thread execution state of one interpreter: recursion accounting, the exception being
 * handled ({@code sys.exc_info()}), and the cancellation flag an embedder may set from any
 * thread.
 */
public final class ThreadState {
    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

    public final PythonInterpreter interpreter;
    /** Number of Python frames currently executing. */
    public int depth;
    public int recursionLimit;
    /**
     * Instructions left before the next checkpoint of the frame loop: a backward jump subtracts
     * the length of the loop body it closes, so a loop is counted by the instructions it runs.
     * Engines use it for preemption; it is reset by {@link #countdownExpired}.
     */
    public int countdown = Integer.MAX_VALUE;
    /** Set by {@code Interpreter.cancel()}; checked at backward jumps and calls. */
    public volatile boolean cancelRequested;
    /** The Python frame that made the current call into a builtin (eval, exec, globals, locals), or null. */
    public Frame frame;
    /** The exception currently being handled by an except/finally block, or null. */
    public PyBaseException handled;

    public ThreadState(PythonInterpreter interpreter, int recursionLimit) {
        this.interpreter = interpreter;
        this.recursionLimit = recursionLimit;
    }

    /** The state bound to the calling thread; fails when no interpreter runs on it. */
    public static ThreadState current() {
        ThreadState ts = CURRENT.get();
        if (ts == null) {
            throw new IllegalStateException("no Python interpreter is running on this thread");
        }
        return ts;
    }

    /** Binds this state to the calling thread, returning the previous binding. */
    public ThreadState bind() {
        ThreadState prev = CURRENT.get();
        CURRENT.set(this);
        return prev;
    }

    public static void restore(ThreadState prev) {
        if (prev == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(prev);
        }
    }

    /** The countdown ran out with nobody counting: start it again. */
    public void countdownExpired() {
        if (countdown < 0) {
            countdown = Integer.MAX_VALUE;
        }
    }

    /** Throws the cancellation signal when an embedder asked to stop. */
    public void checkCancelled() {
        if (cancelRequested) {
            throw new CancelledSignal();
        }
    }
}
