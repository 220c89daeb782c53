package org.enginehost.python.eval;

import static org.enginehost.python.code.Opcode.BINARY_OP;
import static org.enginehost.python.code.Opcode.COMPARE_OP;
import static org.enginehost.python.code.Opcode.LOAD_CONST;
import static org.enginehost.python.code.Opcode.LOAD_FAST;
import static org.enginehost.python.code.Opcode.LOAD_GLOBAL;
import static org.enginehost.python.code.Opcode.POP_JUMP_IF_FALSE;
import static org.enginehost.python.code.Opcode.STORE_FAST;

import org.enginehost.python.code.CodeObject;
import org.enginehost.python.code.Opcode;

/**
 * The baseline engine's private instruction array for a code object: {@link CodeObject#code} with
 * superinstructions written over the first instruction of frequent sequences, so that one dispatch
 * does the work of two to four.
 *
 * <p>A superinstruction keeps the first instruction's argument and reads the other operands from the
 * original instructions that follow it, which stay in place: every instruction keeps its index, so
 * jump targets, the exception table and the line table still apply, and a jump into the middle of
 * a fused sequence simply runs the original instructions. A superinstruction raising an exception
 * first sets the pc just past the component that raised, as the plain instructions would.
 * Sequences are not fused across a jump target or an exception-table boundary.
 */
final class Quickened {
    /** LOAD_FAST a; LOAD_FAST b */
    static final int FAST_FAST = 200;
    /** LOAD_FAST a; LOAD_CONST c */
    static final int FAST_CONST = 201;
    /** LOAD_FAST a; LOAD_CONST c; BINARY_OP op */
    static final int FAST_CONST_BINOP = 202;
    /** LOAD_FAST a; LOAD_FAST b; BINARY_OP op */
    static final int FAST_FAST_BINOP = 203;
    /** LOAD_FAST a; LOAD_CONST c; BINARY_OP op; STORE_FAST x */
    static final int FAST_CONST_BINOP_STORE = 204;
    /** LOAD_FAST a; LOAD_FAST b; BINARY_OP op; STORE_FAST x */
    static final int FAST_FAST_BINOP_STORE = 205;
    /** BINARY_OP op; STORE_FAST x */
    static final int BINOP_STORE = 206;
    /** COMPARE_OP op; POP_JUMP_IF_FALSE t */
    static final int CMP_JUMP = 207;
    /** LOAD_FAST a; LOAD_CONST c; COMPARE_OP op; POP_JUMP_IF_FALSE t */
    static final int FAST_CONST_CMP_JUMP = 208;
    /** LOAD_FAST a; LOAD_FAST b; COMPARE_OP op; POP_JUMP_IF_FALSE t */
    static final int FAST_FAST_CMP_JUMP = 209;
    /** STORE_FAST x; LOAD_FAST a */
    static final int STORE_FAST_LOAD_FAST = 210;
    /** LOAD_FAST a; POP_JUMP_IF_FALSE t */
    static final int FAST_JUMP_IF_FALSE = 211;
    /** LOAD_GLOBAL through the {@link GlobalSite} {@code sites[arg]} */
    static final int LOAD_GLOBAL_CACHED = 212;

    /** The instructions. */
    final int[] ins;
    /** The lookup caches of the LOAD_GLOBAL instructions (null when there are none). */
    final GlobalSite[] sites;

    /** The compiled tier's form of the code (see {@link FrameLoop#compiled}), once made. */
    volatile CompiledCode compiled;
    /** Set when {@link JvmCompiler} does not take the code: it stays in the dispatch loop. */
    volatile boolean uncompilable;
    /** Calls counted towards compiling (racy across threads: a count, not a contract). */
    int calls;

    private Quickened(int[] ins, GlobalSite[] sites) {
        this.ins = ins;
        this.sites = sites;
    }

    /** The quickened form of {@code code}, made on first use. */
    static Quickened of(CodeObject code) {
        Object c = code.engineCache;
        if (c instanceof Quickened) {
            return (Quickened) c;
        }
        Quickened q = quicken(code);
        code.engineCache = q;
        return q;
    }

    static Quickened quicken(CodeObject code) {
        int[] orig = code.code;
        int n = orig.length;
        // barrier[i]: instruction i starts a block (jump target, handler, range boundary); no
        // fused sequence may contain it except as its first instruction.
        boolean[] barrier = new boolean[n + 1];
        for (int i = 0; i < n; i++) {
            int op = orig[i] & 0xFF;
            if (Opcode.isJump(op)) {
                int t = orig[i] >>> 8;
                if (t <= n) {
                    barrier[t] = true;
                }
            }
        }
        for (CodeObject.ExceptionEntry e : code.exceptionTable) {
            mark(barrier, e.start(), n);
            mark(barrier, e.end(), n);
            mark(barrier, e.handler(), n);
        }
        int[] q = orig.clone();
        int i = 0;
        while (i < n) {
            int op0 = op(orig, i, 0, barrier);
            int op1 = op(orig, i, 1, barrier);
            int op2 = op(orig, i, 2, barrier);
            int op3 = op(orig, i, 3, barrier);
            int fused = -1;
            int len = 1;
            if (op0 == LOAD_FAST && (op1 == LOAD_CONST || op1 == LOAD_FAST)) {
                boolean k = op1 == LOAD_CONST;
                if (op2 == COMPARE_OP && op3 == POP_JUMP_IF_FALSE) {
                    fused = k ? FAST_CONST_CMP_JUMP : FAST_FAST_CMP_JUMP;
                    len = 4;
                } else if (op2 == BINARY_OP && op3 == STORE_FAST) {
                    fused = k ? FAST_CONST_BINOP_STORE : FAST_FAST_BINOP_STORE;
                    len = 4;
                } else if (op2 == BINARY_OP) {
                    fused = k ? FAST_CONST_BINOP : FAST_FAST_BINOP;
                    len = 3;
                } else {
                    fused = k ? FAST_CONST : FAST_FAST;
                    len = 2;
                }
            } else if (op0 == LOAD_FAST && op1 == POP_JUMP_IF_FALSE) {
                fused = FAST_JUMP_IF_FALSE;
                len = 2;
            } else if (op0 == COMPARE_OP && op1 == POP_JUMP_IF_FALSE) {
                fused = CMP_JUMP;
                len = 2;
            } else if (op0 == BINARY_OP && op1 == STORE_FAST) {
                fused = BINOP_STORE;
                len = 2;
            } else if (op0 == STORE_FAST && op1 == LOAD_FAST) {
                fused = STORE_FAST_LOAD_FAST;
                len = 2;
            }
            if (fused >= 0) {
                q[i] = (orig[i] & ~0xFF) | fused;
            }
            i += len;
        }
        int nsites = 0;
        for (int j = 0; j < n; j++) {
            if ((orig[j] & 0xFF) == LOAD_GLOBAL) {
                nsites++;
            }
        }
        GlobalSite[] sites = null;
        if (nsites > 0 && nsites <= 0xFFFFFF) {
            sites = new GlobalSite[nsites];
            int k = 0;
            for (int j = 0; j < n; j++) {
                if ((orig[j] & 0xFF) == LOAD_GLOBAL) {
                    sites[k] = new GlobalSite(code.nameObjects[orig[j] >>> 8]);
                    q[j] = LOAD_GLOBAL_CACHED | k << 8;
                    k++;
                }
            }
        }
        return new Quickened(q, sites);
    }

    private static void mark(boolean[] barrier, int i, int n) {
        if (i >= 0 && i <= n) {
            barrier[i] = true;
        }
    }

    /** The opcode at {@code i + k}, or -1 past the end or when a block starts inside the sequence. */
    private static int op(int[] orig, int i, int k, boolean[] barrier) {
        int j = i + k;
        if (j >= orig.length) {
            return -1;
        }
        for (int m = i + 1; m <= j; m++) {
            if (barrier[m]) {
                return -1;
            }
        }
        return orig[j] & 0xFF;
    }
}
