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
    /** sys.get_int_max_str_digits(): the int/str conversion digit limit of this interpreter (0: none). */
    public int maxStrDigits = IntMethods.DEFAULT_MAX_STR_DIGITS;
    /**
     * Instructions left before the engine's next preemption checkpoint, counted like
     * {@link #budget} (see {@link #tick}). Engines that preempt (stackless) set it; it is reset by
     * {@link #countdownExpired}.
     */
    public int countdown = Integer.MAX_VALUE;
    /**
     * Set by {@code Interpreter.cancel()} and when the time limit runs out (from other threads);
     * checked by {@link #tick} and {@link #poll}.
     */
    public volatile boolean cancelRequested;
    /**
     * Instructions the current top-level call may still execute; {@link Long#MAX_VALUE} when
     * there is no instruction limit (so that subtracting never reaches zero in practice and
     * {@link #tick} needs no separate "unlimited" test). Reset for each top-level call by the
     * interpreter ({@link #startBudget}).
     */
    public long budget = Long.MAX_VALUE;
    /** Calls of {@link #poll} left before the next real check. */
    private int pollCountdown = POLL_INTERVAL;
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

    /** A state bound to no interpreter: never stopped, unlimited; for Java code run outside one. */
    private static final ThreadState DETACHED = new ThreadState(null, Integer.MAX_VALUE);

    /**
     * The state bound to the calling thread, or a detached one (whose checkpoints never stop
     * anything) on a thread running no interpreter: for Java loops that {@link #poll}.
     */
    public static ThreadState currentOrDetached() {
        ThreadState ts = CURRENT.get();
        return ts != null ? ts : DETACHED;
    }

    /** The state bound to the calling thread, or null when no interpreter runs on it. */
    public static ThreadState currentOrNull() {
        return CURRENT.get();
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

    /** How many {@link #poll} calls (builtin loop steps) pass between two real checks. */
    public static final int POLL_INTERVAL = 1024;

    /** Sets the instruction budget of a top-level call: {@code limit} instructions, 0 for unlimited. */
    public void startBudget(long limit) {
        budget = limit > 0 ? limit : Long.MAX_VALUE;
        pollCountdown = POLL_INTERVAL;
    }

    /**
     * The checkpoint of every dispatch loop: charges {@code n} instructions against the budget
     * and stops the script (with {@link CancelledSignal}) when the budget is spent, the embedder
     * cancelled, or the time limit ran out.
     *
     * <p>How instructions are counted. Counting each instruction as it executes would put a
     * memory write on every dispatch; instead a dispatch loop calls this method at the two
     * places through which every long computation must pass, and charges there an honest
     * estimate of the instructions executed since the last checkpoint:
     * <ul>
     * <li>at a backward jump (the end of every loop iteration, {@code continue}), the length of
     *     the loop body it closes: the number of instructions from the jump's target up to and
     *     including the jump. For a body without branches that is exact; a body with an
     *     {@code if} is charged for both arms (an upper bound);</li>
     * <li>on entering a frame (a call, a module or class body), the length of the frame's code: an
     *     upper bound of what a frame without loops executes, so recursion without loops is
     *     charged too;</li>
     * <li>on resuming a generator, 1; its loops are charged at their backward jumps;</li>
     * <li>in builtins that loop over an iterable or a range, 1 per element ({@link #poll}), so a
     *     long builtin call ({@code sum(range(10**12))}) spends the budget like the equivalent
     *     Python loop would.</li>
     * </ul>
     * The budget therefore bounds the work a script does to within a small factor of the
     * bytecode instructions CPython would execute for it; it is not an exact instruction count.
     */
    public void tick(int n) {
        if ((budget -= n) < 0 | cancelRequested) {
            stop();
        }
    }

    /**
     * The checkpoint of long loops in Java code (builtins iterating, sorting, joining, repeating):
     * cheap enough to call per element. Every {@link #POLL_INTERVAL} calls it charges as many
     * instructions and checks for a stop, so a cancel or an exhausted limit interrupts a long
     * builtin within a fraction of a millisecond.
     */
    public void poll() {
        if (--pollCountdown < 0) {
            pollCountdown = POLL_INTERVAL;
            tick(POLL_INTERVAL);
        }
    }

    /**
     * {@link #tick} on the calling thread's state, for Java code without a ThreadState at hand
     * that keeps its own countdown (for example an iterator polling every POLL_INTERVAL steps).
     * Does nothing on a thread running no interpreter.
     */
    public static void tickCurrent(int n) {
        ThreadState ts = CURRENT.get();
        if (ts != null) {
            ts.tick(n);
        }
    }

    private void stop() {
        if (cancelRequested) {
            throw new CancelledSignal();
        }
        // Keep it spent: every later checkpoint of this call stops too (code after a failed stop,
        // such as a finally block in Java, cannot resume the script's work).
        budget = -1;
        throw new CancelledSignal(org.enginehost.spi.ScriptException.Kind.INSTRUCTION_LIMIT);
    }

    /** Throws the cancellation signal when an embedder asked to stop. */
    public void checkCancelled() {
        if (cancelRequested) {
            throw new CancelledSignal();
        }
    }
}
