package org.enginehost.python.eval;

import org.enginehost.python.code.CodeObject;
import org.enginehost.python.code.Opcode;
import org.enginehost.python.runtime.Frame;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;

/**
 * A code object translated to a JVM method by {@link JvmCompiler}: the compiled tier. It keeps the frame exactly as the dispatch loop does (locals, cells and the
 * value stack in {@link Frame#slots}), so a frame can move between the two tiers at any entry
 * point and everything that reads frames (tracebacks, {@code locals()}, {@code super()}) sees no
 * difference.
 */
public abstract class CompiledCode {
    /** The code object this was compiled from. */
    protected final CodeObject code;
    protected final PyObject[] consts;
    protected final PyStr[] names;
    /** The LOAD_GLOBAL caches, shared with the dispatch loop's {@link Quickened} form. */
    protected final GlobalSite[] sites;

    /** The LOAD_ATTR and STORE_ATTR caches, in the order of those instructions. */
    protected final AttrSite[] attrSites;

    /** Compiled for a loop that hands over frames ({@link FrameLoop#handsOver}); only such a loop may run it. */
    final boolean handsOver;

    protected CompiledCode(CodeObject code, GlobalSite[] sites, boolean handsOver) {
        this.code = code;
        this.handsOver = handsOver;
        this.consts = code.consts;
        this.names = code.nameObjects;
        this.sites = sites;
        this.attrSites = AttrSite.empty(attributeInstructions(code));
    }

    /** The number of LOAD_ATTR and STORE_ATTR instructions: one site each, in order. */
    static int attributeInstructions(CodeObject code) {
        int n = 0;
        for (int i = 0; i < code.code.length; i++) {
            int op = code.code[i] & 0xFF;
            if (op == Opcode.LOAD_ATTR || op == Opcode.STORE_ATTR) {
                n++;
            }
        }
        return n;
    }

    /**
     * Runs {@code f} from instruction {@code pc} (0, an exception handler, a loop header or a
     * point where the frame was left, with the value stack as the dispatch loop would have it
     * there) until it returns or yields (the value; {@link Frame#yielded} tells which) or hands
     * the loop another frame ({@link FrameLoop#SWITCH}).
     */
    protected abstract PyObject run(FrameLoop loop, Frame f, int pc);
}
