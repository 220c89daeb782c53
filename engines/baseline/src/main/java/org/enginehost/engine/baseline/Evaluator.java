package org.enginehost.engine.baseline;

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
import org.enginehost.python.runtime.PyCell;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyFloat;
import org.enginehost.python.runtime.PyFunction;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.ThreadState;

/**
 * The baseline evaluator: a loop over instructions in which calling a Python function is a
 * recursive Java call of {@link #eval} on a new frame, as in CPython.
 *
 * <p>The dispatch method {@link #run} holds only the frequent instructions and stays well below
 * HotSpot's 8000-byte limit for JIT compilation: 1487 bytes of bytecode, measured with
 * {@code javap -c -p} (slowOp: 1555 bytes). Rare instructions live in {@link #slowOp}, control-flow extras in
 * {@link FlowInstructions}.
 */
final class Evaluator implements FrameRunner {
    private final ThreadState ts;

    Evaluator(ThreadState ts) {
        this.ts = ts;
    }

    /** Runs a frame to completion: the recursion-limit and cancellation checkpoint. */
    PyObject eval(Frame f) {
        ThreadState t = ts;
        if (t.cancelRequested) {
            t.checkCancelled();
        }
        if (++t.depth > t.recursionLimit) {
            t.depth--;
            throw PyErr.recursion();
        }
        try {
            return run(f);
        } finally {
            t.depth--;
        }
    }

    /** Continues a suspended generator or coroutine frame, raising {@code thrown} in it first if given. */
    @Override
    public PyObject resume(Frame f, PyException thrown) {
        ThreadState t = ts;
        if (++t.depth > t.recursionLimit) {
            t.depth--;
            throw PyErr.recursion();
        }
        try {
            if (thrown != null) {
                f.pc = handle(f, thrown, f.pc);
            }
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
    PyObject callFunction(PyFunction fn, PyObject[] args, String[] kwnames) {
        Frame nf = ArgBinder.frameFor(fn, args, 0, args.length, kwnames);
        if (PyGenerator.isGeneratorCode(fn.code)) {
            return new PyGenerator(nf, this);
        }
        return eval(nf);
    }

    /** The dispatch loop. */
    private PyObject run(final Frame f) {
        final CodeObject code = f.code;
        final int[] ins = code.code;
        final PyObject[] consts = code.consts;
        final PyStr[] names = code.nameObjects;
        final PyObject[] s = f.slots;
        final int cells = code.nlocals;
        int sp = f.sp;
        int pc = f.pc;
        for (;;) {
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
                        case JUMP_BACKWARD:
                            if (ts.cancelRequested) {
                                ts.checkCancelled();
                            }
                            pc = w >>> 8;
                            continue;
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
                            PyObject v = s[sp - 1].next();
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
                            PyObject v = call(f, s[sp - n - 1], s, sp - n, n, null);
                            sp -= n + 1;
                            s[sp++] = v;
                            continue;
                        }
                        case RETURN_VALUE:
                            f.sp = sp;
                            return s[sp - 1];
                        case YIELD_VALUE: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            f.sp = sp;
                            f.pc = pc;
                            f.yielded = true;
                            return v;
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
                        default:
                            f.pc = pc;
                            sp = slowOp(f, s, sp, w);
                            pc = f.pc;
                            continue;
                    }
                }
            } catch (PyException e) {
                pc = handle(f, e, pc);
                sp = f.sp;
            } catch (StackOverflowError e) {
                PyException re = PyErr.recursion();
                pc = handle(f, re, pc);
                sp = f.sp;
            }
        }
    }

    /**
     * Unwinds to this frame's handler for an exception raised at {@code pc - 1}: records the
     * traceback entry and context, clears the stack to the handler's depth and pushes the
     * exception. Rethrows when the frame has no handler.
     */
    private int handle(Frame f, PyException e, int pc) {
        CodeObject code = f.code;
        PyBaseException exc = e.value;
        if (e.reraised) {
            e.reraised = false;
        } else {
            PyBaseException handled = ts.handled;
            if (handled != null && handled != exc && exc.context == null) {
                exc.context = handled;
            }
            exc.addTraceback(code, code.lineAt(pc - 1));
        }
        CodeObject.ExceptionEntry h = code.findHandler(pc - 1);
        if (h == null) {
            throw e;
        }
        int base = code.stackBase();
        int sp = base + h.depth();
        Arrays.fill(f.slots, sp, f.slots.length, null);
        f.slots[sp++] = exc;
        f.sp = sp;
        return h.handler();
    }

    private PyObject call(Frame f, PyObject callable, PyObject[] s, int argStart, int n, String[] kwnames) {
        PyObject result;
        if (callable instanceof PyFunction) {
            Frame nf = ArgBinder.frameFor((PyFunction) callable, s, argStart, n, kwnames);
            nf.back = f;
            if ((nf.code.flags & GENERATOR_FLAGS) != 0) {
                result = new PyGenerator(nf, this);
            } else {
                result = eval(nf);
            }
        } else {
            ts.frame = f;
            result = callable.call(Arrays.copyOfRange(s, argStart, argStart + n), kwnames);
        }
        for (int i = argStart - 1; i < argStart + n; i++) {
            s[i] = null;
        }
        return result;
    }

    private static final int GENERATOR_FLAGS = CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE;

    private static PyObject binaryOp(int op, PyObject a, PyObject b) {
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
            return FloatOps.binop(op, ((PyFloat) a).value, ((PyFloat) b).value);
        }
        return Operations.binaryOp(op, a, b);
    }

    private static PyObject compare(int op, PyObject a, PyObject b) {
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

    private static PyObject subscript(PyObject container, PyObject key) {
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
    private int slowOp(Frame f, PyObject[] s, int sp, int w) {
        int arg = w >>> 8;
        CodeObject code = f.code;
        switch (w & 0xFF) {
            case CALL_KW: {
                PyObject[] kw = ((PyTuple) s[--sp]).items;
                String[] kwnames = new String[kw.length];
                for (int i = 0; i < kw.length; i++) {
                    kwnames[i] = ((PyStr) kw[i]).value;
                }
                PyObject v = call(f, s[sp - arg - 1], s, sp - arg, arg, kwnames);
                sp -= arg + 1;
                s[sp++] = v;
                return sp;
            }
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
            case CALL_FUNCTION_EX: {
                PyObject kwargs = (arg & 1) != 0 ? s[--sp] : null;
                PyObject args = s[--sp];
                PyObject callable = s[--sp];
                ts.frame = f;
                s[sp++] = Instructions.callEx(callable, args, kwargs);
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
