package org.enginehost.engine.stackless;

import org.enginehost.python.PythonInterpreter;
import org.enginehost.python.code.Opcode;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyFunction;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.Frame;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.ThreadState;

/**
 * Stackless Python's scheduler for one interpreter thread: the run ring of runnable tasklets
 * (its head is the current tasklet), {@code run()}, and the switch itself, which saves the current
 * tasklet's top frame and hands the {@link HeapLoop} the next tasklet's frame. The rules are those
 * of C Stackless (Stackless/module/scheduling.c), written down in the conformance MANIFEST.
 */
final class Scheduler {
    final HeapLoop loop;
    final ThreadState ts;
    final Tasklet main;
    Tasklet current;
    /** Tasklets in the ring. */
    int runCount;
    /** The tasklet waiting in {@code run()} (taken out of the ring while the ring runs), or null. */
    Tasklet runCaller;
    PyObject scheduleCallback;
    PyObject channelCallback;
    /** switch_trap level: any switch while it is non-zero is an error. */
    int switchTrap;
    /** The interpreter thread's id (tasklets belong to the thread that runs them). */
    long threadId() {
        return Thread.currentThread().getId();
    }
    /** Helpers written in Python, so that they run in the frame loop and can switch (see {@link #helper}). */
    private PyDict helpers;

    Scheduler(HeapLoop loop, ThreadState ts) {
        this.loop = loop;
        this.ts = ts;
        this.main = new Tasklet(this, true);
        this.current = main;
        insertBefore(main, null);
    }

    // ------------------------------------------------------------------ helpers in Python

    private static final String HELPERS = String.join("\n",
            "def tasklet_body(func, args, kwargs):",
            "    return func(*args, **kwargs)",
            "def send_sequence(channel, seq):",
            "    n = 0",
            "    for item in seq:",
            "        channel.send(item)",
            "        n += 1",
            "    return n",
            "");

    private PyFunction helper(String name) {
        if (helpers == null) {
            PythonInterpreter interp = ts.interpreter;
            PyDict ns = new PyDict();
            ns.put(new PyStr("__name__"), new PyStr("stackless"));
            interp.runCode(interp.compileText(HELPERS, "<stackless>", false), ns);
            helpers = ns;
        }
        return (PyFunction) helpers.get(new PyStr(name));
    }

    /** The first frame of a tasklet whose callable is not a plain Python function calls it through this. */
    PyFunction trampoline() {
        return helper("tasklet_body");
    }

    /** {@code channel.send_sequence}: Python code, so that each send may block and switch. */
    PyFunction sendSequence() {
        return helper("send_sequence");
    }

    // ------------------------------------------------------------------ the ring

    /** Puts {@code t} into the ring just before {@code anchor} (alone when anchor is null). */
    void insertBefore(Tasklet t, Tasklet anchor) {
        if (anchor == null) {
            t.next = t;
            t.prev = t;
        } else {
            t.next = anchor;
            t.prev = anchor.prev;
            anchor.prev.next = t;
            anchor.prev = t;
        }
        runCount++;
    }

    void insertAfter(Tasklet t, Tasklet anchor) {
        insertBefore(t, anchor.next);
    }

    /** Appends {@code t} at the end of the ring: just before the current tasklet, which is in it. */
    void append(Tasklet t) {
        insertBefore(t, current);
    }

    void remove(Tasklet t) {
        if (t.next != t) {
            t.prev.next = t.next;
            t.next.prev = t.prev;
        }
        t.next = null;
        t.prev = null;
        runCount--;
    }

    // ------------------------------------------------------------------ switching

    /** Whether the current tasklet can be switched away now (else a switch is an error). */
    boolean canSwitch(HeapLoop l) {
        return l != null && l.canSwitch();
    }

    /** The error for a switch that is not possible at this point. */
    PyException cannotSwitch() {
        if (switchTrap != 0) {
            return PyErr.format(ExceptionTypes.RUNTIME_ERROR, "switch_trap");
        }
        return PyErr.format(ExceptionTypes.RUNTIME_ERROR,
                "cannot switch tasklets inside a call from Java code (nesting level " + (loop.levels - 1)
                        + "): the tasklet is inside __init__, a builtin's callback or a nested call; "
                        + "this engine switches only at Python call level");
    }

    /** Throws unless a switch away from the current tasklet is possible now. */
    void checkSwitch(HeapLoop l) {
        if (switchTrap != 0 || !canSwitch(l)) {
            throw cannotSwitch();
        }
    }

    /**
     * Continues {@code target}: when it is the current tasklet, its pending result is returned at
     * once; otherwise the current tasklet is suspended at {@code caller} and the loop is handed the
     * target's frame. The caller must have checked {@link #checkSwitch}.
     */
    PyObject switchTo(Frame caller, Tasklet target) {
        Tasklet cur = current;
        if (target == cur) {
            return takeResult(cur);
        }
        if (softInterruptPending && runCaller != null && target != runCaller) {
            target = interruptSoftly(target);
        }
        suspend(cur, caller, true);
        callScheduleCallback(cur, target);
        activate(target);
        return HeapLoop.switchMarker();
    }

    private void suspend(Tasklet t, Frame top, boolean atCall) {
        t.frame = top;
        t.awaitsValue = atCall;
        t.depth = ts.depth;
        t.handled = ts.handled;
    }

    /** The current tasklet ended: continues {@code target}, returning the frame the loop goes on with. */
    Frame continueAfterDeath(Tasklet dead, Tasklet target) {
        callScheduleCallback(dead, target);
        activate(target);
        Frame f = loop.takeNext();
        return f;
    }

    private void activate(Tasklet t) {
        current = t;
        ts.depth = t.depth;
        ts.handled = t.handled;
        t.handled = null;
        Frame f = t.frame;
        t.frame = null;
        PyException raise = t.pendingThrow;
        PyObject v = t.tempval;
        t.pendingThrow = null;
        t.tempval = null;
        if (raise == null && v instanceof Bomb) {
            raise = ((Bomb) v).toException();
        }
        if (raise != null && t.awaitsValue && endsForLoop(f, raise)) {
            raise = null;
            t.awaitsValue = false;
        }
        if (raise == null && t.awaitsValue) {
            f.slots[f.sp++] = v == null ? PyNone.NONE : v;
        }
        t.awaitsValue = false;
        if (preemptTimeout > 0 && !totalTimeout) {
            ts.countdown = preemptTimeout;
        }
        loop.continueIn(f, raise);
    }

    /**
     * A StopIteration arriving at a {@code for} loop blocked on a channel (a sender's
     * {@code send_exception(StopIteration)}) ends the loop instead of propagating: leaves the
     * frame after the loop and returns true.
     */
    private static boolean endsForLoop(Frame f, PyException raise) {
        int w = f.code.code[f.pc - 1];
        if ((w & 0xFF) != Opcode.FOR_ITER || !raise.value.isInstance(ExceptionTypes.STOP_ITERATION)) {
            return false;
        }
        f.slots[--f.sp] = null;
        f.pc = w >>> 8;
        return true;
    }

    /** The result of the current tasklet's pending operation, when it did not have to switch. */
    private static PyObject takeResult(Tasklet t) {
        PyException raise = t.pendingThrow;
        PyObject v = t.tempval;
        t.pendingThrow = null;
        t.tempval = null;
        if (raise == null && v instanceof Bomb) {
            raise = ((Bomb) v).toException();
        }
        if (raise != null) {
            throw raise;
        }
        return v == null ? PyNone.NONE : v;
    }

    private void callScheduleCallback(Tasklet prev, Tasklet next) {
        PyObject cb = scheduleCallback;
        if (cb != null) {
            cb.call(new PyObject[] {prev, next}, null);
        }
    }

    // ------------------------------------------------------------------ tasklet ends

    /** The current tasklet's bottom frame returned: the frame the loop continues with. */
    Frame taskletReturned() {
        Tasklet dead = current;
        Tasklet successor = finish(dead);
        return continueAfterDeath(dead, nextAfterEmptyCheck(successor));
    }

    /** An exception left the current tasklet's bottom frame: the frame the loop continues with. */
    Frame taskletFailed(PyException e) {
        Tasklet dead = current;
        Tasklet successor = finish(dead);
        if (e.value.isInstance(TaskletType.TASKLET_EXIT)) {
            return continueAfterDeath(dead, nextAfterEmptyCheck(successor));
        }
        // Re-raised in the tasklet that called run() (normally main), put back into the ring.
        Tasklet target = runCaller != null ? runCaller : main;
        endRun();
        if (target.blockedOn != null) {
            target.blockedOn.removeWaiter(target);
        }
        if (target.next == null) {
            insertBefore(target, successor);
        }
        target.pendingThrow = e;
        target.tempval = null;
        return continueAfterDeath(dead, target);
    }

    /** Marks {@code t} dead and takes it out of the ring; returns its successor there (null if none). */
    private Tasklet finish(Tasklet t) {
        t.dead = true;
        t.frame = null;
        Tasklet successor = t.next == t ? null : t.next;
        if (t.next != null) {
            remove(t);
        }
        return successor;
    }

    /**
     * The tasklet to run when {@code successor} (possibly null: the ring is empty) is next: an
     * empty ring gives control back to the caller of run(), or raises the deadlock error in main.
     */
    private Tasklet nextAfterEmptyCheck(Tasklet successor) {
        if (successor != null) {
            return successor;
        }
        Tasklet rc = runCaller;
        if (rc != null) {
            endRun();
            insertBefore(rc, null);
            rc.tempval = PyNone.NONE;
            return rc;
        }
        Tasklet m = main;
        if (m.blockedOn != null) {
            m.blockedOn.removeWaiter(m);
        }
        if (m.next == null) {
            insertBefore(m, null);
        }
        m.pendingThrow = deadlock();
        return m;
    }

    static PyException deadlock() {
        return PyErr.format(ExceptionTypes.RUNTIME_ERROR, "Deadlock: the last runnable tasklet cannot be blocked.");
    }

    // ------------------------------------------------------------------ operations

    /** schedule(retval) and schedule_remove(retval). */
    PyObject schedule(HeapLoop l, Frame caller, PyObject retval, boolean remove) {
        Tasklet cur = current;
        Tasklet next = cur.next;
        if (!remove) {
            if (next == cur) {
                return retval;
            }
            checkSwitch(l);
            cur.tempval = retval;
            return switchTo(caller, next);
        }
        if (next == cur && runCaller == null) {
            throw deadlock();
        }
        checkSwitch(l);
        remove(cur);
        cur.tempval = retval;
        return switchTo(caller, nextAfterEmptyCheck(next == cur ? null : next));
    }

    /**
     * run(timeout, soft, totaltimeout): the caller leaves the ring until it is empty, or, with a
     * timeout, until a tasklet has run that many instructions (see {@link #preempt}).
     */
    PyObject run(HeapLoop l, Frame caller, int timeout, boolean soft, boolean total) {
        Tasklet cur = current;
        if (cur.next == cur) {
            return PyNone.NONE;
        }
        if (runCaller != null) {
            throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "run() is already running in another tasklet");
        }
        checkSwitch(l);
        Tasklet next = cur.next;
        remove(cur);
        runCaller = cur;
        cur.tempval = PyNone.NONE;
        preemptTimeout = timeout;
        softTimeout = soft;
        totalTimeout = total;
        softInterruptPending = false;
        if (timeout > 0) {
            ts.countdown = timeout;
        }
        return switchTo(caller, next);
    }

    // ------------------------------------------------------------------ preemption

    /** The instruction budget of run(timeout) (0: none); per tasklet unless {@link #totalTimeout}. */
    private int preemptTimeout;
    private boolean softTimeout;
    private boolean totalTimeout;
    /** run(soft=True) timed out: control returns to run()'s caller at the next switch. */
    private boolean softInterruptPending;

    /** Whether a {@code run(timeout)} is counting instructions towards preempting (the countdown is its). */
    boolean preempting() {
        return preemptTimeout > 0 && runCaller != null;
    }

    /**
     * The loop's checkpoint found the countdown run out, {@code f} stopped before its next
     * instruction: interrupts the current tasklet when run(timeout) is active and allows it. The
     * interrupted tasklet leaves the ring (paused) and run() returns it to its caller.
     */
    Frame preempt(Frame f) {
        Tasklet cur = current;
        Tasklet rc = runCaller;
        if (preemptTimeout <= 0 || rc == null) {
            ts.countdownExpired();
            return f;
        }
        if (cur.atomic || switchTrap != 0 || !loop.canSwitch()) {
            // not here: try again after another round
            ts.countdown = preemptTimeout;
            return f;
        }
        if (softTimeout) {
            softInterruptPending = true;
            ts.countdown = Integer.MAX_VALUE;
            return f;
        }
        Tasklet successor = cur.next == cur ? null : cur.next;
        suspend(cur, f, false);
        remove(cur);
        endRun();
        insertBefore(rc, successor);
        rc.tempval = cur;
        callScheduleCallback(cur, rc);
        activate(rc);
        return loop.takeNext();
    }

    /** run(soft=True) timed out and {@code cur} switches to {@code target}: run()'s caller goes first. */
    private Tasklet interruptSoftly(Tasklet target) {
        Tasklet rc = runCaller;
        endRun();
        insertBefore(rc, target);
        rc.tempval = PyNone.NONE;
        return rc;
    }

    private void endRun() {
        runCaller = null;
        preemptTimeout = 0;
        softInterruptPending = false;
        ts.countdown = Integer.MAX_VALUE;
    }

    /**
     * Blocks the current tasklet on a channel (already queued there by the caller) and switches to
     * the next runnable one; the result is what the channel operation returns when it continues.
     */
    PyObject block(Frame caller) {
        Tasklet cur = current;
        Tasklet next = cur.next == cur ? null : cur.next;
        remove(cur);
        return switchTo(caller, nextAfterEmptyCheck(next));
    }

    /** Whether blocking the current tasklet now would leave nothing to run (the deadlock case). */
    boolean blockingWouldDeadlock() {
        return current.next == current && runCaller == null;
    }

    /** kill()/throw()/raise_exception(): raises {@code e} in {@code target}. */
    PyObject throwTo(HeapLoop l, Frame caller, Tasklet target, PyException e, boolean pending) {
        if (!target.alive()) {
            if (e.value.isInstance(TaskletType.TASKLET_EXIT)) {
                return PyNone.NONE;
            }
            throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "You cannot throw to a dead tasklet");
        }
        if (target == current) {
            throw e;
        }
        if (!pending) {
            checkSwitch(l);
        }
        if (target.blockedOn != null) {
            target.blockedOn.removeWaiter(target);
        }
        target.pendingThrow = e;
        target.tempval = null;
        if (target.next == null) {
            insertBefore(target, current);
        }
        if (pending) {
            return PyNone.NONE;
        }
        current.tempval = PyNone.NONE;
        return switchTo(caller, target);
    }

    /** tasklet.run() (pause false) and tasklet.switch() (pause true). */
    PyObject runTasklet(HeapLoop l, Frame caller, Tasklet target, boolean pauseCaller) {
        TaskletType.checkRunnable(target);
        if (target == current) {
            return PyNone.NONE;
        }
        checkSwitch(l);
        if (target.next == null) {
            insertBefore(target, current);
        }
        Tasklet cur = current;
        cur.tempval = PyNone.NONE;
        if (pauseCaller) {
            remove(cur);
        }
        return switchTo(caller, target);
    }
}
