package org.enginehost.python.eval;

import static org.enginehost.python.code.Opcode.BINARY_OP;
import static org.enginehost.python.code.Opcode.CHECK_EXC_MATCH;
import static org.enginehost.python.code.Opcode.POP_EXCEPT;
import static org.enginehost.python.code.Opcode.PUSH_EXC_INFO;
import static org.enginehost.python.code.Opcode.DELETE_SUBSCR;
import static org.enginehost.python.code.Opcode.DELETE_FAST;
import static org.enginehost.python.code.Opcode.UNARY_NEGATIVE;
import static org.enginehost.python.code.Opcode.UNPACK_SEQUENCE;
import static org.enginehost.python.code.Opcode.BUILD_SLICE;
import static org.enginehost.python.code.Opcode.BUILD_LIST;
import static org.enginehost.python.code.Opcode.BUILD_TUPLE;
import static org.enginehost.python.code.Opcode.LIST_APPEND;
import static org.enginehost.python.code.Opcode.BINARY_SUBSCR;
import static org.enginehost.python.code.Opcode.CALL;
import static org.enginehost.python.code.Opcode.CALL_FUNCTION_EX;
import static org.enginehost.python.code.Opcode.CALL_KW;
import static org.enginehost.python.code.Opcode.CLEANUP_RERAISE;
import static org.enginehost.python.code.Opcode.COMPARE_OP;
import static org.enginehost.python.code.Opcode.CONTAINS_OP;
import static org.enginehost.python.code.Opcode.COPY;
import static org.enginehost.python.code.Opcode.FOR_ITER;
import static org.enginehost.python.code.Opcode.GET_ITER;
import static org.enginehost.python.code.Opcode.IS_OP;
import static org.enginehost.python.code.Opcode.JUMP;
import static org.enginehost.python.code.Opcode.JUMP_BACKWARD;
import static org.enginehost.python.code.Opcode.JUMP_IF_FALSE_OR_POP;
import static org.enginehost.python.code.Opcode.JUMP_IF_TRUE_OR_POP;
import static org.enginehost.python.code.Opcode.LOAD_ATTR;
import static org.enginehost.python.code.Opcode.LOAD_CONST;
import static org.enginehost.python.code.Opcode.LOAD_DEREF;
import static org.enginehost.python.code.Opcode.LOAD_FAST;
import static org.enginehost.python.code.Opcode.LOAD_GLOBAL;
import static org.enginehost.python.code.Opcode.LOAD_NAME;
import static org.enginehost.python.code.Opcode.NOP;
import static org.enginehost.python.code.Opcode.POP_JUMP_IF_FALSE;
import static org.enginehost.python.code.Opcode.POP_JUMP_IF_TRUE;
import static org.enginehost.python.code.Opcode.POP_TOP;
import static org.enginehost.python.code.Opcode.RAISE_VARARGS;
import static org.enginehost.python.code.Opcode.RERAISE;
import static org.enginehost.python.code.Opcode.RETURN_VALUE;
import static org.enginehost.python.code.Opcode.SEND;
import static org.enginehost.python.code.Opcode.STORE_DEREF;
import static org.enginehost.python.code.Opcode.STORE_FAST;
import static org.enginehost.python.code.Opcode.STORE_GLOBAL;
import static org.enginehost.python.code.Opcode.STORE_NAME;
import static org.enginehost.python.code.Opcode.STORE_ATTR;
import static org.enginehost.python.code.Opcode.STORE_SUBSCR;
import static org.enginehost.python.code.Opcode.SWAP;
import static org.enginehost.python.code.Opcode.UNARY_NOT;
import static org.enginehost.python.code.Opcode.YIELD_VALUE;
import static org.objectweb.asm.Opcodes.AALOAD;
import static org.objectweb.asm.Opcodes.NEW;
import static org.objectweb.asm.Opcodes.ANEWARRAY;
import static org.objectweb.asm.Opcodes.AASTORE;
import static org.objectweb.asm.Opcodes.ACC_FINAL;
import static org.objectweb.asm.Opcodes.ACC_PROTECTED;
import static org.objectweb.asm.Opcodes.ACC_SUPER;
import static org.objectweb.asm.Opcodes.ACONST_NULL;
import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.ARETURN;
import static org.objectweb.asm.Opcodes.ASTORE;
import static org.objectweb.asm.Opcodes.ATHROW;
import static org.objectweb.asm.Opcodes.CHECKCAST;
import static org.objectweb.asm.Opcodes.BIPUSH;
import static org.objectweb.asm.Opcodes.DUP;
import static org.objectweb.asm.Opcodes.GETFIELD;
import static org.objectweb.asm.Opcodes.GETSTATIC;
import static org.objectweb.asm.Opcodes.IF_ACMPNE;
import static org.objectweb.asm.Opcodes.GOTO;
import static org.objectweb.asm.Opcodes.ICONST_0;
import static org.objectweb.asm.Opcodes.ICONST_1;
import static org.objectweb.asm.Opcodes.IFEQ;
import static org.objectweb.asm.Opcodes.IFGE;
import static org.objectweb.asm.Opcodes.IF_ICMPNE;
import static org.objectweb.asm.Opcodes.IFNE;
import static org.objectweb.asm.Opcodes.IFNONNULL;
import static org.objectweb.asm.Opcodes.IFNULL;
import static org.objectweb.asm.Opcodes.ILOAD;
import static org.objectweb.asm.Opcodes.INSTANCEOF;
import static org.objectweb.asm.Opcodes.INVOKEINTERFACE;
import static org.objectweb.asm.Opcodes.INVOKESPECIAL;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.INVOKEVIRTUAL;
import static org.objectweb.asm.Opcodes.ISTORE;
import static org.objectweb.asm.Opcodes.ISUB;
import static org.objectweb.asm.Opcodes.POP;
import static org.objectweb.asm.Opcodes.PUTFIELD;
import static org.objectweb.asm.Opcodes.RETURN;
import static org.objectweb.asm.Opcodes.SIPUSH;
import static org.objectweb.asm.Opcodes.V1_5;

import java.lang.invoke.MethodHandles;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.enginehost.python.code.CodeObject;
import org.enginehost.python.code.Opcode;
import org.enginehost.python.runtime.BinOp;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.MethodVisitor;

/**
 * The compiled tier: translates one code object into a JVM class whose
 * {@link CompiledCode#run} does what {@link FrameLoop#run} would do for that code, instruction by
 * instruction, without the dispatch. The frame keeps its shape (fast locals, cells and the value
 * stack stay in {@link org.enginehost.python.runtime.Frame#slots}), and since every instruction's
 * stack depth is known here, each stack slot becomes a constant index. What the translation buys:
 * no decoding or dispatch per instruction, and a JVM method per Python function, so HotSpot
 * profiles and inlines each function's operations for the types that function actually sees
 * instead of one loop's mixture of every program's types.
 *
 * <p>Exceptions: one JVM handler covers the body; local 3 holds the index after the instruction
 * that may raise (the loop's {@code f.pc} convention), so the handler asks the loop to unwind
 * ({@link FrameLoop#unwind}) and re-enters the body at the Python handler through the entry
 * switch. Entry points are instruction 0, every exception handler and every loop header, which
 * is also how a frame running in the dispatch loop moves here in the middle of a loop.
 *
 * <p>Leaving and re-entering: YIELD_VALUE records pc and sp in the frame and returns the value;
 * the resumption re-enters after the yield. In the heap-frame loop (stackless) a call, a FOR_ITER
 * or SEND over a generator, a channel wait or a preemption at a backward jump can hand the loop
 * another frame: the compiled method then records pc and sp and returns {@link FrameLoop#SWITCH},
 * and the loop re-enters it where it stopped, so no Python state is ever held in the JVM method
 * across a switch. Not compiled (the dispatch loop keeps them): code whose stack depths do not
 * agree, and code too large for one JVM method.
 *
 * <p>For developers: {@code -Denginehost.jit.dump=DIR} writes each generated class to DIR (read it
 * with {@code javap -c -p}); {@code -Denginehost.jit.debug=true} prints the stack trace of a
 * translation that failed (the code then runs in the dispatch loop, and {@link #FAILURES} counts it);
 * {@code -Denginehost.jit.visible=true} makes the generated frames visible to profilers (see {@link #VISIBLE}).
 */
final class JvmCompiler {
    private static final String EVAL = "org/enginehost/python/eval/";
    private static final String RT = "org/enginehost/python/runtime/";
    private static final String OBJ = "L" + RT + "PyObject;";
    private static final String OBJS = "[" + OBJ;
    private static final String FRAME = "L" + RT + "Frame;";
    private static final String LOOP_T = EVAL + "FrameLoop";
    private static final String LOOP = "L" + LOOP_T + ";";
    private static final String OPS = EVAL + "CompiledOps";
    /** Tuples and lists of up to this many items are built by the generated code itself. */
    private static final int MAX_INLINE_BUILD = 8;
    private static final String ARITH = EVAL + "CompiledArith";
    private static final String CODE = "Lorg/enginehost/python/code/CodeObject;";
    private static final String STR = "L" + RT + "PyStr;";

    // Locals of the generated run(FrameLoop loop, Frame f, int pc).
    private static final int THIS = 0;
    private static final int LOOP_L = 1;
    private static final int F = 2;
    private static final int PC = 3;
    private static final int S = 4;
    private static final int CONSTS = 5;
    private static final int NAMES = 6;
    private static final int SITES = 7;
    private static final int TMP = 8;
    private static final int EXC = 9;
    private static final int ATTR_SITES = 10;
    /** The first of the locals that hold the receivers of method calls (see {@link #findMethodCalls}). */
    private static final int FIRST_SELF_LOCAL = 11;

    /**
     * Whether generated classes are ordinary classes (uniquely named) rather than hidden ones:
     * profilers such as JFR leave hidden classes' frames out of their stack traces. For developers
     * only ({@code -Denginehost.jit.visible=true}): ordinary classes are never unloaded.
     */
    private static final boolean VISIBLE = Boolean.getBoolean("enginehost.jit.visible");
    private static final AtomicInteger VISIBLE_COUNT = new AtomicInteger();

    /** Code objects that could not be translated because of an unexpected error (a bug; tests watch it). */
    static final AtomicInteger FAILURES = new AtomicInteger();

    private final CodeObject code;
    private final int[] ins;
    private final int[] depth;
    private final boolean[] target;
    private final int base;
    private final BoundLocals bound;
    private MethodVisitor mv;
    private Label[] labels;
    /** For a LOAD_ATTR whose value is the callable of a CALL in the same straight line: that CALL's index. */
    private final int[] methodCall;
    /** For such a CALL: the JVM local holding the self of its method load. */
    private final int[] selfLocal;
    /** For each LOAD_GLOBAL its cache's index, for each LOAD_ATTR/STORE_ATTR its attribute site's. */
    private final int[] siteIndex;
    /** Whether the loop running this code may hand over to another frame at a call (see {@link FrameLoop#handsOver}). */
    private final boolean handsOver;
    /** Instructions reached other than by falling through (entry points, jump targets): the whole stack is in the frame there. */
    private final boolean[] boundary;
    /** Per instruction: the stack slots below this one must be in the frame, for its exception handler to find. */
    private final int[] keep;
    /** The JVM local of value-stack slot {@code base}; the slots above follow. */
    private int firstStackLocal;
    /**
     * Per value-stack slot (from {@code base}), while an instruction is being emitted: whether
     * its value is in its JVM local rather than in the frame. Temporaries that live within a
     * straight line of code stay in locals, where the JVM keeps them in registers; they are
     * written to the frame wherever something may look there (see {@link #flush}).
     */
    private boolean[] inLocal;

    private JvmCompiler(CodeObject code, int[] depth, boolean[] target, boolean handsOver) {
        this.code = code;
        this.handsOver = handsOver;
        this.ins = code.code;
        this.depth = depth;
        this.target = target;
        this.base = code.stackBase();
        this.bound = BoundLocals.of(code);
        this.methodCall = new int[ins.length];
        this.selfLocal = new int[ins.length];
        this.siteIndex = new int[ins.length];
        int globals = 0;
        int attributes = 0; // in CompiledCode.attributeInstructions' order
        for (int i = 0; i < ins.length; i++) {
            int op = ins[i] & 0xFF;
            if (op == LOAD_GLOBAL) {
                siteIndex[i] = globals++;
            } else if (op == LOAD_ATTR || op == STORE_ATTR) {
                siteIndex[i] = attributes++;
            }
        }
        findMethodCalls();
        this.boundary = target.clone();
        for (int e : entryPoints()) {
            boundary[e] = true;
        }
        this.keep = new int[ins.length];
        for (int i = 0; i < ins.length; i++) {
            CodeObject.ExceptionEntry h = code.findHandler(i);
            keep[i] = h == null ? base : base + h.depth();
        }
    }

    /**
     * Pairs each LOAD_ATTR with the CALL that calls its value, where nothing between them can
     * jump, be jumped to, suspend the frame or pop the value: the pair becomes a method call
     * that passes the receiver as self instead of making a bound method (self waits in a JVM
     * local meanwhile, which is why no path may enter or leave the stretch).
     */
    private void findMethodCalls() {
        int next = FIRST_SELF_LOCAL;
        for (int i = 0; i < ins.length; i++) {
            if ((ins[i] & 0xFF) != LOAD_ATTR || depth[i] < 1) {
                continue;
            }
            int d = depth[i];
            for (int j = i + 1; j < ins.length; j++) {
                int op = ins[j] & 0xFF;
                if (op == CALL && depth[j] - (ins[j] >>> 8) - 1 == d - 1 && !target[j]) {
                    if (next < 0xFFFF) {
                        methodCall[i] = j;
                        selfLocal[j] = next++;
                    }
                    break;
                }
                if (target[j] || depth[j] < d || Opcode.isJump(op) || Opcode.endsFlow(op) || (handsOver && switches(op))
                        || op == YIELD_VALUE) {
                    break;
                }
            }
        }
        firstStackLocal = next;
    }

    /** The compiled form of {@code code}, or null when it stays in the dispatch loop. */
    static CompiledCode compile(CodeObject code, GlobalSite[] sites, boolean handsOver) {
        int[] depth = stackDepths(code);
        if (depth == null) {
            return null;
        }
        int globals = 0;
        for (int w : code.code) {
            if ((w & 0xFF) == LOAD_GLOBAL) {
                globals++;
            }
        }
        if (globals > 0 && (sites == null || sites.length != globals)) {
            return null;
        }
        boolean[] target = new boolean[code.code.length + 1];
        for (int w : code.code) {
            if (Opcode.isJump(w & 0xFF)) {
                target[w >>> 8] = true;
            }
        }
        for (CodeObject.ExceptionEntry e : code.exceptionTable) {
            target[e.handler()] = true;
        }
        try {
            byte[] bytes = new JvmCompiler(code, depth, target, handsOver).generate();
            String dump = System.getProperty("enginehost.jit.dump");
            if (dump != null) {
                java.nio.file.Files.write(java.nio.file.Path.of(dump, code.qualname.replaceAll("[^A-Za-z0-9_]", "_")
                        + "." + code.firstLineNumber + ".class"), bytes);
            }
            Class<?> cls = VISIBLE ? MethodHandles.lookup().defineClass(bytes)
                    : MethodHandles.lookup().defineHiddenClass(bytes, true).lookupClass();
            // Reflection rather than a method handle: a handle's invocation spins LambdaForm classes
            // for each new class, and the JDK's class generator then competes with the program's
            // code for the JIT (0.17 s of C2 time in lists.py).
            return (CompiledCode) cls.getDeclaredConstructor(CodeObject.class, GlobalSite[].class, boolean.class)
                    .newInstance(code, sites, handsOver);
        } catch (MethodTooLargeException e) {
            return null;
        } catch (Throwable t) {
            // The dispatch loop runs the code correctly whatever went wrong here.
            FAILURES.incrementAndGet();
            if (Boolean.getBoolean("enginehost.jit.debug")) {
                t.printStackTrace();
            }
            return null;
        }
    }

    /**
     * The value-stack depth before each instruction (-1 where unreachable), or null when the code
     * has instructions this tier leaves to the loop or paths that disagree about a depth.
     */
    static int[] stackDepths(CodeObject code) {
        int[] ins = code.code;
        int n = ins.length;
        int[] depth = new int[n + 1];
        Arrays.fill(depth, -1);
        ArrayDeque<Integer> work = new ArrayDeque<>();
        depth[0] = 0;
        work.push(0);
        for (CodeObject.ExceptionEntry e : code.exceptionTable) {
            if (!reach(depth, work, e.handler(), e.depth() + 1)) {
                return null;
            }
        }
        while (!work.isEmpty()) {
            int pc = work.pop();
            if (pc >= n) {
                return null;
            }
            int op = ins[pc] & 0xFF;
            int arg = ins[pc] >>> 8;
            if (op >= Opcode.COUNT) {
                return null;
            }
            int d = depth[pc];
            if (Opcode.isJump(op) && !reach(depth, work, arg, d + Opcode.stackEffect(op, arg, true))) {
                return null;
            }
            if (!Opcode.endsFlow(op) && !reach(depth, work, pc + 1, d + Opcode.stackEffect(op, arg, false))) {
                return null;
            }
        }
        for (int d : depth) {
            if (d > code.stackSize) {
                return null;
            }
        }
        return depth;
    }

    private static boolean reach(int[] depth, ArrayDeque<Integer> work, int pc, int d) {
        if (d < 0 || pc < 0 || pc >= depth.length) {
            return false;
        }
        if (depth[pc] < 0) {
            depth[pc] = d;
            work.push(pc);
            return true;
        }
        return depth[pc] == d;
    }

    // ------------------------------------------------------------------ class generation

    private byte[] generate() {
        if (firstStackLocal + code.stackSize + 3 > 0xFFFF) {
            throw new MethodTooLargeException("Py$", "run", "", 0); // more JVM locals than a method may have
        }
        // Class file version 49 (Java 5): the JVM verifies it by type inference, in native code,
        // so no stack map frames are needed. Computing them here (ASM's COMPUTE_FRAMES) ran
        // ASM's frame analysis in every run, and the JIT compiler then spent 0.1 s of its time
        // (JFR) compiling that analysis. Nothing in the generated code needs a newer version.
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        String name = EVAL + "Py$" + code.qualname.replaceAll("[^A-Za-z0-9_$]", "_")
                + (VISIBLE ? "$" + VISIBLE_COUNT.incrementAndGet() : "");
        cw.visit(V1_5, ACC_FINAL | ACC_SUPER, name, null, EVAL + "CompiledCode", null);
        cw.visitSource(code.filename, null);

        String initType = "(" + CODE + "[L" + EVAL + "GlobalSite;Z)V";
        MethodVisitor init = cw.visitMethod(0, "<init>", initType, null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitVarInsn(ALOAD, 1);
        init.visitVarInsn(ALOAD, 2);
        init.visitVarInsn(ILOAD, 3);
        init.visitMethodInsn(INVOKESPECIAL, EVAL + "CompiledCode", "<init>", initType, false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        mv = cw.visitMethod(ACC_PROTECTED, "run", "(" + LOOP + FRAME + "I)" + OBJ, null, null);
        mv.visitCode();
        writeRun();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private void writeRun() {
        int n = ins.length;
        labels = new Label[n + 1];
        for (int i = 0; i <= n; i++) {
            labels[i] = new Label();
        }
        mv.visitVarInsn(ALOAD, F);
        mv.visitFieldInsn(GETFIELD, RT + "Frame", "slots", OBJS);
        mv.visitVarInsn(ASTORE, S);
        loadField("consts", OBJS, CONSTS);
        loadField("names", "[" + STR, NAMES);
        loadField("sites", "[L" + EVAL + "GlobalSite;", SITES);
        loadField("attrSites", "[L" + EVAL + "AttrSite;", ATTR_SITES);

        // The entry switch.
        TreeSet<Integer> entries = entryPoints();
        int[] keys = entries.stream().mapToInt(Integer::intValue).toArray();
        Label[] to = new Label[keys.length];
        for (int k = 0; k < keys.length; k++) {
            to[k] = labels[keys[k]];
        }
        Label dispatch = new Label();
        Label bad = new Label();
        mv.visitLabel(dispatch);
        mv.visitVarInsn(ILOAD, PC);
        mv.visitLookupSwitchInsn(bad, keys, to);
        mv.visitLabel(bad);
        mv.visitVarInsn(ALOAD, F);
        mv.visitVarInsn(ILOAD, PC);
        mv.visitMethodInsn(INVOKESTATIC, OPS, "badEntry", "(" + FRAME + "I)Ljava/lang/IllegalStateException;", false);
        mv.visitInsn(ATHROW);

        Label start = new Label();
        Label end = new Label();
        mv.visitLabel(start);
        int line = -1;
        inLocal = new boolean[code.stackSize + 1];
        for (int i = 0; i < n; i++) {
            if (depth[i] < 0) {
                continue;
            }
            if (boundary[i]) {
                Arrays.fill(inLocal, false); // every way in has put the stack in the frame
            }
            mv.visitLabel(labels[i]);
            if (code.lineTable[i] != line) {
                line = code.lineTable[i];
                mv.visitLineNumber(line, labels[i]);
            }
            flush(Math.min(keep[i], base + depth[i]));
            int last = instruction(i);
            int next = last + 1;
            if (next < n && depth[next] >= 0 && boundary[next] && fallsThrough(ins[last] & 0xFF)) {
                flushAll(base + depth[next]);
            }
            i = last;
        }
        mv.visitLabel(end);

        // Exceptions: the loop unwinds the frame to its handler (or rethrows), then re-enter there.
        Label caught = new Label();
        Label unwind = new Label();
        Label overflow = new Label();
        mv.visitLabel(caught);
        mv.visitVarInsn(ASTORE, EXC);
        mv.visitLabel(unwind);
        mv.visitVarInsn(ALOAD, LOOP_L);
        mv.visitVarInsn(ALOAD, F);
        mv.visitVarInsn(ILOAD, PC);
        mv.visitVarInsn(ALOAD, EXC);
        mv.visitMethodInsn(INVOKEVIRTUAL, LOOP_T, "unwind", "(" + FRAME + "IL" + RT + "PyException;)I", false);
        mv.visitVarInsn(ISTORE, PC);
        mv.visitJumpInsn(GOTO, dispatch);
        mv.visitLabel(overflow);
        mv.visitInsn(POP);
        mv.visitMethodInsn(INVOKESTATIC, RT + "PyErr", "recursion", "()L" + RT + "PyException;", false);
        mv.visitVarInsn(ASTORE, EXC);
        mv.visitJumpInsn(GOTO, unwind);
        mv.visitTryCatchBlock(start, end, caught, RT + "PyException");
        mv.visitTryCatchBlock(start, end, overflow, "java/lang/StackOverflowError");
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /**
     * Where the loop may enter the method: instruction 0, the exception handlers, the loop
     * headers (on-stack replacement), after each yield, and where a loop that hands over
     * frames continues this one after a call, FOR_ITER or SEND.
     */
    private TreeSet<Integer> entryPoints() {
        TreeSet<Integer> entries = new TreeSet<>();
        entries.add(0);
        for (CodeObject.ExceptionEntry e : code.exceptionTable) {
            entries.add(e.handler());
        }
        for (int i = 0; i < ins.length; i++) {
            int w = ins[i];
            if ((w & 0xFF) == JUMP_BACKWARD) {
                entries.add(w >>> 8);
            } else if ((w & 0xFF) == YIELD_VALUE) {
                // A generator resumes after its yield, or (a finished yield-from) after the loop's jump.
                entries.add(i + 1);
                if ((w >>> 8) == 1 && i + 2 < ins.length) {
                    entries.add(i + 2);
                }
            } else if (handsOver && switches(w & 0xFF)) {
                // The frame is left here and continued later: after the call, or (for and send
                // over a generator) at the instruction itself, after it or at its target.
                entries.add(i + 1);
                if ((w & 0xFF) == FOR_ITER || (w & 0xFF) == SEND) {
                    entries.add(i);
                    entries.add(w >>> 8);
                }
            }
        }
        entries.removeIf(pc -> depth[pc] < 0);
        return entries;
    }

    /** Whether the generated code after an instruction can be reached from it without a jump (a yield returns). */
    private static boolean fallsThrough(int op) {
        return !Opcode.endsFlow(op) && op != YIELD_VALUE;
    }

    /** Instructions after which a heap-frame loop may continue in another frame. */
    private static boolean switches(int op) {
        return op == CALL || op == CALL_KW || op == CALL_FUNCTION_EX || op == FOR_ITER || op == SEND;
    }

    private void loadField(String field, String desc, int local) {
        mv.visitVarInsn(ALOAD, THIS);
        mv.visitFieldInsn(GETFIELD, EVAL + "CompiledCode", field, desc);
        mv.visitVarInsn(ASTORE, local);
    }

    /** Emits instruction {@code i}; returns the last instruction it covered (fusions cover two). */
    private int instruction(int i) {
        int w = ins[i];
        int op = w & 0xFF;
        int arg = w >>> 8;
        int sp = base + depth[i];
        switch (op) {
            case NOP:
                return i;
            case LOAD_FAST:
                if (bound.bound(i, arg)) {
                    storeSlot(sp, () -> slot(arg));
                } else {
                    Label ok = new Label();
                    slot(arg);
                    mv.visitInsn(DUP);
                    mv.visitVarInsn(ASTORE, TMP);
                    mv.visitJumpInsn(IFNONNULL, ok);
                    throwUnboundLocal(i, arg);
                    mv.visitLabel(ok);
                    storeSlot(sp, () -> mv.visitVarInsn(ALOAD, TMP));
                }
                return i;
            case STORE_FAST:
                storeSlot(arg, () -> slot(sp - 1));
                return i;
            case LOAD_CONST:
                storeSlot(sp, () -> element(CONSTS, arg));
                return i;
            case LOAD_GLOBAL: {
                int site = siteIndex[i];
                setPc(i);
                storeSlot(sp, () -> {
                    mv.visitVarInsn(ALOAD, SITES);
                    push(site);
                    mv.visitVarInsn(ALOAD, F);
                    mv.visitMethodInsn(INVOKESTATIC, EVAL + "GlobalSite", "load",
                            "([L" + EVAL + "GlobalSite;I" + FRAME + ")" + OBJ, false);
                });
                return i;
            }
            case LOAD_NAME:
                setPc(i);
                storeSlot(sp, () -> {
                    mv.visitVarInsn(ALOAD, F);
                    element(NAMES, arg);
                    mv.visitMethodInsn(INVOKESTATIC, RT + "Instructions", "loadName",
                            "(" + FRAME + STR + ")" + OBJ, false);
                });
                return i;
            case STORE_NAME:
            case STORE_GLOBAL:
                setPc(i);
                mv.visitVarInsn(ALOAD, F);
                element(NAMES, arg);
                slot(sp - 1);
                mv.visitMethodInsn(INVOKESTATIC, OPS, op == STORE_NAME ? "storeName" : "storeGlobal",
                        "(" + FRAME + STR + OBJ + ")V", false);
                return i;
            case LOAD_DEREF:
                setPc(i);
                storeSlot(sp, () -> {
                    mv.visitVarInsn(ALOAD, S);
                    mv.visitVarInsn(ALOAD, THIS);
                    mv.visitFieldInsn(GETFIELD, EVAL + "CompiledCode", "code", CODE);
                    push(arg);
                    mv.visitMethodInsn(INVOKESTATIC, OPS, "loadDeref", "(" + OBJS + CODE + "I)" + OBJ, false);
                });
                return i;
            case STORE_DEREF:
                mv.visitVarInsn(ALOAD, S);
                push(code.nlocals + arg);
                slot(sp - 1);
                mv.visitMethodInsn(INVOKESTATIC, OPS, "storeDeref", "(" + OBJS + "I" + OBJ + ")V", false);
                return i;
            case LOAD_ATTR: {
                int site = siteIndex[i];
                setPc(i);
                if (methodCall[i] > 0) {
                    loadMethod(site, arg, sp - 1, selfLocal[methodCall[i]]);
                    return i;
                }
                storeSlot(sp - 1, () -> attrSiteCall("load", site, () -> slot(sp - 1), arg));
                return i;
            }
            case STORE_ATTR: {
                int site = siteIndex[i];
                setPc(i);
                mv.visitVarInsn(ALOAD, ATTR_SITES);
                push(site);
                slot(sp - 1);
                element(NAMES, arg);
                slot(sp - 2);
                mv.visitMethodInsn(INVOKESTATIC, EVAL + "AttrSite", "store",
                        "([L" + EVAL + "AttrSite;I" + OBJ + STR + OBJ + ")V", false);
                return i;
            }
            case POP_TOP:
                clearSlot(sp - 1);
                return i;
            case COPY:
                storeSlot(sp, () -> slot(sp - arg));
                return i;
            case SWAP:
                slot(sp - 1);
                mv.visitVarInsn(ASTORE, TMP);
                storeSlot(sp - 1, () -> slot(sp - arg));
                storeSlot(sp - arg, () -> mv.visitVarInsn(ALOAD, TMP));
                return i;
            case BINARY_OP: {
                setPc(i);
                String arith = arithmetic(arg);
                if (arith != null) {
                    operatorOp(sp, ARITH, arith, arg);
                } else {
                    operatorOp(sp, LOOP_T, "binaryOp", arg);
                }
                return i;
            }
            case COMPARE_OP:
                return compare(i, arg, sp);
            case IS_OP:
                testOp(sp, "is", arg != 0);
                return i;
            case CONTAINS_OP:
                setPc(i);
                testOp(sp, "contains", arg != 0);
                return i;
            case UNARY_NOT:
                unaryOp(i, sp, OPS, "not");
                return i;
            case BINARY_SUBSCR:
                setPc(i);
                storeSlot(sp - 2, () -> {
                    slot(sp - 2);
                    slot(sp - 1);
                    mv.visitMethodInsn(INVOKESTATIC, LOOP_T, "subscript", "(" + OBJ + OBJ + ")" + OBJ, false);
                });
                return i;
            case STORE_SUBSCR:
                setPc(i);
                slot(sp - 3);
                slot(sp - 2);
                slot(sp - 1);
                mv.visitMethodInsn(INVOKESTATIC, OPS, "storeSubscript", "(" + OBJ + OBJ + OBJ + ")V", false);
                return i;
            case JUMP:
                flushAll(sp);
                mv.visitJumpInsn(GOTO, labels[arg]);
                return i;
            case JUMP_BACKWARD: {
                flushAll(sp);
                setPc(i);
                mv.visitVarInsn(ALOAD, LOOP_L);
                mv.visitFieldInsn(GETFIELD, LOOP_T, "ts", "L" + RT + "ThreadState;");
                push(i + 1 - arg);
                mv.visitMethodInsn(INVOKESTATIC, OPS, "backEdge", "(L" + RT + "ThreadState;I)Z", false);
                mv.visitJumpInsn(IFEQ, labels[arg]);
                mv.visitVarInsn(ALOAD, LOOP_L);
                mv.visitVarInsn(ALOAD, F);
                push(arg);
                push(sp);
                mv.visitMethodInsn(INVOKEVIRTUAL, LOOP_T, "compiledCheckpoint", "(" + FRAME + "II)Z", false);
                mv.visitJumpInsn(IFEQ, labels[arg]);
                returnSwitch();
                return i;
            }
            case POP_JUMP_IF_FALSE:
            case POP_JUMP_IF_TRUE:
            case JUMP_IF_FALSE_OR_POP:
            case JUMP_IF_TRUE_OR_POP:
                // The target finds the stack in the frame: the rest of it, or all of it when the value stays.
                flush(op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE ? sp - 1 : sp);
                setPc(i);
                slot(sp - 1);
                mv.visitMethodInsn(INVOKESTATIC, OPS, "truth", "(" + OBJ + ")Z", false);
                mv.visitJumpInsn(op == POP_JUMP_IF_FALSE || op == JUMP_IF_FALSE_OR_POP ? IFEQ : IFNE, labels[arg]);
                return i;
            case GET_ITER:
                setPc(i);
                storeSlot(sp - 1, () -> {
                    slot(sp - 1);
                    mv.visitMethodInsn(INVOKEVIRTUAL, RT + "PyObject", "iter", "()" + OBJ, false);
                });
                return i;
            case FOR_ITER: {
                Label item = new Label();
                flushAll(sp);
                setPc(i);
                mv.visitVarInsn(ALOAD, LOOP_L);
                mv.visitVarInsn(ALOAD, F);
                slot(sp - 1);
                push(i + 1);
                push(sp);
                mv.visitMethodInsn(INVOKEVIRTUAL, LOOP_T, "forIterStep", "(" + FRAME + OBJ + "II)" + OBJ, false);
                mv.visitInsn(DUP);
                mv.visitVarInsn(ASTORE, TMP);
                mv.visitJumpInsn(IFNONNULL, item);
                clearSlot(sp - 1);
                mv.visitJumpInsn(GOTO, labels[arg]);
                mv.visitLabel(item);
                if (handsOver) {
                    Label more = new Label();
                    mv.visitVarInsn(ALOAD, TMP);
                    mv.visitFieldInsn(GETSTATIC, LOOP_T, "SWITCH", OBJ);
                    mv.visitJumpInsn(IF_ACMPNE, more);
                    returnSwitch();
                    mv.visitLabel(more);
                }
                storeSlot(sp, () -> mv.visitVarInsn(ALOAD, TMP));
                return i;
            }
            case CALL: {
                int callable = sp - arg - 1;
                int self = selfLocal[i] > 0 ? selfLocal[i] : -1;
                framePc(i);
                if (!handsOver) {
                    compiledCall(callable, arg, self, sp);
                    return i;
                }
                flushAll(sp); // the callee takes its arguments from the frame
                if (self >= 0) {
                    methodCallViaLoop(callable, arg, self);
                } else {
                    call(callable, arg, false);
                    resultOrSwitch(callable);
                }
                return i;
            }
            case CALL_KW:
                flushAll(sp);
                framePc(i);
                call(sp - arg - 2, arg, true);
                resultOrSwitch(sp - arg - 2);
                return i;
            case CALL_FUNCTION_EX: {
                flushAll(sp);
                framePc(i);
                mv.visitVarInsn(ALOAD, LOOP_L);
                mv.visitVarInsn(ALOAD, F);
                mv.visitVarInsn(ALOAD, S);
                push(sp);
                push(arg);
                mv.visitMethodInsn(INVOKEVIRTUAL, LOOP_T, "callSpread", "(" + FRAME + OBJS + "II)" + OBJ, false);
                resultOrSwitch(sp - ((arg & 1) != 0 ? 3 : 2));
                return i;
            }
            case RETURN_VALUE:
                slot(sp - 1);
                mv.visitInsn(ARETURN);
                return i;
            case YIELD_VALUE:
                // Suspends as the loop does: the frame records where it stands, the resumer pushes
                // the sent value and re-enters at the next instruction.
                slot(sp - 1);
                mv.visitVarInsn(ASTORE, TMP);
                clearSlot(sp - 1);
                flush(sp - 1);
                frameInt("sp", sp - 1);
                frameInt("pc", i + 1);
                mv.visitVarInsn(ALOAD, F);
                mv.visitInsn(ICONST_1);
                mv.visitFieldInsn(PUTFIELD, RT + "Frame", "yielded", "Z");
                mv.visitVarInsn(ALOAD, TMP);
                mv.visitInsn(ARETURN);
                return i;
            case SEND:
                // The loop's SEND: the receiver's frame next (heap loops), or a nested resumption
                // after which a finished receiver has set the pc to the jump target.
                flushAll(sp);
                framePc(i);
                Label sent = new Label();
                mv.visitVarInsn(ALOAD, LOOP_L);
                mv.visitVarInsn(ALOAD, F);
                mv.visitVarInsn(ALOAD, S);
                push(sp);
                push(w);
                push(i + 1);
                mv.visitMethodInsn(INVOKEVIRTUAL, LOOP_T, "sendStep", "(" + FRAME + OBJS + "III)I", false);
                mv.visitJumpInsn(IFGE, sent);
                returnSwitch();
                mv.visitLabel(sent);
                mv.visitVarInsn(ALOAD, F);
                mv.visitFieldInsn(GETFIELD, RT + "Frame", "pc", "I");
                push(i + 1);
                mv.visitJumpInsn(IF_ICMPNE, labels[arg]);
                return i;
            case LIST_APPEND:
                // The list stays on the stack (a comprehension's accumulator), the item is popped.
                slot(sp - 1 - arg);
                mv.visitTypeInsn(CHECKCAST, RT + "PyList");
                slot(sp - 1);
                mv.visitMethodInsn(INVOKEVIRTUAL, RT + "PyList", "append", "(" + OBJ + ")V", false);
                clearSlot(sp - 1);
                return i;
            case BUILD_TUPLE:
                if (arg > MAX_INLINE_BUILD) {
                    break;
                }
                storeSlot(sp - arg, () -> {
                    newArray(sp - arg, arg);
                    mv.visitMethodInsn(INVOKESTATIC, RT + "PyTuple", "of", "(" + OBJS + ")L" + RT + "PyTuple;", false);
                });
                return i;
            case BUILD_LIST:
                if (arg > MAX_INLINE_BUILD) {
                    break;
                }
                storeSlot(sp - arg, () -> {
                    mv.visitTypeInsn(NEW, RT + "PyList");
                    mv.visitInsn(DUP);
                    newArray(sp - arg, arg);
                    mv.visitMethodInsn(INVOKESPECIAL, RT + "PyList", "<init>", "(" + OBJS + ")V", false);
                });
                return i;
            case BUILD_SLICE:
                storeSlot(sp - arg, () -> {
                    slot(sp - arg);
                    slot(sp - arg + 1);
                    if (arg == 3) {
                        slot(sp - 1);
                    } else {
                        mv.visitInsn(ACONST_NULL);
                    }
                    mv.visitMethodInsn(INVOKESTATIC, RT + "Instructions", "buildSlice", "(" + OBJ + OBJ + OBJ + ")" + OBJ,
                            false);
                });
                return i;
            case UNPACK_SEQUENCE:
                // The items replace the sequence, the first item on top.
                setPc(i);
                slot(sp - 1);
                push(arg);
                mv.visitMethodInsn(INVOKESTATIC, RT + "Operations", "unpack", "(" + OBJ + "I)" + OBJS, false);
                for (int k = 0; k < arg; k++) {
                    mv.visitInsn(DUP);
                    push(arg - 1 - k);
                    mv.visitInsn(AALOAD);
                    storeTop(sp - 1 + k);
                }
                mv.visitInsn(POP);
                return i;
            case UNARY_NEGATIVE:
                unaryOp(i, sp, ARITH, "neg");
                return i;
            case DELETE_FAST: {
                Label ok = new Label();
                slot(arg);
                mv.visitJumpInsn(IFNONNULL, ok);
                throwUnboundLocal(i, arg);
                mv.visitLabel(ok);
                storeSlot(arg, () -> mv.visitInsn(ACONST_NULL));
                return i;
            }
            case DELETE_SUBSCR:
                setPc(i);
                slot(sp - 2);
                slot(sp - 1);
                mv.visitMethodInsn(INVOKEVIRTUAL, RT + "PyObject", "delItem", "(" + OBJ + ")V", false);
                clearSlot(sp - 1);
                clearSlot(sp - 2);
                return i;
            case PUSH_EXC_INFO:
                // The exception being handled goes below the new one, which becomes the handled one.
                slot(sp - 1);
                mv.visitVarInsn(ASTORE, TMP);
                storeSlot(sp - 1, () -> {
                    threadState();
                    mv.visitVarInsn(ALOAD, TMP);
                    mv.visitMethodInsn(INVOKESTATIC, OPS, "pushExcInfo", "(L" + RT + "ThreadState;" + OBJ + ")" + OBJ,
                            false);
                });
                storeSlot(sp, () -> mv.visitVarInsn(ALOAD, TMP));
                return i;
            case POP_EXCEPT:
                threadState();
                slot(sp - 1);
                mv.visitMethodInsn(INVOKESTATIC, OPS, "popExcept", "(L" + RT + "ThreadState;" + OBJ + ")V", false);
                clearSlot(sp - 1);
                return i;
            case CHECK_EXC_MATCH:
                // The type is replaced by whether the exception below it matches.
                setPc(i);
                storeSlot(sp - 1, () -> {
                    slot(sp - 2);
                    slot(sp - 1);
                    mv.visitMethodInsn(INVOKESTATIC, RT + "Instructions", "checkExcMatch", "(" + OBJ + OBJ + ")Z", false);
                    mv.visitMethodInsn(INVOKESTATIC, RT + "PyBool", "of", "(Z)L" + RT + "PyBool;", false);
                });
                return i;
            default:
                break;
        }
        return slowInstruction(i, op, sp, w);
    }

    /** Instructions the generated code does not implement: the loop's own implementation runs, on the frame. */
    private int slowInstruction(int i, int op, int sp, int w) {
        flushAll(sp);
        framePc(i);
        mv.visitVarInsn(ALOAD, LOOP_L);
        mv.visitVarInsn(ALOAD, F);
        mv.visitVarInsn(ALOAD, S);
        push(sp);
        push(w);
        mv.visitMethodInsn(INVOKEVIRTUAL, LOOP_T, "slowOp", "(" + FRAME + OBJS + "II)I", false);
        mv.visitInsn(POP);
        if (op == RAISE_VARARGS || op == RERAISE || op == CLEANUP_RERAISE) {
            // Not reached (the instruction raised), but the JVM wants every path to end.
            mv.visitInsn(ACONST_NULL);
            mv.visitInsn(ATHROW);
        }
        return i;
    }

    /** LOAD_ATTR of a method call: the function and self when the lookup finds a method, else the value and null. */
    private void loadMethod(int site, int name, int slot, int self) {
        Label found = new Label();
        Label done = new Label();
        slot(slot);
        mv.visitVarInsn(ASTORE, self);
        attrSiteCall("method", site, () -> mv.visitVarInsn(ALOAD, self), name);
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNONNULL, found);
        mv.visitInsn(POP);
        storeSlot(slot, () -> attrSiteCall("load", site, () -> mv.visitVarInsn(ALOAD, self), name));
        mv.visitInsn(ACONST_NULL);
        mv.visitVarInsn(ASTORE, self);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(found);
        mv.visitVarInsn(ASTORE, TMP);
        storeSlot(slot, () -> mv.visitVarInsn(ALOAD, TMP));
        mv.visitLabel(done);
    }

    /** {@code AttrSite.which(attrSites, site, <receiver>, names[name])}, leaving its value on the stack. */
    private void attrSiteCall(String which, int site, Runnable receiver, int name) {
        mv.visitVarInsn(ALOAD, ATTR_SITES);
        push(site);
        receiver.run();
        element(NAMES, name);
        mv.visitMethodInsn(INVOKESTATIC, EVAL + "AttrSite", which, "([L" + EVAL + "AttrSite;I" + OBJ + STR + ")" + OBJ,
                false);
    }

    /**
     * The CALL of a method load in a loop that hands over frames: {@link FrameLoop#callMethod}
     * when the load found a method, else a plain call; both through the loop.
     */
    private void methodCallViaLoop(int callable, int n, int self) {
        Label plain = new Label();
        Label done = new Label();
        mv.visitVarInsn(ALOAD, self);
        mv.visitJumpInsn(IFNULL, plain);
        callOperands(callable, n, self);
        mv.visitMethodInsn(INVOKEVIRTUAL, LOOP_T, "callMethod", "(" + FRAME + OBJ + OBJS + "II)" + OBJ, false);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(plain);
        call(callable, n, false);
        mv.visitLabel(done);
        mv.visitInsn(ACONST_NULL);
        mv.visitVarInsn(ASTORE, self);
        resultOrSwitch(callable);
    }

    /**
     * CALL in a loop that never hands over frames (calls are plain Java calls): a builtin is
     * called with an argument array built straight from the operands, wherever they are; a
     * compiled Python function is run directly; anything else goes through the loop, which takes
     * the operands from the frame. {@code self} is the JVM local holding the receiver of a method
     * load (null at run time when the load found a plain attribute), or -1 for a plain call.
     */
    private void compiledCall(int callable, int n, int self, int sp) {
        boolean[] operands = inLocal.clone();
        Label done = new Label();
        if (self >= 0) {
            Label plain = new Label();
            mv.visitVarInsn(ALOAD, self);
            mv.visitJumpInsn(IFNULL, plain);
            callPaths(callable, n, self, sp, operands, done);
            mv.visitLabel(plain);
            inLocal = operands.clone();
        }
        callPaths(callable, n, -1, sp, operands, done);
        mv.visitLabel(done);
        // Every path leaves the slots below the call where they were: a path that wrote them to
        // the frame kept them in their locals too.
        inLocal = operands;
        Arrays.fill(inLocal, callable - base, inLocal.length, false);
        if (self >= 0) {
            mv.visitInsn(ACONST_NULL);
            mv.visitVarInsn(ASTORE, self);
        }
        storeTop(callable);
    }

    /** The paths of {@link #compiledCall} for one kind of call; each leaves the value on the JVM stack at {@code done}. */
    private void callPaths(int callable, int n, int self, int sp, boolean[] operands, Label done) {
        if (n <= MAX_INLINE_BUILD) {
            Label notBuiltin = new Label();
            builtinCall(callable, n, self, notBuiltin, done);
            mv.visitLabel(notBuiltin);
            inLocal = operands.clone();
        }
        Label notPython = new Label();
        flushAll(sp);
        directCall(callable, n, self, notPython, done);
        mv.visitLabel(notPython);
        if (self >= 0) {
            callOperands(callable, n, self);
            mv.visitMethodInsn(INVOKEVIRTUAL, LOOP_T, "callMethod", "(" + FRAME + OBJ + OBJS + "II)" + OBJ, false);
        } else {
            call(callable, n, false);
        }
        mv.visitJumpInsn(GOTO, done);
    }

    /**
     * A call of a compiled Python function, run here rather than through the loop (see
     * {@link FrameLoop#directCallee}): its value is on the JVM stack at {@code done}; anything
     * else continues at {@code slow}, with nothing done. {@code self} is the JVM local holding a
     * method call's receiver, or -1 for a plain call. Own locals: the callee's compiled code and
     * its frame, after the value stack's.
     */
    private void directCall(int callable, int n, int self, Label slow, Label done) {
        int calleeCode = firstStackLocal + code.stackSize + 1;
        int calleeFrame = calleeCode + 1;
        Label start = new Label();
        Label end = new Label();
        Label raised = new Label();
        mv.visitTryCatchBlock(start, end, raised, null);
        mv.visitVarInsn(ALOAD, LOOP_L);
        slot(callable);
        mv.visitMethodInsn(INVOKEVIRTUAL, LOOP_T, "directCallee", "(" + OBJ + ")L" + EVAL + "CompiledCode;", false);
        mv.visitInsn(DUP);
        mv.visitVarInsn(ASTORE, calleeCode);
        mv.visitJumpInsn(IFNULL, slow);
        callOperands(callable, n, self);
        mv.visitMethodInsn(INVOKEVIRTUAL, LOOP_T, "enterDirect", "(" + FRAME + OBJ + OBJS + "II)" + FRAME, false);
        mv.visitVarInsn(ASTORE, calleeFrame);
        mv.visitVarInsn(ALOAD, calleeCode);
        mv.visitVarInsn(ALOAD, LOOP_L);
        mv.visitVarInsn(ALOAD, calleeFrame);
        mv.visitInsn(ICONST_0);
        mv.visitLabel(start);
        mv.visitMethodInsn(INVOKEVIRTUAL, EVAL + "CompiledCode", "run", "(" + LOOP + FRAME + "I)" + OBJ, false);
        mv.visitLabel(end);
        depthDown();
        mv.visitJumpInsn(GOTO, done);
        // Returned or raised, the callee's depth is given back (FrameLoop.eval's finally).
        mv.visitLabel(raised);
        depthDown();
        mv.visitInsn(ATHROW);
    }

    /**
     * Pushes what the loop's call helpers take: the loop, the frame, the receiver of a method call
     * (the JVM local {@code self}, or null when it is -1), the slots, and the call's callable slot and argument count.
     */
    private void callOperands(int callable, int n, int self) {
        mv.visitVarInsn(ALOAD, LOOP_L);
        mv.visitVarInsn(ALOAD, F);
        if (self >= 0) {
            mv.visitVarInsn(ALOAD, self);
        } else {
            mv.visitInsn(ACONST_NULL);
        }
        mv.visitVarInsn(ALOAD, S);
        push(callable);
        push(n);
    }

    /**
     * A call of a builtin (a Java function or method) as a plain Java call of its body: the
     * arguments go into a new array straight from their slots (the receiver first for a method
     * call), and the body's {@code call} is profiled per call site, so a site that always calls
     * one builtin ({@code s.lower()}, {@code len(x)}) calls it directly and can inline it. Its
     * value is on the JVM stack at {@code done}; anything else continues at {@code notBuiltin},
     * with nothing done. Own local: the callee, after the value stack's.
     */
    private void builtinCall(int callable, int n, int self, Label notBuiltin, Label done) {
        int callee = firstStackLocal + code.stackSize + 1;
        String builtin = RT + "PyBuiltinFunction";
        slot(callable);
        mv.visitInsn(DUP);
        mv.visitVarInsn(ASTORE, callee);
        mv.visitTypeInsn(INSTANCEOF, builtin);
        mv.visitJumpInsn(IFEQ, notBuiltin);
        mv.visitVarInsn(ALOAD, callee);
        mv.visitTypeInsn(CHECKCAST, builtin);
        mv.visitFieldInsn(GETFIELD, builtin, "body", "L" + builtin + "$Body;");
        mv.visitVarInsn(ALOAD, LOOP_L);
        mv.visitVarInsn(ALOAD, F);
        mv.visitVarInsn(ALOAD, callee);
        mv.visitTypeInsn(CHECKCAST, builtin);
        newArray(self, callable + 1, n);
        push(self >= 0 ? 1 : 0);
        mv.visitMethodInsn(INVOKEVIRTUAL, LOOP_T, "builtinArgs", "(" + FRAME + "L" + builtin + ";" + OBJS + "Z)" + OBJS,
                false);
        mv.visitInsn(ACONST_NULL);
        mv.visitMethodInsn(INVOKEINTERFACE, builtin + "$Body", "call", "(" + OBJS + "[Ljava/lang/String;)" + OBJ, true);
        // The operands that were in the frame are cleared there, as a call through the loop does.
        for (int p = callable; p <= callable + n; p++) {
            if (!inLocal[p - base]) {
                mv.visitVarInsn(ALOAD, S);
                push(p);
                mv.visitInsn(ACONST_NULL);
                mv.visitInsn(AASTORE);
            }
        }
        mv.visitJumpInsn(GOTO, done);
    }

    /** {@code loop.ts.depth--}, without a call: it must also work where the Java stack has just overflowed. */
    private void depthDown() {
        mv.visitVarInsn(ALOAD, LOOP_L);
        mv.visitFieldInsn(GETFIELD, LOOP_T, "ts", "L" + RT + "ThreadState;");
        mv.visitInsn(DUP);
        mv.visitFieldInsn(GETFIELD, RT + "ThreadState", "depth", "I");
        mv.visitInsn(ICONST_1);
        mv.visitInsn(ISUB);
        mv.visitFieldInsn(PUTFIELD, RT + "ThreadState", "depth", "I");
    }

    /**
     * The value of a call on the JVM stack: stored as the instruction's result, or, when it is
     * {@link FrameLoop#SWITCH}, the frame is left (its stack pointer recorded) for the loop to
     * continue in another frame; the result arrives in the slot when this frame continues.
     */
    private void resultOrSwitch(int slot) {
        if (!handsOver) {
            storeTop(slot);
            return;
        }
        Label value = new Label();
        mv.visitVarInsn(ASTORE, TMP);
        mv.visitVarInsn(ALOAD, TMP);
        mv.visitFieldInsn(GETSTATIC, LOOP_T, "SWITCH", OBJ);
        mv.visitJumpInsn(IF_ACMPNE, value);
        frameInt("sp", slot);
        returnSwitch();
        mv.visitLabel(value);
        storeSlot(slot, () -> mv.visitVarInsn(ALOAD, TMP));
    }

    private void returnSwitch() {
        mv.visitFieldInsn(GETSTATIC, LOOP_T, "SWITCH", OBJ);
        mv.visitInsn(ARETURN);
    }

    /** IS_OP or CONTAINS_OP: {@code CompiledOps.name(a, b, negate)} replaces the two operands. */
    private void testOp(int sp, String name, boolean negate) {
        storeSlot(sp - 2, () -> {
            slot(sp - 2);
            slot(sp - 1);
            mv.visitInsn(negate ? ICONST_1 : ICONST_0);
            mv.visitMethodInsn(INVOKESTATIC, OPS, name, "(" + OBJ + OBJ + "Z)" + OBJ, false);
        });
    }

    /** COMPARE_OP, fused with a conditional jump after it that nothing else jumps to. */
    private int compare(int i, int arg, int sp) {
        int next = i + 1 < ins.length ? ins[i + 1] & 0xFF : -1;
        setPc(i);
        if ((next == POP_JUMP_IF_FALSE || next == POP_JUMP_IF_TRUE) && !target[i + 1]) {
            flush(sp - 2);
            push(arg);
            slot(sp - 2);
            slot(sp - 1);
            mv.visitMethodInsn(INVOKESTATIC, OPS, "compareTruth", "(I" + OBJ + OBJ + ")Z", false);
            mv.visitJumpInsn(next == POP_JUMP_IF_FALSE ? IFEQ : IFNE, labels[ins[i + 1] >>> 8]);
            return i + 1;
        }
        operatorOp(sp, LOOP_T, "compare", arg);
        return i;
    }

    /** The {@link CompiledArith} method of a BINARY_OP operator (plain or in-place), or null for the generic one. */
    private static String arithmetic(int op) {
        switch (op >= BinOp.INPLACE ? op - BinOp.INPLACE : op) {
            case BinOp.ADD: return "add";
            case BinOp.SUB: return "sub";
            case BinOp.MUL: return "mul";
            case BinOp.MOD: return "mod";
            case BinOp.FLOORDIV: return "floorDiv";
            case BinOp.TRUEDIV: return "trueDiv";
            default: return null;
        }
    }

    /** A unary instruction {@code i}: {@code owner.name(top)} replaces the top of the stack. */
    private void unaryOp(int i, int sp, String owner, String name) {
        setPc(i);
        storeSlot(sp - 1, () -> {
            slot(sp - 1);
            mv.visitMethodInsn(INVOKESTATIC, owner, name, "(" + OBJ + ")" + OBJ, false);
        });
    }

    /** Raises UnboundLocalError for fast local {@code local}, read by instruction {@code i}. */
    private void throwUnboundLocal(int i, int local) {
        setPc(i);
        mv.visitVarInsn(ALOAD, THIS);
        mv.visitFieldInsn(GETFIELD, EVAL + "CompiledCode", "code", CODE);
        push(local);
        mv.visitMethodInsn(INVOKESTATIC, RT + "Instructions", "unboundLocal", "(" + CODE + "I)L" + RT + "PyException;",
                false);
        mv.visitInsn(ATHROW);
    }

    /** Pushes a new array of the {@code n} slots from {@code first}. */
    private void newArray(int first, int n) {
        newArray(-1, first, n);
    }

    /** Pushes a new array of JVM local {@code self} (when not -1) followed by the {@code n} slots from {@code first}. */
    private void newArray(int self, int first, int n) {
        int lead = self >= 0 ? 1 : 0;
        push(lead + n);
        mv.visitTypeInsn(ANEWARRAY, RT + "PyObject");
        if (self >= 0) {
            mv.visitInsn(DUP);
            mv.visitInsn(ICONST_0);
            mv.visitVarInsn(ALOAD, self);
            mv.visitInsn(AASTORE);
        }
        for (int k = 0; k < n; k++) {
            mv.visitInsn(DUP);
            push(lead + k);
            slot(first + k);
            mv.visitInsn(AASTORE);
        }
    }

    private void threadState() {
        mv.visitVarInsn(ALOAD, LOOP_L);
        mv.visitFieldInsn(GETFIELD, LOOP_T, "ts", "L" + RT + "ThreadState;");
    }

    /** BINARY_OP or COMPARE_OP: {@code owner.name(op, a, b)} replaces the two operands. */
    private void operatorOp(int sp, String owner, String name, int op) {
        storeSlot(sp - 2, () -> {
            push(op);
            slot(sp - 2);
            slot(sp - 1);
            mv.visitMethodInsn(INVOKESTATIC, owner, name, "(I" + OBJ + OBJ + ")" + OBJ, false);
        });
    }

    /** loop.call(f, s[callable], s, callable + 1, n, kwnames): the value of a CALL or CALL_KW. */
    private void call(int callable, int n, boolean keywords) {
        mv.visitVarInsn(ALOAD, LOOP_L);
        mv.visitVarInsn(ALOAD, F);
        slot(callable);
        mv.visitVarInsn(ALOAD, S);
        push(callable + 1);
        push(n);
        if (keywords) {
            int names = callable + 1 + n;
            slot(names);
            mv.visitMethodInsn(INVOKESTATIC, LOOP_T, "keywordNames", "(" + OBJ + ")[Ljava/lang/String;", false);
            mv.visitVarInsn(ALOAD, S);
            push(names);
            mv.visitInsn(ACONST_NULL);
            mv.visitInsn(AASTORE);
        } else {
            mv.visitInsn(ACONST_NULL);
        }
        mv.visitMethodInsn(INVOKEVIRTUAL, LOOP_T, "call", "(" + FRAME + OBJ + OBJS + "II[Ljava/lang/String;)" + OBJ,
                false);
    }

    /** The raising-instruction marker for the exception handler: the loop's f.pc after {@code i}. */
    private void setPc(int i) {
        push(i + 1);
        mv.visitVarInsn(ISTORE, PC);
    }

    /** As {@link #setPc}, and also in the frame, where callees and frame readers look. */
    private void framePc(int i) {
        setPc(i);
        frameInt("pc", i + 1);
    }

    private void frameInt(String field, int value) {
        mv.visitVarInsn(ALOAD, F);
        push(value);
        mv.visitFieldInsn(PUTFIELD, RT + "Frame", field, "I");
    }

    /** Pushes the value of frame slot {@code index} (a fast local, a cell, or a value-stack slot). */
    private void slot(int index) {
        if (index >= base && inLocal[index - base]) {
            mv.visitVarInsn(ALOAD, firstStackLocal + index - base);
        } else {
            element(S, index);
        }
    }

    private void element(int array, int index) {
        mv.visitVarInsn(ALOAD, array);
        push(index);
        mv.visitInsn(AALOAD);
    }

    /** Sets slot {@code index} to what {@code value} pushes: a value-stack slot in its JVM local. */
    private void storeSlot(int index, Runnable value) {
        if (index >= base) {
            value.run();
            storeTop(index);
            return;
        }
        mv.visitVarInsn(ALOAD, S);
        push(index);
        value.run();
        mv.visitInsn(AASTORE);
    }

    /** Pops the JVM stack's top into value-stack slot {@code index} (its JVM local). */
    private void storeTop(int index) {
        mv.visitVarInsn(ASTORE, firstStackLocal + index - base);
        inLocal[index - base] = true;
    }

    /** Empties value-stack slot {@code index}, as the loop does when it pops without using the value. */
    private void clearSlot(int index) {
        if (inLocal[index - base]) {
            inLocal[index - base] = false; // the value never went to the frame
            return;
        }
        mv.visitVarInsn(ALOAD, S);
        push(index);
        mv.visitInsn(ACONST_NULL);
        mv.visitInsn(AASTORE);
    }

    /**
     * Writes the value-stack slots below {@code end} that are in JVM locals to the frame: before
     * anything that reads the frame's stack (calls, the loop's own instructions, a jump to code
     * that expects the frame, a yield, a switch) and, for an instruction that may raise, the
     * slots its exception handler keeps.
     */
    private void flush(int end) {
        for (int p = base; p < end; p++) {
            if (inLocal[p - base]) {
                mv.visitVarInsn(ALOAD, S);
                push(p);
                mv.visitVarInsn(ALOAD, firstStackLocal + p - base);
                mv.visitInsn(AASTORE);
                inLocal[p - base] = false;
            }
        }
    }

    /**
     * {@link #flush}es the whole stack below {@code sp} and forgets the locals of the dead slots
     * above, for code that pushes onto the frame itself.
     */
    private void flushAll(int sp) {
        flush(sp);
        Arrays.fill(inLocal, sp - base, inLocal.length, false);
    }

    private void push(int v) {
        if (v >= -1 && v <= 5) {
            mv.visitInsn(ICONST_0 + v);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            mv.visitIntInsn(BIPUSH, v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            mv.visitIntInsn(SIPUSH, v);
        } else {
            mv.visitLdcInsn(v);
        }
    }
}
