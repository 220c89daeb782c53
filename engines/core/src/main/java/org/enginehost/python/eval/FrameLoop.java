package org.enginehost.python.eval;

import static org.enginehost.python.code.Opcode.BINARY_OP;
import static org.enginehost.python.code.Opcode.BINARY_SUBSCR;
import static org.enginehost.python.code.Opcode.BUILD_LIST;
import static org.enginehost.python.code.Opcode.BUILD_MAP;
import static org.enginehost.python.code.Opcode.BUILD_SLICE;
import static org.enginehost.python.code.Opcode.BUILD_STRING;
import static org.enginehost.python.code.Opcode.BUILD_TUPLE;
import static org.enginehost.python.code.Opcode.CALL;
import static org.enginehost.python.code.Opcode.CALL_FUNCTION_EX;
import static org.enginehost.python.code.Opcode.CALL_KW;
import static org.enginehost.python.code.Opcode.SEND;
import static org.enginehost.python.code.Opcode.CHECK_EXC_MATCH;
import static org.enginehost.python.code.Opcode.CLEANUP_RERAISE;
import static org.enginehost.python.code.Opcode.COMPARE_OP;
import static org.enginehost.python.code.Opcode.CONTAINS_OP;
import static org.enginehost.python.code.Opcode.COPY;
import static org.enginehost.python.code.Opcode.DELETE_ATTR;
import static org.enginehost.python.code.Opcode.DELETE_DEREF;
import static org.enginehost.python.code.Opcode.DELETE_FAST;
import static org.enginehost.python.code.Opcode.DELETE_GLOBAL;
import static org.enginehost.python.code.Opcode.DELETE_NAME;
import static org.enginehost.python.code.Opcode.DELETE_SUBSCR;
import static org.enginehost.python.code.Opcode.DICT_MERGE;
import static org.enginehost.python.code.Opcode.FORMAT_VALUE;
import static org.enginehost.python.code.Opcode.FOR_ITER;
import static org.enginehost.python.code.Opcode.GET_ITER;
import static org.enginehost.python.code.Opcode.IMPORT_FROM;
import static org.enginehost.python.code.Opcode.IMPORT_NAME;
import static org.enginehost.python.code.Opcode.IS_OP;
import static org.enginehost.python.code.Opcode.JUMP;
import static org.enginehost.python.code.Opcode.JUMP_BACKWARD;
import static org.enginehost.python.code.Opcode.JUMP_IF_FALSE_OR_POP;
import static org.enginehost.python.code.Opcode.JUMP_IF_TRUE_OR_POP;
import static org.enginehost.python.code.Opcode.LIST_APPEND;
import static org.enginehost.python.code.Opcode.LIST_EXTEND;
import static org.enginehost.python.code.Opcode.LOAD_ASSERTION_ERROR;
import static org.enginehost.python.code.Opcode.LOAD_ATTR;
import static org.enginehost.python.code.Opcode.LOAD_CLOSURE;
import static org.enginehost.python.code.Opcode.LOAD_CONST;
import static org.enginehost.python.code.Opcode.LOAD_DEREF;
import static org.enginehost.python.code.Opcode.LOAD_FAST;
import static org.enginehost.python.code.Opcode.LOAD_GLOBAL;
import static org.enginehost.python.code.Opcode.LOAD_NAME;
import static org.enginehost.python.code.Opcode.MAKE_FUNCTION;
import static org.enginehost.python.code.Opcode.MAP_ADD;
import static org.enginehost.python.code.Opcode.NOP;
import static org.enginehost.python.code.Opcode.POP_EXCEPT;
import static org.enginehost.python.code.Opcode.POP_JUMP_IF_FALSE;
import static org.enginehost.python.code.Opcode.POP_JUMP_IF_TRUE;
import static org.enginehost.python.code.Opcode.POP_TOP;
import static org.enginehost.python.code.Opcode.PUSH_EXC_INFO;
import static org.enginehost.python.code.Opcode.RAISE_VARARGS;
import static org.enginehost.python.code.Opcode.RERAISE;
import static org.enginehost.python.code.Opcode.RETURN_VALUE;
import static org.enginehost.python.code.Opcode.STORE_ATTR;
import static org.enginehost.python.code.Opcode.STORE_DEREF;
import static org.enginehost.python.code.Opcode.STORE_FAST;
import static org.enginehost.python.code.Opcode.STORE_GLOBAL;
import static org.enginehost.python.code.Opcode.STORE_NAME;
import static org.enginehost.python.code.Opcode.STORE_SUBSCR;
import static org.enginehost.python.code.Opcode.SWAP;
import static org.enginehost.python.code.Opcode.UNARY_INVERT;
import static org.enginehost.python.code.Opcode.UNARY_NEGATIVE;
import static org.enginehost.python.code.Opcode.UNARY_NOT;
import static org.enginehost.python.code.Opcode.UNARY_POSITIVE;
import static org.enginehost.python.code.Opcode.UNPACK_SEQUENCE;
import static org.enginehost.python.code.Opcode.YIELD_VALUE;

import java.util.Arrays;
import org.enginehost.python.code.CodeObject;
import org.enginehost.python.runtime.ArgBinder;
import org.enginehost.python.runtime.BinOp;
import org.enginehost.python.runtime.CompareOp;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.FloatOps;
import org.enginehost.python.runtime.FlowOps;
import org.enginehost.python.runtime.Frame;
import org.enginehost.python.runtime.FrameRunner;
import org.enginehost.python.runtime.PyGenerator;
import org.enginehost.python.runtime.Instructions;
import org.enginehost.python.runtime.IntOps;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyBaseException;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyCell;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyFloat;
import org.enginehost.python.runtime.PyFunction;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyMethod;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;
import org.enginehost.python.runtime.PyInstance;
import org.enginehost.python.runtime.TypeFactory;
import org.enginehost.python.runtime.ThreadState;

/**
 * The dispatch loop every engine shares: {@link #run} executes the instructions of a chain of
 * frames. Engines differ only in how control moves between frames, which they supply as hooks:
 * <ul>
 *   <li>recursive engines (baseline, parallel) evaluate a callee by calling {@link #run} again
 *       from {@link #enterFrame}, so one Python call is one Java call, as in CPython;</li>
 *   <li>the heap-frame engine (stackless) links the callee above its caller and returns it from
 *       {@link #enterFrame}; the loop continues in it, and {@link #leaveFrame},
 *       {@link #leaveYield} and {@link #leaveOnException} pop back. No Java recursion per call,
 *       and a hook may also hand back a frame of another tasklet (a switch).</li>
 * </ul>
 * A hook that hands the loop a frame leaves it ready to run from its {@code pc}/{@code sp}; when
 * it sets {@link #raising}, that exception is raised in the frame first.
 *
 * <p>The dispatch method {@link #run} holds only the frequent instructions and stays well below
 * HotSpot's 8000-byte limit for JIT compilation: about 3500 bytes of bytecode, measured
 * with {@code javap -c -p}. Rare instructions live in {@link #slowOp}, control-flow extras in
 * {@link FlowInstructions}.
 */
public abstract class FrameLoop implements FrameRunner {
    protected final ThreadState ts;
    /** An exception to raise in the frame the loop continues with (set by hooks, consumed by the loop). */
    protected PyException raising;
    /** The frame to continue in when a call hook returned {@link #SWITCH}. */
    protected Frame next;

    /** Returned by a call hook instead of a value: the loop continues in {@link #next}. */
    protected static final PyObject SWITCH = new PyObject() {
        @Override
        public org.enginehost.python.runtime.PyType getType() {
            throw new IllegalStateException("the frame-switch marker is not a Python object");
        }
    };

    /**
     * Whether a call, a FOR_ITER or a SEND may return {@link #SWITCH} (a heap-frame loop): code
     * compiled for such a loop must be able to leave and re-enter its method at each of them,
     * which code compiled for a recursive loop need not.
     */
    protected final boolean handsOver;

    protected FrameLoop(ThreadState ts) {
        this(ts, false);
    }

    protected FrameLoop(ThreadState ts, boolean handsOver) {
        this.ts = ts;
        this.handsOver = handsOver;
    }

    /** Runs a frame to completion from Java code: the recursion-limit and cancellation checkpoint. */
    public PyObject eval(Frame f) {
        ThreadState t = enter(f.code.code.length);
        try {
            return run(f);
        } finally {
            t.depth--;
        }
    }

    /**
     * Entering a frame from Java: charges {@code instructions} to the budget (and honours stop
     * requests, see {@link ThreadState#tick}) and counts the depth, which the caller counts down
     * again when the frame is left; RecursionError past the limit.
     */
    private ThreadState enter(int instructions) {
        ThreadState t = ts;
        t.tick(instructions);
        if (++t.depth > t.recursionLimit) {
            t.depth--;
            throw PyErr.recursion();
        }
        return t;
    }

    // ------------------------------------------------------------------ the compiled tier

    /**
     * Entries of a code object into the loop before it is compiled to a JVM method
     * ({@link JvmCompiler}); negative when this loop never compiles.
     */
    protected int compileThreshold = -1;

    /** How many code objects the compiled tier failed to translate in this JVM (a bug each; they ran in the loop). */
    public static int compilerFailures() {
        return JvmCompiler.FAILURES.get();
    }

    /**
     * For a checkpoint that found {@code f} looping in the dispatch loop: compiles its code now
     * (generators excepted); true when the frame can continue in compiled code, which the
     * checkpoint then asks for by returning null.
     */
    protected final boolean compileLoopingFrame(Frame f) {
        return compileThreshold >= 0 && f.generator == null && compile(Quickened.of(f.code), f.code) != null;
    }

    /** Compiles {@code code} now (when the tier takes it): used for hot loops as well as hot calls. */
    protected final CompiledCode compile(Quickened q, CodeObject code) {
        CompiledCode c = q.compiled;
        if (c == null && !q.uncompilable) {
            c = JvmCompiler.compile(code, q.sites, handsOver);
            q.compiled = c;
            q.uncompilable = c == null;
        }
        return c != null && c.handsOver == handsOver ? c : null;
    }

    /**
     * The exception handler of compiled code: unwinds {@code f} for {@code e} raised by the
     * instruction before {@code pc} and returns the handler's index, or rethrows.
     */
    final int unwind(Frame f, int pc, PyException e) {
        f.pc = pc;
        if (handle(f, e)) {
            return f.pc;
        }
        throw e;
    }

    /**
     * A backward jump of compiled code that asked for the checkpoint (see {@link #checkpoint}):
     * true when the loop is to continue in another frame ({@link #next}), with {@code f} stopped
     * at the loop header.
     */
    final boolean compiledCheckpoint(Frame f, int target, int sp) {
        f.pc = target;
        f.sp = sp;
        Frame cf = checkpoint(f);
        if (cf != f && cf != null) {
            next = cf;
            return true;
        }
        return false;
    }

    /**
     * FOR_ITER at {@code pc} (the index after it) with the stack at {@code sp}:
     * the next item, null when exhausted, or {@link #SWITCH} when the loop continues in another
     * frame (a generator's, or another tasklet's while a channel waits), as the loop's FOR_ITER.
     */
    final PyObject forIterStep(Frame f, PyObject it, int pc, int sp) {
        if (it instanceof PyGenerator) {
            f.pc = pc;
            f.sp = sp;
            Frame gf = resumeGenerator(f, (PyGenerator) it, PyNone.NONE);
            if (gf != null) {
                next = gf;
                return SWITCH;
            }
        }
        if (it instanceof LoopIterator) {
            f.pc = pc;
            f.sp = sp;
            return ((LoopIterator) it).nextInLoop(this, f);
        }
        return it.next();
    }

    /**
     * SEND at {@code pc} (the index after it) with the stack at {@code sp}: the new stack pointer
     * (the pc is the jump target when the receiver finished), or -1 when the loop continues in
     * the receiver's frame ({@link #next}).
     */
    final int sendStep(Frame f, PyObject[] s, int sp, int w, int pc) {
        PyObject recv = s[sp - 2];
        if (recv instanceof PyGenerator) {
            PyObject sent = s[--sp];
            s[sp] = null;
            f.pc = pc;
            f.sp = sp;
            Frame gf = resumeGenerator(f, (PyGenerator) recv, sent);
            if (gf != null) {
                next = gf;
                return -1;
            }
            s[sp++] = sent;
        }
        f.pc = pc;
        return FlowInstructions.send(f, s, sp, w);
    }

    /** Continues a suspended generator or coroutine frame, raising {@code thrown} in it first if given. */
    @Override
    public PyObject resume(Frame f, PyException thrown) {
        ThreadState t = enter(1);
        try {
            raising = thrown;
            return run(f);
        } finally {
            t.depth--;
        }
    }

    @Override
    public ThreadState threadState() {
        return ts;
    }

    /** Calls a Python function from Java code: a new frame, or a generator for generator code. */
    public PyObject callFunction(PyFunction fn, PyObject[] args, String[] kwnames) {
        Frame nf = ArgBinder.frameFor(fn, args, 0, args.length, kwnames);
        if (PyGenerator.isGeneratorCode(fn.code)) {
            return new PyGenerator(nf, this);
        }
        return eval(nf);
    }

    // ------------------------------------------------------------------ the engine hooks

    /**
     * A call of a Python function whose frame {@code callee} is bound: return its value, or
     * {@link #SWITCH} with {@link #next} set to the frame to continue in.
     */
    protected abstract PyObject enterFrame(Frame caller, Frame callee);

    /** A call of anything but a Python function: its value, or {@link #SWITCH} (see {@link #enterFrame}). */
    protected PyObject callObject(Frame caller, PyObject callable, PyObject[] args, String[] kwnames) {
        ts.frame = caller;
        return callable.call(args, kwnames);
    }

    /** RETURN_VALUE in a frame the loop entered itself: the frame to continue in. */
    protected Frame leaveFrame(Frame f, PyObject value) {
        throw new IllegalStateException("frame " + f.code.qualname + " was not entered by this loop");
    }

    /** YIELD_VALUE in a generator frame the loop resumed itself: the frame to continue in. */
    protected Frame leaveYield(Frame f, PyObject value) {
        throw new IllegalStateException("generator " + f.code.qualname + " was not resumed by this loop");
    }

    /**
     * An exception with no handler in a frame the loop entered itself: the frame to continue in,
     * with {@link #raising} set to the exception to go on with there (or null when it ended).
     */
    protected Frame leaveOnException(Frame f, PyException e) {
        throw new IllegalStateException("frame " + f.code.qualname + " was not entered by this loop");
    }

    /**
     * {@code g} is to be resumed with {@code sent} by FOR_ITER or SEND in {@code caller}: the
     * generator's frame to continue in, or null to resume it through {@link PyGenerator} (a
     * nested run).
     */
    protected Frame resumeGenerator(Frame caller, PyGenerator g, PyObject sent) {
        return null;
    }

    /**
     * A checkpoint (a backward jump, or a call in engines that count them) found the instruction
     * budget spent ({@link ThreadState#tick} then stops the script), the preemption countdown of
     * {@link ThreadState#countdown} run out, or a cancellation requested: {@code f} is
     * stopped before its next instruction. Returns the frame to continue in ({@code f} itself, or
     * another tasklet's when the engine preempts), or null to continue {@code f} in its compiled
     * form (which must exist); throws to stop the script.
     */
    protected Frame checkpoint(Frame f) {
        ts.tick(0);
        ts.countdownExpired();
        return f;
    }

    // ------------------------------------------------------------------ the loop

    /**
     * Runs {@code entry} until it returns or yields: in its compiled form when it has one (this
     * short method keeps the dispatch loop off the path of a call between compiled functions,
     * so the JVM need not compile the loop for it), else in the dispatch loop, which also
     * counts entries and compiles.
     */
    protected final PyObject run(final Frame entry) {
        CompiledCode cc;
        if (raising == null && compileThreshold >= 0 && (cc = Quickened.of(entry.code).compiled) != null
                && cc.handsOver == handsOver) {
            // An exception leaves the entry frame as the loop would let it (see leaveUnhandled).
            PyObject v = cc.run(this, entry, entry.pc);
            if (v != SWITCH) {
                return v;
            }
            Frame n = next;
            next = null;
            return loop(entry, n);
        }
        return loop(entry, entry);
    }

    /** The dispatch loop: runs from {@code start} until {@code entry} returns or yields. */
    private PyObject loop(final Frame entry, final Frame start) {
        Frame f = start;
        frames:
        for (;;) {
            if (raising != null) {
                f = raiseIn(entry, f);
            }
            final CodeObject code = f.code;
            final Quickened quick = Quickened.of(code);
            if (compileThreshold >= 0) {
                CompiledCode cc = quick.compiled;
                if (cc != null ? cc.handsOver == handsOver : !quick.uncompilable && ++quick.calls > compileThreshold
                        && (cc = compile(quick, code)) != null) {
                    // The compiled tier runs the frame until it returns, yields or hands over.
                    PyObject v;
                    try {
                        v = cc.run(this, f, f.pc);
                    } catch (PyException e) {
                        f = leaveUnhandled(entry, f, e); // f has no handler; its traceback entry is made
                        continue;
                    }
                    if (v == SWITCH) {
                        f = next;
                        next = null;
                    } else if (f.yielded) {
                        if (f == entry) {
                            return v;
                        }
                        f = leaveYield(f, v);
                    } else {
                        if (f == entry) {
                            return v;
                        }
                        f = leaveFrame(f, v);
                    }
                    continue;
                }
            }
            final int[] ins = quick.ins;
            final PyObject[] consts = code.consts;
            final PyStr[] names = code.nameObjects;
            final PyObject[] s = f.slots;
            final int cells = code.nlocals;
            int sp = f.sp;
            int pc = f.pc;
            try {
                for (;;) {
                    final int w = ins[pc++];
                    switch (w & 0xFF) {
                        case LOAD_FAST: {
                            PyObject v = s[w >>> 8];
                            if (v == null) {
                                throw Instructions.unboundLocal(code, w >>> 8);
                            }
                            s[sp++] = v;
                            continue;
                        }
                        case STORE_FAST:
                            s[w >>> 8] = s[--sp];
                            continue;
                        case LOAD_CONST:
                            s[sp++] = consts[w >>> 8];
                            continue;
                        case LOAD_GLOBAL: {
                            PyObject v = f.globals.get(names[w >>> 8]);
                            if (v == null) {
                                v = Instructions.loadGlobal(f, names[w >>> 8]);
                            }
                            s[sp++] = v;
                            continue;
                        }
                        case LOAD_NAME: {
                            PyObject v = Instructions.loadName(f, names[w >>> 8]);
                            s[sp++] = v;
                            continue;
                        }
                        case STORE_NAME:
                            f.locals.put(names[w >>> 8], s[--sp]);
                            continue;
                        case STORE_GLOBAL:
                            f.globals.put(names[w >>> 8], s[--sp]);
                            continue;
                        case LOAD_DEREF: {
                            PyObject v = ((PyCell) s[cells + (w >>> 8)]).ref;
                            if (v == null) {
                                throw Instructions.unboundCell(code, w >>> 8);
                            }
                            s[sp++] = v;
                            continue;
                        }
                        case STORE_DEREF:
                            ((PyCell) s[cells + (w >>> 8)]).ref = s[--sp];
                            continue;
                        case LOAD_ATTR: {
                            PyObject v = s[sp - 1].getAttr(names[w >>> 8]);
                            s[sp - 1] = v;
                            continue;
                        }
                        case POP_TOP:
                            s[--sp] = null;
                            continue;
                        case COPY: {
                            PyObject v = s[sp - (w >>> 8)];
                            s[sp++] = v;
                            continue;
                        }
                        case SWAP: {
                            int i = sp - (w >>> 8);
                            PyObject v = s[sp - 1];
                            s[sp - 1] = s[i];
                            s[i] = v;
                            continue;
                        }
                        case BINARY_OP: {
                            PyObject b = s[--sp];
                            PyObject v = binaryOp(w >>> 8, s[sp - 1], b);
                            s[sp - 1] = v;
                            continue;
                        }
                        case COMPARE_OP: {
                            PyObject b = s[--sp];
                            PyObject v = compare(w >>> 8, s[sp - 1], b);
                            s[sp - 1] = v;
                            continue;
                        }
                        case BINARY_SUBSCR: {
                            PyObject key = s[--sp];
                            PyObject v = subscript(s[sp - 1], key);
                            s[sp - 1] = v;
                            continue;
                        }
                        case STORE_SUBSCR: {
                            PyObject key = s[--sp];
                            PyObject container = s[--sp];
                            container.setItem(key, s[--sp]);
                            continue;
                        }
                        case JUMP:
                            pc = w >>> 8;
                            continue;
                        case JUMP_BACKWARD: {
                            // Charges the loop body (the instructions from the target to this jump)
                            // to the instruction budget and to the engine's preemption countdown.
                            int target = w >>> 8;
                            int body = pc - target;
                            if ((ts.countdown -= body) < 0 | (ts.budget -= body) < 0 | ts.cancelRequested) {
                                f.pc = target;
                                f.sp = sp;
                                Frame cf = checkpoint(f);
                                if (cf == null) {
                                    continue frames; // on-stack replacement: on in compiled code
                                } else if (cf != f) {
                                    f = cf;
                                    continue frames;
                                }
                            }
                            pc = target;
                            continue;
                        }
                        case POP_JUMP_IF_FALSE: {
                            PyObject v = s[--sp];
                            if (v == PyBool.FALSE || (v != PyBool.TRUE && !Operations.isTrue(v))) {
                                pc = w >>> 8;
                            }
                            continue;
                        }
                        case POP_JUMP_IF_TRUE: {
                            PyObject v = s[--sp];
                            if (v == PyBool.TRUE || (v != PyBool.FALSE && Operations.isTrue(v))) {
                                pc = w >>> 8;
                            }
                            continue;
                        }
                        case JUMP_IF_FALSE_OR_POP:
                            if (!Operations.isTrue(s[sp - 1])) {
                                pc = w >>> 8;
                            } else {
                                sp--;
                            }
                            continue;
                        case JUMP_IF_TRUE_OR_POP:
                            if (Operations.isTrue(s[sp - 1])) {
                                pc = w >>> 8;
                            } else {
                                sp--;
                            }
                            continue;
                        case GET_ITER: {
                            PyObject v = s[sp - 1].iter();
                            s[sp - 1] = v;
                            continue;
                        }
                        case FOR_ITER: {
                            PyObject v = forIterStep(f, s[sp - 1], pc, sp);
                            if (v == SWITCH) {
                                f = next;
                                next = null;
                                continue frames;
                            }
                            if (v == null) {
                                s[--sp] = null;
                                pc = w >>> 8;
                            } else {
                                s[sp++] = v;
                            }
                            continue;
                        }
                        case CALL: {
                            int n = w >>> 8;
                            f.pc = pc;
                            PyObject r = call(f, s[sp - n - 1], s, sp - n, n, null);
                            sp -= n + 1;
                            if (r != SWITCH) {
                                s[sp++] = r;
                                continue;
                            }
                            f.sp = sp;
                            f = next;
                            next = null;
                            continue frames;
                        }
                        case CALL_KW: {
                            int n = w >>> 8;
                            String[] kwnames = keywordNames(s[--sp]);
                            s[sp] = null;
                            f.pc = pc;
                            PyObject r = call(f, s[sp - n - 1], s, sp - n, n, kwnames);
                            sp -= n + 1;
                            if (r != SWITCH) {
                                s[sp++] = r;
                                continue;
                            }
                            f.sp = sp;
                            f = next;
                            next = null;
                            continue frames;
                        }
                        case CALL_FUNCTION_EX: {
                            f.pc = pc;
                            PyObject r = callSpread(f, s, sp, w >>> 8);
                            sp -= (w & 0x100) != 0 ? 3 : 2;
                            if (r != SWITCH) {
                                s[sp++] = r;
                                continue;
                            }
                            f.sp = sp;
                            f = next;
                            next = null;
                            continue frames;
                        }
                        case RETURN_VALUE: {
                            PyObject v = s[sp - 1];
                            f.sp = sp;
                            if (f == entry) {
                                return v;
                            }
                            f = leaveFrame(f, v);
                            continue frames;
                        }
                        case YIELD_VALUE: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            f.sp = sp;
                            f.pc = pc;
                            f.yielded = true;
                            if (f == entry) {
                                return v;
                            }
                            f = leaveYield(f, v);
                            continue frames;
                        }
                        case SEND: {
                            int nsp = sendStep(f, s, sp, w, pc);
                            if (nsp < 0) {
                                f = next;
                                next = null;
                                continue frames;
                            }
                            sp = nsp;
                            pc = f.pc;
                            continue;
                        }
                        case IS_OP: {
                            PyObject b = s[--sp];
                            s[sp - 1] = PyBool.of((s[sp - 1] == b) != ((w >>> 8) != 0));
                            continue;
                        }
                        case CONTAINS_OP: {
                            PyObject container = s[--sp];
                            boolean r = container.contains(s[sp - 1]) != ((w >>> 8) != 0);
                            s[sp - 1] = PyBool.of(r);
                            continue;
                        }
                        case UNARY_NOT:
                            s[sp - 1] = Operations.isTrue(s[sp - 1]) ? PyBool.FALSE : PyBool.TRUE;
                            continue;
                        case NOP:
                            continue;
                        // Superinstructions (see Quickened): on the slow path, run the first plain
                        // instruction and continue with the originals that follow it.
                        case Quickened.FAST_FAST: {
                            PyObject v = s[w >>> 8];
                            PyObject v2 = s[ins[pc] >>> 8];
                            if (v == null || v2 == null) {
                                s[sp++] = loadFast(code, v, w);
                                continue;
                            }
                            s[sp] = v;
                            s[sp + 1] = v2;
                            sp += 2;
                            pc++;
                            continue;
                        }
                        case Quickened.FAST_CONST: {
                            PyObject v = loadFast(code, s[w >>> 8], w);
                            s[sp] = v;
                            s[sp + 1] = consts[ins[pc++] >>> 8];
                            sp += 2;
                            continue;
                        }
                        case Quickened.FAST_CONST_BINOP: {
                            PyObject v = loadFast(code, s[w >>> 8], w);
                            PyObject c = consts[ins[pc] >>> 8];
                            pc += 2;
                            s[sp++] = binaryOp(ins[pc - 1] >>> 8, v, c);
                            continue;
                        }
                        case Quickened.FAST_CONST_BINOP_STORE: {
                            PyObject v = loadFast(code, s[w >>> 8], w);
                            PyObject c = consts[ins[pc] >>> 8];
                            pc += 2;
                            PyObject r = binaryOp(ins[pc - 1] >>> 8, v, c);
                            s[ins[pc++] >>> 8] = r;
                            continue;
                        }
                        case Quickened.FAST_FAST_BINOP: {
                            PyObject v = s[w >>> 8];
                            PyObject v2 = s[ins[pc] >>> 8];
                            if (v == null || v2 == null) {
                                s[sp++] = loadFast(code, v, w);
                                continue;
                            }
                            pc += 2;
                            s[sp++] = binaryOp(ins[pc - 1] >>> 8, v, v2);
                            continue;
                        }
                        case Quickened.FAST_FAST_BINOP_STORE: {
                            PyObject v = s[w >>> 8];
                            PyObject v2 = s[ins[pc] >>> 8];
                            if (v == null || v2 == null) {
                                s[sp++] = loadFast(code, v, w);
                                continue;
                            }
                            pc += 2;
                            PyObject r = binaryOp(ins[pc - 1] >>> 8, v, v2);
                            s[ins[pc++] >>> 8] = r;
                            continue;
                        }
                        case Quickened.BINOP_STORE: {
                            PyObject b = s[--sp];
                            PyObject v = binaryOp(w >>> 8, s[--sp], b);
                            s[sp] = null;
                            s[ins[pc++] >>> 8] = v;
                            continue;
                        }
                        case Quickened.CMP_JUMP: {
                            PyObject b = s[sp - 1];
                            int r = fastCompare(w >>> 8, s[sp - 2], b);
                            if (r < 0) {
                                sp--;
                                s[sp - 1] = compare(w >>> 8, s[sp - 1], b);
                                continue;
                            }
                            sp -= 2;
                            pc = r != 0 ? pc + 1 : ins[pc] >>> 8;
                            continue;
                        }
                        case Quickened.FAST_CONST_CMP_JUMP:
                        case Quickened.FAST_FAST_CMP_JUMP: {
                            PyObject v = s[w >>> 8];
                            int x = ins[pc] >>> 8;
                            PyObject v2 = (w & 0xFF) == Quickened.FAST_CONST_CMP_JUMP ? consts[x] : s[x];
                            int r = v == null || v2 == null ? -1 : fastCompare(ins[pc + 1] >>> 8, v, v2);
                            if (r < 0) {
                                s[sp++] = loadFast(code, v, w);
                                continue;
                            }
                            pc = r != 0 ? pc + 3 : ins[pc + 2] >>> 8;
                            continue;
                        }
                        case Quickened.STORE_FAST_LOAD_FAST: {
                            s[w >>> 8] = s[--sp];
                            PyObject v = s[ins[pc++] >>> 8];
                            if (v == null) {
                                throw Instructions.unboundLocal(code, ins[pc - 1] >>> 8);
                            }
                            s[sp++] = v;
                            continue;
                        }
                        case Quickened.LOAD_GLOBAL_CACHED:
                            s[sp++] = GlobalSite.load(quick.sites, w >>> 8, f);
                            continue;
                        case Quickened.FAST_JUMP_IF_FALSE: {
                            PyObject v = loadFast(code, s[w >>> 8], w);
                            pc++;
                            if (v == PyBool.FALSE || (v != PyBool.TRUE && !Operations.isTrue(v))) {
                                pc = ins[pc - 1] >>> 8;
                            }
                            continue;
                        }
                        default:
                            f.pc = pc;
                            sp = slowOp(f, s, sp, w);
                            pc = f.pc;
                            continue;
                    }
                }
            } catch (PyException e) {
                f.pc = pc;
                raising = e;
            } catch (StackOverflowError e) {
                f.pc = pc;
                raising = PyErr.recursion();
            }
        }
    }

    /**
     * Raises {@link #raising} at {@code f.pc - 1}: the frame (this one or, when it has no handler,
     * one of its callers) that continues at its handler. Rethrows when no frame up to
     * {@code entry} handles it.
     */
    private Frame raiseIn(Frame entry, Frame f) {
        PyException e = raising;
        raising = null;
        if (handle(f, e)) {
            return f;
        }
        return leaveUnhandled(entry, f, e);
    }

    /**
     * {@code e} leaves {@code f}, which has no handler for it (its traceback entry is made): the
     * frame to continue in, unwinding further through {@link #raising} when that one has a
     * handler to find. Rethrows when {@code f} is {@code entry}.
     */
    private Frame leaveUnhandled(Frame entry, Frame f, PyException e) {
        for (;;) {
            if (f == entry) {
                throw e;
            }
            PyGenerator g = f.generator;
            if (g != null) {
                e = g.exitWithException(e);
            }
            f = leaveOnException(f, e);
            e = raising;
            raising = null;
            if (e == null || handle(f, e)) {
                return f;
            }
        }
    }

    /**
     * Unwinds {@code f} to its handler for an exception raised at {@code f.pc - 1}: records the
     * traceback entry and context, clears the stack to the handler's depth, pushes the exception
     * and sets the pc to the handler. False when the frame has no handler.
     */
    boolean handle(Frame f, PyException e) {
        int pc = f.pc;
        CodeObject code = f.code;
        PyBaseException exc = e.value;
        if (e.reraised) {
            e.reraised = false;
        } else {
            PyBaseException handled = ts.handled;
            if (handled != null && handled != exc && exc.context == null) {
                exc.context = handled;
            }
            exc.addTraceback(f, code.lineAt(pc - 1), 2 * (pc - 1));
        }
        CodeObject.ExceptionEntry h = code.findHandler(pc - 1);
        if (h == null) {
            return false;
        }
        int base = code.stackBase();
        int sp = base + h.depth();
        Arrays.fill(f.slots, sp, f.slots.length, null);
        f.slots[sp++] = exc;
        f.sp = sp;
        f.pc = h.handler();
        return true;
    }

    /**
     * Whether a call of the builtin method {@code fn} on a receiver may skip {@link #callObject}:
     * true unless the loop's callObject does something of its own for it (the heap-frame
     * engine's does for the methods that switch tasklets or resume generators).
     */
    protected boolean callsDirectly(PyBuiltinFunction fn) {
        return true;
    }

    /** A call: its value, or {@link #SWITCH} (see {@link #enterFrame}). Clears the callable and arguments. */
    PyObject call(Frame f, PyObject callable, PyObject[] s, int argStart, int n, String[] kwnames) {
        PyObject result;
        PyFunction init;
        if (callable instanceof PyFunction) {
            Frame nf = ArgBinder.frameFor((PyFunction) callable, s, argStart, n, kwnames);
            nf.back = f;
            if ((nf.code.flags & GENERATOR_FLAGS) != 0) {
                result = new PyGenerator(nf, this);
            } else {
                result = enterFrame(f, nf);
            }
        } else if (callable instanceof PyMethod && ((PyMethod) callable).function instanceof PyFunction) {
            // A bound method: put self where the method was, then bind in place (no argument copies).
            PyMethod m = (PyMethod) callable;
            s[argStart - 1] = m.self;
            Frame nf = ArgBinder.frameFor((PyFunction) m.function, s, argStart - 1, n + 1, kwnames);
            nf.back = f;
            if ((nf.code.flags & GENERATOR_FLAGS) != 0) {
                result = new PyGenerator(nf, this);
            } else {
                result = enterFrame(f, nf);
            }
        } else if (callable instanceof PyType && (init = TypeFactory.plainInit((PyType) callable)) != null) {
            // cls(...) of a plain class: the instance, then __init__ as a frame of this loop.
            PyObject self = new PyInstance((PyType) callable);
            s[argStart - 1] = self;
            Frame nf = ArgBinder.frameFor(init, s, argStart - 1, n + 1, kwnames);
            nf.back = f;
            nf.initSelf = self;
            result = enterFrame(f, nf);
            if (result != SWITCH) {
                result = TypeFactory.initialized(result, self);
            }
        } else if (callable instanceof PyMethod && ((PyMethod) callable).function instanceof PyBuiltinFunction
                && callsDirectly((PyBuiltinFunction) ((PyMethod) callable).function)) {
            // obj.method(...) of a builtin type: the arguments with self in one copy, as the method would.
            PyMethod m = (PyMethod) callable;
            s[argStart - 1] = m.self;
            ts.frame = f;
            result = m.function.call(Arrays.copyOfRange(s, argStart - 1, argStart + n), kwnames);
        } else {
            result = callObject(f, callable, Arrays.copyOfRange(s, argStart, argStart + n), kwnames);
        }
        for (int i = argStart - 1; i < argStart + n; i++) {
            s[i] = null;
        }
        return result;
    }

    /**
     * A method call of compiled code whose attribute load found {@code fn} on the class of
     * {@code self} (see {@link AttrSite#method}): s[callable] holds fn, the n arguments follow.
     * Calls it with self first, as the bound method would be called, without making one.
     */
    final PyObject callMethod(Frame f, PyObject self, PyObject[] s, int callable, int n) {
        PyObject fn = s[callable];
        s[callable] = self;
        PyObject result;
        if (fn instanceof PyFunction) {
            Frame nf = ArgBinder.frameFor((PyFunction) fn, s, callable, n + 1, null);
            nf.back = f;
            result = (nf.code.flags & GENERATOR_FLAGS) != 0 ? new PyGenerator(nf, this) : enterFrame(f, nf);
        } else if (!(fn instanceof PyBuiltinFunction) || callsDirectly((PyBuiltinFunction) fn)) {
            ts.frame = f;
            result = fn.call(Arrays.copyOfRange(s, callable, callable + n + 1), null);
        } else {
            // The loop's own hook sees the call as it would without the fusion: a bound method.
            result = callObject(f, new PyMethod(self, fn), Arrays.copyOfRange(s, callable + 1, callable + n + 1), null);
        }
        for (int i = callable; i <= callable + n; i++) {
            s[i] = null;
        }
        return result;
    }

    /**
     * For compiled code of a loop that never hands over frames, which calls a builtin as a plain
     * Java call (as {@link #callObject} and {@link #callMethod} do here): checks the arguments it
     * built for the builtin {@code fn} ({@code method}: the receiver is first, from its own type)
     * as {@link PyBuiltinFunction#call} would, and returns them. The compiled code then calls the
     * builtin's body itself.
     */
    final PyObject[] builtinArgs(Frame f, PyBuiltinFunction fn, PyObject[] args, boolean method) {
        ts.frame = f;
        if (!method && fn.checksReceiver()) {
            fn.checkSelf(args);
        }
        if (fn.fixedArgs >= 0) {
            fn.checkFixedArgs(args, null);
        }
        return args;
    }

    // Direct calls between compiled functions (loops that never hand over frames): the caller's
    // generated code runs the callee's compiled form itself, so that its call of
    // CompiledCode.run is profiled per call site and a small callee can be inlined there.

    /**
     * The compiled form a call of {@code callable} may run directly: a plain Python function whose
     * code is compiled for this loop and is not a generator's; null for every other call.
     */
    final CompiledCode directCallee(PyObject callable) {
        if (!(callable instanceof PyFunction) || handsOver || raising != null) {
            return null;
        }
        CodeObject code = ((PyFunction) callable).code;
        Object q = code.engineCache;
        CompiledCode cc = q instanceof Quickened ? ((Quickened) q).compiled : null;
        return cc != null && !cc.handsOver && (code.flags & GENERATOR_FLAGS) == 0 ? cc : null;
    }

    /**
     * The frame of a direct call of function {@code s[callable]} with the n arguments after it
     * (and {@code self} first when not null, in the callable's slot), entered as {@link #eval}
     * enters a frame (the caller's code counts the depth down when the call returns or raises).
     * Clears the callable's and the arguments' slots.
     */
    final Frame enterDirect(Frame f, PyObject self, PyObject[] s, int callable, int n) {
        PyFunction fn = (PyFunction) s[callable];
        Frame nf;
        if (self != null) {
            s[callable] = self;
            nf = ArgBinder.frameFor(fn, s, callable, n + 1, null);
        } else {
            nf = ArgBinder.frameFor(fn, s, callable + 1, n, null);
        }
        nf.back = f;
        for (int i = callable; i <= callable + n; i++) {
            s[i] = null;
        }
        enter(nf.code.code.length);
        return nf;
    }

    /**
     * CALL_FUNCTION_EX: {@code callable(*args, **kwargs)} with the callable, the argument
     * sequence and (when {@code arg & 1}) the keyword mapping on the stack, which it clears.
     */
    PyObject callSpread(Frame f, PyObject[] s, int sp, int arg) {
        PyObject kwargs = (arg & 1) != 0 ? s[--sp] : null;
        PyObject args = s[--sp];
        PyObject callable = s[sp - 1];
        s[sp] = null;
        if (kwargs != null) {
            s[sp + 1] = null;
        }
        PyObject[] pos = Operations.toArray(args);
        int nkw = kwargs == null ? 0 : ((PyDict) kwargs).size();
        // One leading slot: call() may put a bound method's self there.
        PyObject[] a = new PyObject[1 + pos.length + nkw];
        a[0] = callable;
        System.arraycopy(pos, 0, a, 1, pos.length);
        String[] names = null;
        if (nkw > 0) {
            names = new String[nkw];
            int i = 0;
            for (var e : ((PyDict) kwargs).entries()) {
                if (!(e.getKey() instanceof PyStr)) {
                    throw PyErr.typeError("keywords must be strings");
                }
                names[i] = ((PyStr) e.getKey()).value;
                a[1 + pos.length + i] = e.getValue();
                i++;
            }
        }
        s[sp - 1] = null;
        return call(f, callable, a, 1, a.length - 1, names);
    }

    static String[] keywordNames(PyObject names) {
        PyObject[] kw = ((PyTuple) names).items;
        String[] kwnames = new String[kw.length];
        for (int i = 0; i < kw.length; i++) {
            kwnames[i] = ((PyStr) kw[i]).value;
        }
        return kwnames;
    }

    private static final int GENERATOR_FLAGS = CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE;

    static PyObject binaryOp(int op, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (x.big == null && y.big == null) {
                switch (op) {
                    case BinOp.ADD:
                    case BinOp.ADD + BinOp.INPLACE:
                        return IntOps.add(x.value, y.value);
                    case BinOp.SUB:
                    case BinOp.SUB + BinOp.INPLACE:
                        return IntOps.sub(x.value, y.value);
                    case BinOp.MUL:
                    case BinOp.MUL + BinOp.INPLACE:
                        return IntOps.mul(x.value, y.value);
                    case BinOp.MOD:
                    case BinOp.MOD + BinOp.INPLACE:
                        return IntOps.mod(x.value, y.value);
                    case BinOp.FLOORDIV:
                    case BinOp.FLOORDIV + BinOp.INPLACE:
                        return IntOps.floorDiv(x.value, y.value);
                    default:
                        break;
                }
            }
        } else if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            PyObject r = FloatOps.binop(op, ((PyFloat) a).value, ((PyFloat) b).value);
            if (r != null) {
                return r; // null: not a float operator (& | ^ << >> @), whose error the generic path words
            }
        }
        return Operations.binaryOp(op, a, b);
    }

    /** The value of fast local {@code w >>> 8}, raising UnboundLocalError when unset. */
    private static PyObject loadFast(CodeObject code, PyObject v, int w) {
        if (v == null) {
            throw Instructions.unboundLocal(code, w >>> 8);
        }
        return v;
    }

    /** {@code a op b} as 1 or 0 when both are ints fitting a long or both floats; -1 otherwise. */
    static int fastCompare(int op, PyObject a, PyObject b) {
        boolean v;
        if (a instanceof PyInt && b instanceof PyInt) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (x.big != null || y.big != null) {
                return -1;
            }
            long l = x.value;
            long r = y.value;
            switch (op) {
                case CompareOp.LT: v = l < r; break;
                case CompareOp.LE: v = l <= r; break;
                case CompareOp.EQ: v = l == r; break;
                case CompareOp.NE: v = l != r; break;
                case CompareOp.GT: v = l > r; break;
                default: v = l >= r; break;
            }
        } else if (a instanceof PyFloat && b instanceof PyFloat) {
            double l = ((PyFloat) a).value;
            double r = ((PyFloat) b).value;
            switch (op) {
                case CompareOp.LT: v = l < r; break;
                case CompareOp.LE: v = l <= r; break;
                case CompareOp.EQ: v = l == r; break;
                case CompareOp.NE: v = l != r; break;
                case CompareOp.GT: v = l > r; break;
                default: v = l >= r; break;
            }
        } else {
            return -1;
        }
        return v ? 1 : 0;
    }

    static PyObject compare(int op, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (x.big == null && y.big == null) {
                long l = x.value;
                long r = y.value;
                boolean v;
                switch (op) {
                    case CompareOp.LT: v = l < r; break;
                    case CompareOp.LE: v = l <= r; break;
                    case CompareOp.EQ: v = l == r; break;
                    case CompareOp.NE: v = l != r; break;
                    case CompareOp.GT: v = l > r; break;
                    default: v = l >= r; break;
                }
                return v ? PyBool.TRUE : PyBool.FALSE;
            }
        }
        return Operations.compare(op, a, b);
    }

    static PyObject subscript(PyObject container, PyObject key) {
        if (container.getClass() == PyList.class && key instanceof PyInt) {
            PyList l = (PyList) container;
            PyInt k = (PyInt) key;
            if (k.big == null && k.value >= 0 && k.value < l.size) {
                return l.items[(int) k.value];
            }
        }
        return container.getItem(key);
    }

    /** The less frequent instructions; returns the new stack pointer. */
    int slowOp(Frame f, PyObject[] s, int sp, int w) {
        int arg = w >>> 8;
        CodeObject code = f.code;
        switch (w & 0xFF) {
            case BUILD_TUPLE: {
                PyObject v = PyTuple.of(Arrays.copyOfRange(s, sp - arg, sp));
                sp -= arg;
                s[sp++] = v;
                return sp;
            }
            case BUILD_LIST: {
                PyObject v = new PyList(Arrays.copyOfRange(s, sp - arg, sp));
                sp -= arg;
                s[sp++] = v;
                return sp;
            }
            case BUILD_MAP: {
                PyObject v = Instructions.buildMap(s, sp - 2 * arg, arg);
                sp -= 2 * arg;
                s[sp++] = v;
                return sp;
            }
            case BUILD_STRING: {
                PyObject v = Instructions.buildString(s, sp - arg, arg);
                sp -= arg;
                s[sp++] = v;
                return sp;
            }
            case BUILD_SLICE: {
                PyObject step = arg == 3 ? s[--sp] : null;
                PyObject stop = s[--sp];
                PyObject v = Instructions.buildSlice(s[sp - 1], stop, step);
                s[sp - 1] = v;
                return sp;
            }
            case FORMAT_VALUE: {
                PyObject spec = (arg & 4) != 0 ? s[--sp] : null;
                PyObject v = Instructions.formatValue(s[sp - 1], arg, spec);
                s[sp - 1] = v;
                return sp;
            }
            case UNPACK_SEQUENCE: {
                PyObject[] items = Operations.unpack(s[--sp], arg);
                for (int i = 0; i < arg; i++) {
                    s[sp + i] = items[arg - 1 - i];
                }
                return sp + arg;
            }
            case UNARY_NEGATIVE:
                s[sp - 1] = s[sp - 1].neg();
                return sp;
            case UNARY_POSITIVE:
                s[sp - 1] = s[sp - 1].pos();
                return sp;
            case UNARY_INVERT:
                s[sp - 1] = s[sp - 1].invert();
                return sp;
            case STORE_ATTR: {
                PyObject obj = s[--sp];
                obj.setAttr(code.names[arg], s[--sp]);
                return sp;
            }
            case DELETE_ATTR:
                s[--sp].setAttr(code.names[arg], null);
                return sp;
            case DELETE_SUBSCR: {
                PyObject key = s[--sp];
                s[--sp].delItem(key);
                return sp;
            }
            case DELETE_FAST:
                if (s[arg] == null) {
                    throw Instructions.unboundLocal(code, arg);
                }
                s[arg] = null;
                return sp;
            case DELETE_NAME:
                Instructions.deleteName(f.locals, code.nameObjects[arg]);
                return sp;
            case DELETE_GLOBAL:
                Instructions.deleteName(f.globals, code.nameObjects[arg]);
                return sp;
            case DELETE_DEREF: {
                PyCell c = (PyCell) s[code.nlocals + arg];
                if (c.ref == null) {
                    throw Instructions.unboundCell(code, arg);
                }
                c.ref = null;
                return sp;
            }
            case LOAD_CLOSURE:
                s[sp++] = s[code.nlocals + arg];
                return sp;
            case MAKE_FUNCTION: {
                PyObject fcode = s[--sp];
                PyObject closure = (arg & 8) != 0 ? s[--sp] : null;
                PyObject kwdefaults = (arg & 2) != 0 ? s[--sp] : null;
                PyObject defaults = (arg & 1) != 0 ? s[--sp] : null;
                s[sp++] = Instructions.makeFunction((CodeObject) fcode, arg, defaults, kwdefaults, closure, f.globals,
                        f.builtins);
                return sp;
            }
            case RAISE_VARARGS:
                if (arg == 0) {
                    throw Instructions.reraise(ts);
                }
                if (arg == 1) {
                    throw Instructions.raise(s[--sp], null);
                }
                PyObject cause = s[--sp];
                throw Instructions.raise(s[--sp], cause);
            case PUSH_EXC_INFO: {
                PyObject exc = s[sp - 1];
                s[sp - 1] = ts.handled == null ? PyNone.NONE : ts.handled;
                s[sp++] = exc;
                ts.handled = (PyBaseException) exc;
                return sp;
            }
            case POP_EXCEPT: {
                PyObject prev = s[--sp];
                ts.handled = prev == PyNone.NONE ? null : (PyBaseException) prev;
                return sp;
            }
            case CHECK_EXC_MATCH: {
                PyObject type = s[--sp];
                boolean m = Instructions.checkExcMatch(s[sp - 1], type);
                s[sp++] = PyBool.of(m);
                return sp;
            }
            case RERAISE: {
                PyException e = new PyException((PyBaseException) s[--sp]);
                e.reraised = true;
                throw e;
            }
            case CLEANUP_RERAISE: {
                PyObject exc = s[--sp];
                PyObject prev = s[--sp];
                ts.handled = prev == PyNone.NONE ? null : (PyBaseException) prev;
                PyException e = new PyException((PyBaseException) exc);
                e.reraised = true;
                throw e;
            }
            case IMPORT_NAME:
                // arg: name index | level << 16 | from-form << 23
                s[sp++] = (arg >>> 16) == 0 ? ts.interpreter.importModule(code.names[arg])
                        : ts.interpreter.importName(code.names[arg & 0xFFFF], (arg >>> 16) & 0x7F, (arg >>> 23) != 0,
                                f.globals);
                return sp;
            case IMPORT_FROM: {
                PyObject v = Instructions.importFrom(s[sp - 1], code.names[arg]);
                s[sp++] = v;
                return sp;
            }
            case LOAD_ASSERTION_ERROR:
                s[sp++] = ExceptionTypes.ASSERTION_ERROR;
                return sp;
            case LIST_APPEND: {
                PyObject v = s[--sp];
                ((PyList) s[sp - arg]).append(v);
                return sp;
            }
            case LIST_EXTEND: {
                // arg: position | 0x100 when building the positional arguments of a call
                PyObject v = s[--sp];
                int pos = arg & 0xFF;
                if (arg > 0xFF) {
                    FlowOps.callExtend(s[sp - pos - 1], s[sp - pos], v);
                } else {
                    Instructions.listExtend(s[sp - pos], v);
                }
                return sp;
            }
            case DICT_MERGE: {
                PyObject v = s[--sp];
                Instructions.dictMerge(s[sp - arg - 2], s[sp - arg], v);
                return sp;
            }
            case MAP_ADD: {
                PyObject v = s[--sp];
                PyObject k = s[--sp];
                ((PyDict) s[sp - arg]).put(k, v);
                return sp;
            }
            default:
                return FlowInstructions.execute(this, f, s, sp, w);
        }
    }

    /** Unknown instruction: a compiler/engine mismatch. */
    static IllegalStateException unknown(Frame f, int w) {
        return new IllegalStateException("unknown opcode " + (w & 0xFF) + " at " + (f.pc - 1) + " in "
                + f.code.qualname);
    }
}
