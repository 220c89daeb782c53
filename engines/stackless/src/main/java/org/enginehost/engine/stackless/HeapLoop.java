package org.enginehost.engine.stackless;

import static org.enginehost.python.code.Opcode.FOR_ITER;
import static org.enginehost.python.code.Opcode.SEND;

import org.enginehost.python.eval.FrameLoop;
import org.enginehost.python.eval.RecursiveLoop;
import org.enginehost.python.runtime.Frame;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyGenerator;
import org.enginehost.python.runtime.PyMethod;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.ThreadState;

/**
 * The stackless engine's frame loop: a Python call links the callee's frame above its caller and
 * the loop continues in it, a return pops back; generators resumed by {@code for}, {@code yield
 * from}, {@code next()} and {@code send()} run in the same loop. So ordinary Python recursion
 * costs heap, never Java stack, and every tasklet is a chain of frames the {@link Scheduler}
 * can swap between two instructions.
 *
 * <p>Calls from Java code back into Python (a class's {@code __init__}, {@code sorted(key=...)},
 * a dunder method called by a builtin) run a nested loop: they count as a nesting level, as in
 * Stackless, and a tasklet cannot be switched away while it is inside one.
 */
final class HeapLoop extends FrameLoop {
    private static final PyObject GEN_SEND = PyGenerator.GENERATOR_TYPE.lookup("send");
    private static final PyObject GEN_NEXT = PyGenerator.GENERATOR_TYPE.lookup("__next__");

    final Scheduler scheduler;
    /** Java-level runs of the loop in progress on the interpreter thread (1: only the outermost). */
    int levels;
    private final PyObject nextBuiltin;

    /** {@code compileThreshold}: entries into the loop before a code object is compiled; negative never. */
    HeapLoop(ThreadState ts, int compileThreshold) {
        super(ts, true);
        this.compileThreshold = compileThreshold;
        if (compileThreshold >= 0) {
            ts.countdown = RecursiveLoop.SAMPLE_INSTRUCTIONS; // sampling for loops to compile (see checkpoint)
        }
        this.scheduler = new Scheduler(this, ts);
        this.nextBuiltin = ts.interpreter.builtins.get(new PyStr("next"));
    }

    static PyObject switchMarker() {
        return SWITCH;
    }

    /** Hands the loop a frame of another tasklet to continue in (the call hook then returns {@link #switchMarker()}). */
    void continueIn(Frame f, PyException raise) {
        next = f;
        raising = raise;
    }

    /** The frame handed over by {@link #continueIn}, for a hook that returns it itself. */
    Frame takeNext() {
        Frame f = next;
        next = null;
        return f;
    }

    /** Whether the current tasklet may switch: the loop is not nested inside a call from Java. */
    boolean canSwitch() {
        return levels == 1;
    }

    @Override
    public PyObject eval(Frame f) {
        levels++;
        try {
            return super.eval(f);
        } finally {
            levels--;
        }
    }

    @Override
    public PyObject resume(Frame f, PyException thrown) {
        levels++;
        try {
            return super.resume(f, thrown);
        } finally {
            levels--;
        }
    }

    @Override
    protected PyObject enterFrame(Frame caller, Frame callee) {
        ThreadState t = ts;
        t.tick(callee.code.code.length); // instruction budget and stop requests (see ThreadState#tick)
        if (++t.depth > t.recursionLimit) {
            t.depth--;
            throw PyErr.recursion();
        }
        // A call is a checkpoint too (counted as one instruction): recursion without loops can be preempted.
        Frame c = --t.countdown < 0 || t.cancelRequested ? checkpoint(callee) : callee;
        next = c != null ? c : callee; // null: continue in compiled code, which the loop does anyway
        return SWITCH;
    }

    /**
     * The preemption checkpoint, and while no {@code run(timeout)} counts instructions, the
     * sampling point of the compiled tier: the frame found looping here is compiled and goes on
     * in compiled code (null), as in {@link RecursiveLoop}.
     */
    @Override
    protected Frame checkpoint(Frame f) {
        ts.tick(0);
        Frame g = scheduler.preempt(f);
        if (g == f && compileThreshold >= 0 && !scheduler.preempting()) {
            ts.countdown = RecursiveLoop.SAMPLE_INSTRUCTIONS;
            if (compileLoopingFrame(f)) {
                return null;
            }
        }
        return g;
    }

    @Override
    protected boolean callsDirectly(PyBuiltinFunction fn) {
        return !(fn.body instanceof SoftCall) && fn != GEN_SEND && fn != GEN_NEXT;
    }

    @Override
    protected Frame leaveFrame(Frame f, PyObject value) {
        ts.depth--;
        Frame caller = f.back;
        f.back = null;
        PyGenerator g = f.generator;
        if (g != null) {
            g.exitReturn(value);
            return generatorReturned(caller, value);
        }
        if (caller == null) {
            return scheduler.taskletReturned();
        }
        PyObject self = f.initSelf;
        if (self != null) {
            if (value != PyNone.NONE) {
                raising = PyErr.typeError("__init__() should return None, not '" + value.getType().name + "'");
                return caller;
            }
            value = self;
        }
        caller.slots[caller.sp++] = value;
        return caller;
    }

    /** A generator resumed by {@code caller} returned {@code value}: what its resumer does then. */
    private Frame generatorReturned(Frame caller, PyObject value) {
        int w = caller.code.code[caller.pc - 1];
        switch (w & 0xFF) {
            case FOR_ITER:
                caller.slots[--caller.sp] = null;
                caller.pc = w >>> 8;
                return caller;
            case SEND:
                caller.slots[caller.sp - 1] = value;
                caller.pc = w >>> 8;
                return caller;
            default:
                // next(g) or g.send(v)
                raising = PyGenerator.stopIteration(value);
                return caller;
        }
    }

    @Override
    protected Frame leaveYield(Frame f, PyObject value) {
        ts.depth--;
        Frame caller = f.back;
        f.back = null;
        f.generator.exitYield();
        caller.slots[caller.sp++] = value;
        return caller;
    }

    @Override
    protected Frame leaveOnException(Frame f, PyException e) {
        ts.depth--;
        Frame caller = f.back;
        if (f.generator != null) {
            f.back = null; // a generator's frame is linked to whoever resumes it next
        }
        // Otherwise the frame keeps its caller: the traceback holds the frame, whose f_back
        // CPython keeps too.
        if (caller == null) {
            return scheduler.taskletFailed(e);
        }
        raising = e;
        return caller;
    }

    @Override
    protected Frame resumeGenerator(Frame caller, PyGenerator g, PyObject sent) {
        ThreadState t = ts;
        if (t.depth >= t.recursionLimit || !g.enter(sent)) {
            return null;
        }
        t.depth++;
        Frame gf = g.frame;
        gf.back = caller;
        return gf;
    }

    @Override
    protected PyObject callObject(Frame caller, PyObject callable, PyObject[] args, String[] kwnames) {
        if (callable instanceof PyBuiltinFunction) {
            PyBuiltinFunction b = (PyBuiltinFunction) callable;
            if (b.body instanceof SoftCall) {
                ts.frame = caller;
                return ((SoftCall) b.body).callSoft(this, caller, args, kwnames);
            }
            if (b == nextBuiltin && args.length == 1 && args[0] instanceof PyGenerator) {
                Frame gf = resumeGenerator(caller, (PyGenerator) args[0], PyNone.NONE);
                if (gf != null) {
                    next = gf;
                    return SWITCH;
                }
            }
        } else if (callable instanceof PyMethod && ((PyMethod) callable).function instanceof PyBuiltinFunction) {
            PyMethod m = (PyMethod) callable;
            PyBuiltinFunction b = (PyBuiltinFunction) m.function;
            if (b.body instanceof SoftCall) {
                PyObject[] all = new PyObject[args.length + 1];
                all[0] = m.self;
                System.arraycopy(args, 0, all, 1, args.length);
                ts.frame = caller;
                return ((SoftCall) b.body).callSoft(this, caller, all, kwnames);
            }
            if (m.self instanceof PyGenerator && kwnames == null
                    && ((b == GEN_SEND && args.length == 1) || (b == GEN_NEXT && args.length == 0))) {
                Frame gf = resumeGenerator(caller, (PyGenerator) m.self, args.length == 1 ? args[0] : PyNone.NONE);
                if (gf != null) {
                    next = gf;
                    return SWITCH;
                }
            }
        }
        return super.callObject(caller, callable, args, kwnames);
    }
}
