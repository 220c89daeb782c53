package org.enginehost.python.compiler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enginehost.python.code.CodeObject;
import org.enginehost.python.code.Opcode;
import org.enginehost.python.runtime.PyObject;

/**
 * Assembles one code object: instructions with labels, the line of each instruction, the
 * constant and name pools, exact stack depth tracking, and the exception table, which (as in
 * CPython 3.11) is derived from the handler active when each instruction was emitted.
 */
final class CodeBuilder {

    /** A jump target. */
    static final class Label {
        int pos = -1;
        /** Stack depth on arrival by a jump, or -1 while unknown. */
        int depth = -1;
    }

    /** An exception handler: where to go, and the stack depth to unwind to. */
    static final class Handler {
        final Label label;
        final int depth;

        Handler(Label label, int depth) {
            this.label = label;
            this.depth = depth;
        }
    }

    private int[] ops = new int[64];
    private int[] args = new int[64];
    private Label[] targets = new Label[64];
    private int[] lines = new int[64];
    private Handler[] handlers = new Handler[64];
    private int count;

    private final List<PyObject> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();

    int line = 1;
    int depth;
    int maxDepth;
    boolean reachable = true;
    Handler handler;

    int emit(int op, int arg) {
        if (count == ops.length) {
            int n = count * 2;
            ops = Arrays.copyOf(ops, n);
            args = Arrays.copyOf(args, n);
            targets = Arrays.copyOf(targets, n);
            lines = Arrays.copyOf(lines, n);
            handlers = Arrays.copyOf(handlers, n);
        }
        ops[count] = op;
        args[count] = arg;
        lines[count] = line;
        handlers[count] = handler;
        adjust(Opcode.stackEffect(op, arg, false));
        if (op == Opcode.RETURN_VALUE || op == Opcode.RAISE_VARARGS || op == Opcode.RERAISE
                || op == Opcode.CLEANUP_RERAISE) {
            reachable = false;
        }
        return count++;
    }

    int emit(int op) {
        return emit(op, 0);
    }

    void emitJump(int op, Label target) {
        if (op == Opcode.JUMP && target.pos >= 0) {
            op = Opcode.JUMP_BACKWARD;
        }
        int d = depth + Opcode.stackEffect(op, 0, true);
        if (target.depth < 0) {
            target.depth = d;
        }
        int i = emit(op, 0);
        targets[i] = target;
        if (op == Opcode.JUMP || op == Opcode.JUMP_BACKWARD) {
            reachable = false;
        }
    }

    void bind(Label l) {
        l.pos = count;
        if (!reachable && l.depth >= 0) {
            depth = l.depth;
        } else if (l.depth < 0) {
            l.depth = depth;
        }
        reachable = true;
    }

    /** Binds an exception handler's label: the stack holds the handler depth plus the exception. */
    void bindHandler(Handler h) {
        h.label.depth = h.depth + 1;
        reachable = false;
        bind(h.label);
    }

    void adjust(int delta) {
        depth += delta;
        if (depth > maxDepth) {
            maxDepth = depth;
        }
    }

    int addConst(Object key, PyObject value) {
        Integer i = constIndex.get(key);
        if (i != null) {
            return i;
        }
        consts.add(value);
        constIndex.put(key, consts.size() - 1);
        return consts.size() - 1;
    }

    /** Adds a constant that is never shared (code objects, tuples built at compile time). */
    int addUniqueConst(PyObject value) {
        consts.add(value);
        return consts.size() - 1;
    }

    int addName(String n) {
        Integer i = nameIndex.get(n);
        if (i != null) {
            return i;
        }
        names.add(n);
        nameIndex.put(n, names.size() - 1);
        return names.size() - 1;
    }

    CodeObject build(String name, String qualname, String filename, int firstLine, Scope scope,
                     List<String> varnames, int argcount, int posonly, int kwonly, int flags) {
        int[] code = new int[count];
        for (int i = 0; i < count; i++) {
            int arg = targets[i] != null ? targets[i].pos : args[i];
            code[i] = Opcode.encode(ops[i], arg);
        }
        List<CodeObject.ExceptionEntry> table = new ArrayList<>();
        int i = 0;
        while (i < count) {
            Handler h = handlers[i];
            if (h == null) {
                i++;
                continue;
            }
            int start = i;
            while (i < count && handlers[i] == h) {
                i++;
            }
            table.add(new CodeObject.ExceptionEntry(start, i, h.label.pos, h.depth));
        }
        List<String> cells = scope == null ? List.of() : scope.cellvars();
        List<String> frees = scope == null ? List.of() : scope.freevars();
        return new CodeObject(code, consts.toArray(new PyObject[0]), names.toArray(new String[0]),
                varnames.toArray(new String[0]), cells.toArray(new String[0]), frees.toArray(new String[0]),
                argcount, posonly, kwonly, flags, maxDepth + 1, name, qualname, filename, firstLine,
                Arrays.copyOf(lines, count), table.toArray(new CodeObject.ExceptionEntry[0]));
    }
}
