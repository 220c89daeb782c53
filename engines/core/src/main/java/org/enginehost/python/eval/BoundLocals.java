package org.enginehost.python.eval;

import static org.enginehost.python.code.Opcode.DELETE_FAST;
import static org.enginehost.python.code.Opcode.STORE_FAST;

import java.util.ArrayDeque;
import org.enginehost.python.code.CodeObject;
import org.enginehost.python.code.Opcode;

/**
 * Which fast locals are bound on every path to each instruction (definite assignment), so that
 * the compiled tier can leave out the UnboundLocalError test of a LOAD_FAST that cannot fail.
 * Parameters are bound on entry; STORE_FAST binds, DELETE_FAST unbinds, and nothing else
 * touches a fast local. An exception handler gets what is bound before every instruction it
 * covers, since any of them may raise before its own effect.
 */
final class BoundLocals {
    private final int words;
    /** Per instruction, the locals bound before it (null where unreachable). */
    private final long[][] before;

    private BoundLocals(int n, int nlocals) {
        this.words = (nlocals + 63) >>> 6;
        this.before = new long[n][];
    }

    /** The analysis of {@code code}; every local counts as possibly unbound in code that is not a function's. */
    static BoundLocals of(CodeObject code) {
        int[] ins = code.code;
        BoundLocals b = new BoundLocals(ins.length, code.nlocals);
        long[] entry = new long[b.words];
        if ((code.flags & CodeObject.CO_OPTIMIZED) != 0) {
            int params = code.argcount + code.kwonlyargcount
                    + ((code.flags & CodeObject.CO_VARARGS) != 0 ? 1 : 0)
                    + ((code.flags & CodeObject.CO_VARKEYWORDS) != 0 ? 1 : 0);
            for (int i = 0; i < params && i < code.nlocals; i++) {
                entry[i >>> 6] |= 1L << i;
            }
        }
        ArrayDeque<Integer> work = new ArrayDeque<>();
        b.meet(0, entry, work);
        while (!work.isEmpty()) {
            int pc = work.pop();
            long[] in = b.before[pc];
            int op = ins[pc] & 0xFF;
            int arg = ins[pc] >>> 8;
            CodeObject.ExceptionEntry h = code.findHandler(pc);
            if (h != null) {
                b.meet(h.handler(), in, work);
            }
            long[] out = in;
            if ((op == STORE_FAST || op == DELETE_FAST) && arg < code.nlocals) {
                out = in.clone();
                if (op == STORE_FAST) {
                    out[arg >>> 6] |= 1L << arg;
                } else {
                    out[arg >>> 6] &= ~(1L << arg);
                }
            }
            if (Opcode.isJump(op)) {
                b.meet(arg, out, work);
            }
            if (!Opcode.endsFlow(op) && pc + 1 < ins.length) {
                b.meet(pc + 1, out, work);
            }
        }
        return b;
    }

    /** Whether fast local {@code local} is bound whenever instruction {@code pc} runs. */
    boolean bound(int pc, int local) {
        long[] in = before[pc];
        return in != null && (in[local >>> 6] & (1L << local)) != 0;
    }

    /** Narrows what is known before {@code pc} by a path bringing {@code state}; requeues it if that changed anything. */
    private void meet(int pc, long[] state, ArrayDeque<Integer> work) {
        if (pc < 0 || pc >= before.length) {
            return;
        }
        long[] cur = before[pc];
        if (cur == null) {
            before[pc] = state.clone();
            work.push(pc);
            return;
        }
        boolean changed = false;
        for (int w = 0; w < words; w++) {
            long m = cur[w] & state[w];
            if (m != cur[w]) {
                cur[w] = m;
                changed = true;
            }
        }
        if (changed) {
            work.push(pc);
        }
    }
}
