package org.enginehost.python.runtime;

import org.enginehost.python.code.CodeObject;
import org.enginehost.python.code.Opcode;

/**
 * A generator or coroutine. Its whole state is its {@link Frame} (plain data: pc, value stack,
 * locals), which an engine's {@link FrameRunner} continues on each resumption; nothing lives on
 * a Java stack or thread between resumptions.
 */
public final class PyGenerator extends PyObject {
    public static final PyType GENERATOR_TYPE = PyType.builtin("generator", null);
    public static final PyType COROUTINE_TYPE = PyType.builtin("coroutine", null);
    public static final PyType WRAPPER_TYPE = PyType.builtin("coroutine_wrapper", null);

    static {
        for (PyType t : new PyType[] {GENERATOR_TYPE, COROUTINE_TYPE, WRAPPER_TYPE}) {
            t.addMethod("send", (a, k) -> {
                PyBuiltinFunction.checkArgs("send", a, k, 2, 2);
                return self(a[0]).send(a[1]);
            });
            t.addMethod("throw", (a, k) -> {
                PyBuiltinFunction.checkArgs("throw", a, k, 2, 4);
                return self(a[0]).throwValue(a[1], a.length > 2 ? a[2] : null);
            });
            t.addMethod("close", (a, k) -> {
                PyBuiltinFunction.checkArgs("close", a, k, 1, 1);
                self(a[0]).close();
                return PyNone.NONE;
            });
        }
        for (PyType t : new PyType[] {GENERATOR_TYPE, WRAPPER_TYPE}) {
            t.addMethod("__next__", (a, k) -> {
                PyBuiltinFunction.checkArgs("__next__", a, k, 1, 1);
                return self(a[0]).send(PyNone.NONE);
            });
            t.addMethod("__iter__", (a, k) -> a[0]);
            t.fixSlotArgs(0, "__iter__");
        }
        COROUTINE_TYPE.addMethod("__await__", (a, k) -> new Wrapper((PyGenerator) a[0]));
    }

    private static PyGenerator self(PyObject o) {
        return o instanceof Wrapper w ? w.coro : (PyGenerator) o;
    }

    /** What {@code coroutine.__await__()} returns: an iterator over the coroutine. */
    static final class Wrapper extends PyObject {
        final PyGenerator coro;

        Wrapper(PyGenerator coro) {
            this.coro = coro;
        }

        @Override
        public PyType getType() {
            return WRAPPER_TYPE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            return coro.resume(PyNone.NONE, null);
        }
    }

    public final Frame frame;
    private final FrameRunner runner;
    private final ThreadState ts;
    public final boolean coroutine;
    private final String name;
    private final String qualname;
    private boolean started;
    private boolean running;
    private boolean finished;
    /** The exception being handled inside the generator while it is suspended. */
    private PyBaseException excState;
    /** The resumer's handled exception, restored when the frame suspends or ends. */
    private PyBaseException callerHandled;
    /** The value of the last {@code return}, when {@link #resume} returned null. */
    public PyObject returnValue = PyNone.NONE;

    public PyGenerator(Frame frame, FrameRunner runner) {
        this.frame = frame;
        frame.generator = this;
        this.runner = runner;
        this.ts = runner.threadState();
        this.coroutine = (frame.code.flags & CodeObject.CO_COROUTINE) != 0;
        this.name = frame.code.name;
        this.qualname = frame.code.qualname;
    }

    /** Whether a code object makes its calls create a generator or coroutine. */
    public static boolean isGeneratorCode(CodeObject code) {
        return (code.flags & (CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE)) != 0;
    }

    @Override
    public PyType getType() {
        return coroutine ? COROUTINE_TYPE : GENERATOR_TYPE;
    }

    private String kind() {
        return coroutine ? "coroutine" : "generator";
    }

    /**
     * Continues the frame: pushes {@code sent} (unless null) as the value of the pending yield, or
     * raises {@code thrown} there. Returns the next yielded value, or null when the frame returned
     * (its value in {@link #returnValue}).
     */
    private PyObject resume(PyObject sent, PyException thrown) {
        if (running) {
            throw PyErr.valueError(kind() + " already executing");
        }
        if (finished) {
            if (thrown != null) {
                throw thrown;
            }
            if (coroutine) {
                throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "cannot reuse already awaited coroutine");
            }
            returnValue = PyNone.NONE;
            return null;
        }
        if (!started && thrown == null && sent != null && sent != PyNone.NONE) {
            throw PyErr.typeError("can't send non-None value to a just-started " + kind());
        }
        start(thrown == null ? sent : null);
        PyObject v;
        try {
            v = runner.resume(frame, thrown);
        } catch (PyException e) {
            throw exitWithException(e);
        } catch (RuntimeException | Error e) {
            stop();
            throw e;
        }
        if (frame.yielded) {
            exitYield();
            return v;
        }
        exitReturn(v);
        return null;
    }

    /** For pickling a suspended computation: started, running (resumed by a frame on the chain), finished. */
    public boolean[] flags() {
        return new boolean[] {started, running, finished};
    }

    /** Restores what {@link #flags} saved (unpickling). */
    public void restoreFlags(boolean started, boolean running, boolean finished) {
        this.started = started;
        this.running = running;
        this.finished = finished;
    }

    // An engine that runs generator frames in its own frame loop (no Java call per resumption)
    // drives the generator through enter/exit*; the nested path above uses the same steps.

    /**
     * Makes the frame ready to continue with {@code sent} as the value of its pending yield: false,
     * changing nothing, when the generator is running, finished, or not started and sent a value
     * (the caller then resumes it through the iterator protocol, which raises the right error).
     */
    public boolean enter(PyObject sent) {
        if (running || finished || (!started && sent != PyNone.NONE)) {
            return false;
        }
        start(sent);
        return true;
    }

    private void start(PyObject sent) {
        Frame f = frame;
        if (started && sent != null) {
            f.slots[f.sp++] = sent;
        }
        started = true;
        running = true;
        f.yielded = false;
        callerHandled = ts.handled;
        if (excState != null) {
            ts.handled = excState;
        }
    }

    private void stop() {
        running = false;
        excState = ts.handled == callerHandled ? null : ts.handled;
        ts.handled = callerHandled;
        callerHandled = null;
    }

    /** The frame yielded. */
    public void exitYield() {
        stop();
    }

    /** The frame returned {@code value}. */
    public void exitReturn(PyObject value) {
        stop();
        finished = true;
        excState = null;
        returnValue = value;
    }

    /**
     * An exception left the frame: the generator is finished, and the exception its resumer sees
     * is returned (a StopIteration becomes RuntimeError, PEP 479).
     */
    public PyException exitWithException(PyException e) {
        stop();
        finished = true;
        if (e.value.isInstance(ExceptionTypes.STOP_ITERATION)) {
            PyException re = PyErr.format(ExceptionTypes.RUNTIME_ERROR, kind() + " raised StopIteration");
            re.value.cause = e.value;
            re.value.context = e.value;
            return re;
        }
        return e;
    }

    /** {@code next(gen)} without StopIteration: null when exhausted. */
    @Override
    public PyObject next() {
        if (coroutine) {
            return super.next();
        }
        return resume(PyNone.NONE, null);
    }

    @Override
    public PyObject iter() {
        if (coroutine) {
            return super.iter();
        }
        return this;
    }

    /** Resumes with {@code value} for SEND: the yielded value, or null with {@link #returnValue} set. */
    public PyObject sendRaw(PyObject value) {
        return resume(value, null);
    }

    /** {@code gen.send(value)}. */
    public PyObject send(PyObject value) {
        PyObject v = resume(value, null);
        if (v == null) {
            throw stopIteration(returnValue);
        }
        return v;
    }

    public static PyException stopIteration(PyObject value) {
        PyBaseException e = value == PyNone.NONE ? PyErr.newException(ExceptionTypes.STOP_ITERATION, null)
                : new PyBaseException(ExceptionTypes.STOP_ITERATION, new PyTuple(new PyObject[] {value}));
        e.setAttr("value", value);
        return new PyException(e);
    }

    /** The value carried by a StopIteration. */
    public static PyObject stopValue(PyBaseException e) {
        PyObject v = e.attrs.get(new PyStr("value"));
        if (v != null) {
            return v;
        }
        return e.args.size() > 0 ? e.args.get(0) : PyNone.NONE;
    }

    /** {@code gen.throw(exc)} / {@code gen.throw(type, value)}. */
    public PyObject throwValue(PyObject typ, PyObject val) {
        PyBaseException exc;
        if (typ instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            if (val == null || val == PyNone.NONE) {
                exc = Instructions.toException(typ);
            } else if (val instanceof PyBaseException be && be.isInstance(t)) {
                exc = be;
            } else {
                exc = Instructions.toException(typ.call(val instanceof PyTuple tu ? tu.items : new PyObject[] {val},
                        null));
            }
        } else if (typ instanceof PyBaseException be) {
            if (val != null && val != PyNone.NONE) {
                throw PyErr.typeError("instance exception may not have a separate value");
            }
            exc = be;
        } else {
            throw PyErr.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + typ.getType().name);
        }
        PyObject v = throwInto(exc);
        if (v == null) {
            throw stopIteration(returnValue);
        }
        return v;
    }

    /** Raises {@code exc} at the suspension point (delegating to a yield-from target first). */
    private PyObject throwInto(PyBaseException exc) {
        PyObject receiver = delegate();
        if (receiver != null) {
            PyException fromSub = null;
            running = true;
            try {
                if (exc.isInstance(ExceptionTypes.GENERATOR_EXIT)) {
                    closeIter(receiver);
                } else {
                    PyObject y;
                    if (receiver instanceof PyGenerator g) {
                        y = g.throwRaw(exc);
                        if (y == null) {
                            running = false;
                            return finishDelegation(g.returnValue);
                        }
                        return y;
                    }
                    PyObject m = FlowOps.attrOrNull(receiver, "throw");
                    if (m != null) {
                        try {
                            return m.call(new PyObject[] {exc}, null);
                        } catch (PyException e) {
                            if (e.value.isInstance(ExceptionTypes.STOP_ITERATION)) {
                                running = false;
                                return finishDelegation(stopValue(e.value));
                            }
                            throw e;
                        }
                    }
                }
            } catch (PyException e) {
                fromSub = e;
            } finally {
                running = false;
            }
            if (fromSub != null) {
                return resume(null, fromSub);
            }
        }
        return resume(null, new PyException(exc));
    }

    /** Throws into a sub-generator: the yielded value or null (its return value in returnValue). */
    private PyObject throwRaw(PyBaseException exc) {
        return throwInto(exc);
    }

    /** The sub-iterator of a pending {@code yield from}/{@code await}, or null. */
    private PyObject delegate() {
        Frame f = frame;
        if (!started || finished || f.pc == 0) {
            return null;
        }
        int ins = f.code.code[f.pc - 1];
        if (Opcode.op(ins) == Opcode.YIELD_VALUE && Opcode.arg(ins) == 1) {
            return f.slots[f.sp - 1];
        }
        return null;
    }

    /** The delegation ended with {@code value}: continue after the yield-from loop. */
    private PyObject finishDelegation(PyObject value) {
        Frame f = frame;
        f.slots[f.sp - 1] = value;
        f.pc++;
        return resume(null, null);
    }

    private static void closeIter(PyObject it) {
        if (it instanceof PyGenerator g) {
            g.close();
            return;
        }
        PyObject m = FlowOps.attrOrNull(it, "close");
        if (m != null) {
            m.call(new PyObject[0], null);
        }
    }

    /** {@code gen.close()}. */
    public void close() {
        if (finished) {
            return;
        }
        if (!started) {
            finished = true;
            return;
        }
        PyObject v;
        try {
            v = throwInto(PyErr.newException(ExceptionTypes.GENERATOR_EXIT, null));
        } catch (PyException e) {
            if (e.value.isInstance(ExceptionTypes.GENERATOR_EXIT) || e.value.isInstance(ExceptionTypes.STOP_ITERATION)) {
                finished = true;
                return;
            }
            throw e;
        }
        if (v != null) {
            throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, kind() + " ignored GeneratorExit");
        }
    }

    public boolean isRunning() {
        return running;
    }

    /** For inspect.getgeneratorstate: GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED. */
    public String state() {
        return running ? "GEN_RUNNING" : finished ? "GEN_CLOSED" : started ? "GEN_SUSPENDED" : "GEN_CREATED";
    }

    @Override
    public PyObject getAttr(String attr) {
        String p = coroutine ? "cr_" : "gi_";
        if (attr.startsWith(p)) {
            switch (attr.substring(3)) {
                case "running": return PyBool.of(running);
                case "code": return frame.code;
                case "suspended": return PyBool.of(started && !finished && !running);
                default: break;
            }
        }
        switch (attr) {
            case "__name__": return new PyStr(name);
            case "__qualname__": return new PyStr(qualname);
            default: return super.getAttr(attr);
        }
    }

    @Override
    public String repr() {
        return "<" + kind() + " object " + qualname + " at " + Operations.address(this) + ">";
    }
}
