package org.enginehost.python.code;

import org.enginehost.python.runtime.BinOp;
import org.enginehost.python.runtime.CompareOp;
import org.enginehost.python.runtime.PyObject;

/**
 * Instruction set. An instruction is one int: {@code op | arg << 8}. Jumps carry absolute
 * targets. Stack effects are documented as "before -> after" (top of stack on the right).
 */
public final class Opcode {
    public static final int NOP = 0;
    /** x -> */
    public static final int POP_TOP = 1;
    /** COPY n: ... x(n) ... -> ... x(n) ... x(n) (COPY 1 duplicates the top) */
    public static final int COPY = 2;
    /** SWAP n: exchange the top with the n-th item */
    public static final int SWAP = 3;
    public static final int LOAD_CONST = 4;
    public static final int LOAD_FAST = 5;
    public static final int STORE_FAST = 6;
    public static final int DELETE_FAST = 7;
    public static final int LOAD_NAME = 8;
    public static final int STORE_NAME = 9;
    public static final int DELETE_NAME = 10;
    public static final int LOAD_GLOBAL = 11;
    public static final int STORE_GLOBAL = 12;
    public static final int DELETE_GLOBAL = 13;
    /** arg indexes the cell array (cellvars then freevars) */
    public static final int LOAD_DEREF = 14;
    public static final int STORE_DEREF = 15;
    public static final int DELETE_DEREF = 16;
    /** push the cell object itself (to build a closure) */
    public static final int LOAD_CLOSURE = 17;
    /** obj -> obj.names[arg] */
    public static final int LOAD_ATTR = 18;
    /** value obj -> */
    public static final int STORE_ATTR = 19;
    public static final int DELETE_ATTR = 20;
    /** container key -> item */
    public static final int BINARY_SUBSCR = 21;
    /** value container key -> */
    public static final int STORE_SUBSCR = 22;
    public static final int DELETE_SUBSCR = 23;
    /** BUILD_SLICE 2|3: start stop [step] -> slice */
    public static final int BUILD_SLICE = 24;
    /** a b -> a op b, op from {@link BinOp} */
    public static final int BINARY_OP = 25;
    public static final int UNARY_NEGATIVE = 26;
    public static final int UNARY_POSITIVE = 27;
    public static final int UNARY_NOT = 28;
    public static final int UNARY_INVERT = 29;
    /** a b -> a cmp b, cmp from {@link CompareOp} */
    public static final int COMPARE_OP = 30;
    /** a b -> a is b (arg 1: is not) */
    public static final int IS_OP = 31;
    /** a b -> a in b (arg 1: not in) */
    public static final int CONTAINS_OP = 32;
    public static final int JUMP = 33;
    /** a backward jump: the point where cancellation is checked */
    public static final int JUMP_BACKWARD = 34;
    public static final int POP_JUMP_IF_FALSE = 35;
    public static final int POP_JUMP_IF_TRUE = 36;
    /** jump keeping the value if false, else pop it */
    public static final int JUMP_IF_FALSE_OR_POP = 37;
    public static final int JUMP_IF_TRUE_OR_POP = 38;
    /** x -> iter(x) */
    public static final int GET_ITER = 39;
    /** it -> it next, or pop it and jump to arg when exhausted */
    public static final int FOR_ITER = 40;
    public static final int BUILD_TUPLE = 41;
    public static final int BUILD_LIST = 42;
    /** k1 v1 ... kn vn -> dict */
    public static final int BUILD_MAP = 43;
    /** seq -> x(n-1) ... x0 (the first item on top) */
    public static final int UNPACK_SEQUENCE = 44;
    /** CALL n: callable a1..an -> result */
    public static final int CALL = 45;
    /** CALL_KW n: callable a1..an kwnames-tuple -> result; the last len(kwnames) args are keywords */
    public static final int CALL_KW = 46;
    /** MAKE_FUNCTION flags: [defaults] [kwdefaults] [closure] code -> function (1, 2, 8 as CPython) */
    public static final int MAKE_FUNCTION = 47;
    public static final int RETURN_VALUE = 48;
    /** RAISE_VARARGS 0|1|2: [exc [cause]] -> (raises) */
    public static final int RAISE_VARARGS = 49;
    /** exc -> (re-raises exc without a new traceback entry) */
    public static final int RERAISE = 50;
    /** exc -> previous-handled exc; makes exc the handled exception */
    public static final int PUSH_EXC_INFO = 51;
    /** previous -> ; restores the handled exception */
    public static final int POP_EXCEPT = 52;
    /** exc type -> exc bool */
    public static final int CHECK_EXC_MATCH = 53;
    /** previous exc -> (restores previous, re-raises exc): cleanup of a handler that raised */
    public static final int CLEANUP_RERAISE = 54;
    /**
     * -> module (names[arg & 0xFFFF]); arg bits 16-22: relative level, bit 23: from-import form
     * (push the named module itself, not its top-level package)
     */
    public static final int IMPORT_NAME = 55;
    /** module -> module module.names[arg] */
    public static final int IMPORT_FROM = 56;
    public static final int LOAD_ASSERTION_ERROR = 57;
    /** LIST_APPEND i: x -> ; appends x to the list that is then i-th from the top */
    public static final int LIST_APPEND = 58;
    /** CALL_FUNCTION_EX flags: callable args-tuple [kwargs-dict] -> result */
    public static final int CALL_FUNCTION_EX = 59;
    /** BUILD_STRING n: s1..sn -> concatenation (f-strings) */
    public static final int BUILD_STRING = 60;
    /** FORMAT_VALUE conv: x -> str(x) / repr(x) */
    public static final int FORMAT_VALUE = 61;
    /** LIST_EXTEND i: iterable -> ; extends the list that is then i-th from the top */
    public static final int LIST_EXTEND = 62;
    /** DICT_MERGE i: mapping -> ; merges into the dict i-th from the top (keyword unpacking) */
    public static final int DICT_MERGE = 63;
    /** MAP_ADD i: key value -> ; sets key in the dict that is then i-th from the top */
    public static final int MAP_ADD = 64;
    /** YIELD_VALUE 0|1: v -> sent; suspends the frame; arg 1 marks the yield of a yield-from/await loop */
    public static final int YIELD_VALUE = 65;
    /** SEND target: receiver v -> receiver yielded, or (jump) the receiver's return value */
    public static final int SEND = 66;
    /** iterable -> iterator (generators and coroutines as they are) */
    public static final int GET_YIELD_FROM_ITER = 67;
    /** x -> the iterator of x.__await__() */
    public static final int GET_AWAITABLE = 68;
    /** UNPACK_EX before | after << 8: seq -> x(after) ... list ... x(0), the first item on top */
    public static final int UNPACK_EX = 69;
    /** BUILD_SET n: x1..xn -> set */
    public static final int BUILD_SET = 70;
    /** SET_ADD i: x -> ; adds x to the set i-th from the top */
    public static final int SET_ADD = 71;
    /** SET_UPDATE i: iterable -> ; updates the set i-th from the top */
    public static final int SET_UPDATE = 72;
    /** DICT_UPDATE i: mapping -> ; updates the dict i-th from the top ({**d} displays) */
    public static final int DICT_UPDATE = 73;
    /** list -> tuple */
    public static final int LIST_TO_TUPLE = 74;
    /** mgr -> exit enter-result: looks up __exit__ (bound) and calls __enter__ */
    public static final int BEFORE_WITH = 75;
    /** exit x y exc -> exit x y exc result: calls exit(type(exc), exc, tb) */
    public static final int WITH_EXCEPT_START = 76;
    /** subject -> subject bool (is a sequence for pattern matching) */
    public static final int MATCH_SEQUENCE = 77;
    /** subject -> subject bool (is a mapping for pattern matching) */
    public static final int MATCH_MAPPING = 78;
    /** x -> x len(x) */
    public static final int GET_LEN = 79;
    /** subject keys -> subject keys (values-tuple or None) */
    public static final int MATCH_KEYS = 80;
    /** MATCH_CLASS n: subject cls kwnames -> (attributes-tuple or None) */
    public static final int MATCH_CLASS = 81;
    /** subject keys -> subject rest-dict (a copy of subject without keys) */
    public static final int COPY_DICT_WITHOUT_KEYS = 82;
    /** module -> ; binds the module's public names in the current namespace */
    public static final int IMPORT_STAR = 83;
    public static final int COUNT = 84;

    private static final String[] NAMES = new String[COUNT];

    static {
        for (java.lang.reflect.Field f : Opcode.class.getFields()) {
            if (f.getType() == int.class && !f.getName().equals("COUNT")) {
                try {
                    NAMES[f.getInt(null)] = f.getName();
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    private Opcode() {
    }

    public static String name(int op) {
        return op >= 0 && op < COUNT && NAMES[op] != null ? NAMES[op] : "<" + op + ">";
    }

    public static int op(int instruction) {
        return instruction & 0xFF;
    }

    public static int arg(int instruction) {
        return instruction >>> 8;
    }

    public static int encode(int op, int arg) {
        if (arg < 0 || arg > 0xFFFFFF) {
            throw new IllegalArgumentException("argument out of range: " + arg);
        }
        return op | arg << 8;
    }

    public static boolean isJump(int op) {
        return op == JUMP || op == JUMP_BACKWARD || op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE
                || op == JUMP_IF_FALSE_OR_POP || op == JUMP_IF_TRUE_OR_POP || op == FOR_ITER || op == SEND;
    }

    /** Whether control never goes on to the next instruction after {@code op}: a jump, return or raise. */
    public static boolean endsFlow(int op) {
        return op == JUMP || op == JUMP_BACKWARD || op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE
                || op == CLEANUP_RERAISE;
    }

    /**
     * Stack effect of an instruction; for jumps, {@code jump} selects the taken branch.
     */
    public static int stackEffect(int op, int arg, boolean jump) {
        switch (op) {
            case NOP: case JUMP: case JUMP_BACKWARD: case UNARY_NEGATIVE: case UNARY_POSITIVE: case UNARY_NOT:
            case UNARY_INVERT: case GET_ITER: case SWAP: case LOAD_ATTR: case DELETE_FAST: case DELETE_NAME:
            case DELETE_GLOBAL: case DELETE_DEREF:
                return 0;
            case FORMAT_VALUE:
                return (arg & 4) != 0 ? -1 : 0;
            case POP_TOP: case LIST_EXTEND: case DICT_MERGE: case STORE_FAST: case STORE_NAME: case STORE_GLOBAL: case STORE_DEREF:
            case BINARY_SUBSCR: case BINARY_OP: case COMPARE_OP: case IS_OP: case CONTAINS_OP: case POP_JUMP_IF_FALSE:
            case POP_JUMP_IF_TRUE: case DELETE_ATTR: case RETURN_VALUE: case RERAISE: case POP_EXCEPT: case LIST_APPEND:
                return -1;
            case COPY: case LOAD_CONST: case LOAD_FAST: case LOAD_NAME: case LOAD_GLOBAL: case LOAD_DEREF:
            case LOAD_CLOSURE: case IMPORT_NAME: case IMPORT_FROM: case LOAD_ASSERTION_ERROR: case PUSH_EXC_INFO:
                return 1;
            case STORE_ATTR: case DELETE_SUBSCR: case CLEANUP_RERAISE: case MAP_ADD:
                return -2;
            case STORE_SUBSCR:
                return -3;
            case CHECK_EXC_MATCH:
                return 0;
            case BUILD_SLICE:
                return 1 - arg;
            case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP:
                return jump ? 0 : -1;
            case FOR_ITER:
                return jump ? -1 : 1;
            case BUILD_TUPLE: case BUILD_LIST: case BUILD_STRING:
                return 1 - arg;
            case BUILD_MAP:
                return 1 - 2 * arg;
            case UNPACK_SEQUENCE:
                return arg - 1;
            case CALL:
                return -arg;
            case CALL_KW:
                return -arg - 1;
            case CALL_FUNCTION_EX:
                return (arg & 1) != 0 ? -2 : -1;
            case MAKE_FUNCTION:
                return -Integer.bitCount(arg & 0xB);
            case RAISE_VARARGS:
                return -arg;
            case YIELD_VALUE: case GET_YIELD_FROM_ITER: case GET_AWAITABLE: case LIST_TO_TUPLE:
            case COPY_DICT_WITHOUT_KEYS:
                return 0;
            case SEND:
                return jump ? -1 : 0;
            case UNPACK_EX:
                return (arg & 0xFF) + (arg >>> 8);
            case BUILD_SET:
                return 1 - arg;
            case SET_ADD: case SET_UPDATE: case DICT_UPDATE: case IMPORT_STAR:
                return -1;
            case BEFORE_WITH: case WITH_EXCEPT_START: case MATCH_SEQUENCE: case MATCH_MAPPING: case GET_LEN:
            case MATCH_KEYS:
                return 1;
            case MATCH_CLASS:
                return -2;
            default:
                throw new IllegalArgumentException("unknown opcode " + op);
        }
    }

    /** A readable listing of a code object and, recursively, the code objects among its constants. */
    public static String disassemble(CodeObject code) {
        StringBuilder sb = new StringBuilder();
        disassemble(code, sb);
        return sb.toString();
    }

    private static void disassemble(CodeObject code, StringBuilder sb) {
        sb.append("Disassembly of ").append(code.qualname).append(" (").append(code.filename).append("):\n");
        int lastLine = -1;
        for (int pc = 0; pc < code.code.length; pc++) {
            int ins = code.code[pc];
            int op = op(ins);
            int arg = arg(ins);
            int line = code.lineTable[pc];
            sb.append(line != lastLine ? String.format("%4d", line) : "    ");
            lastLine = line;
            sb.append(String.format(" %5d %-22s", pc, name(op)));
            if (op != NOP && op != POP_TOP && op != RETURN_VALUE && op != GET_ITER && op != BINARY_SUBSCR
                    && op != STORE_SUBSCR && op != PUSH_EXC_INFO && op != POP_EXCEPT && op != CHECK_EXC_MATCH
                    && op != CLEANUP_RERAISE && op != LOAD_ASSERTION_ERROR && !isUnary(op)) {
                sb.append(arg);
                sb.append(describe(code, op, arg));
            }
            sb.append('\n');
        }
        if (code.exceptionTable.length > 0) {
            sb.append("ExceptionTable:\n");
            for (CodeObject.ExceptionEntry e : code.exceptionTable) {
                sb.append("  ").append(e.start()).append(" to ").append(e.end()).append(" -> ")
                        .append(e.handler()).append(" [").append(e.depth()).append("]\n");
            }
        }
        for (PyObject c : code.consts) {
            if (c instanceof CodeObject) {
                sb.append('\n');
                disassemble((CodeObject) c, sb);
            }
        }
    }

    private static boolean isUnary(int op) {
        return op == UNARY_NEGATIVE || op == UNARY_POSITIVE || op == UNARY_NOT || op == UNARY_INVERT;
    }

    private static String describe(CodeObject code, int op, int arg) {
        switch (op) {
            case LOAD_CONST: return " (" + code.consts[arg].repr() + ")";
            case LOAD_FAST: case STORE_FAST: case DELETE_FAST: return " (" + code.varnames[arg] + ")";
            case IMPORT_NAME: return " (" + code.names[arg & 0xFFFF] + ")";
            case LOAD_NAME: case STORE_NAME: case DELETE_NAME: case LOAD_GLOBAL: case STORE_GLOBAL:
            case DELETE_GLOBAL: case LOAD_ATTR: case STORE_ATTR: case DELETE_ATTR: case IMPORT_FROM:
                return " (" + code.names[arg] + ")";
            case LOAD_DEREF: case STORE_DEREF: case DELETE_DEREF: case LOAD_CLOSURE:
                return " (" + code.cellName(arg) + ")";
            case BINARY_OP: return " (" + BinOp.symbol(arg) + ")";
            case COMPARE_OP: return " (" + CompareOp.symbol(arg) + ")";
            default:
                return isJump(op) ? " (to " + arg + ")" : "";
        }
    }
}
