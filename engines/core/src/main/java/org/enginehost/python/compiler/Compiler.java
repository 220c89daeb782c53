package org.enginehost.python.compiler;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.enginehost.python.ast.Arguments;
import org.enginehost.python.ast.CmpOp;
import org.enginehost.python.ast.Expr;
import org.enginehost.python.ast.Module;
import org.enginehost.python.ast.Stmt;
import org.enginehost.python.ast.UnaryOperator;
import org.enginehost.python.code.CodeObject;
import org.enginehost.python.code.Opcode;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.lexer.Tokenizer;
import org.enginehost.python.parser.Parser;
import org.enginehost.python.parser.SyntaxErrorException;
import org.enginehost.python.runtime.BinOp;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyEllipsis;
import org.enginehost.python.runtime.PyFloat;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;

/** Compiles an AST to code objects, one {@link Unit} per module, function or lambda. */
public final class Compiler {

    /** A block that break/continue/return must unwind through, as CPython's fblockinfo. */
    private static final class FBlock {
        enum Kind { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, HANDLER_CLEANUP, WITH }

        final Kind kind;
        final CodeBuilder.Label continueLabel;
        final CodeBuilder.Label breakLabel;
        /** The handler active outside this block. */
        final CodeBuilder.Handler outerHandler;
        /** FINALLY_TRY: the finally body; HANDLER_CLEANUP: unused. */
        final List<Stmt> finalBody;
        /** HANDLER_CLEANUP: the bound exception name, or null. */
        final String name;

        FBlock(Kind kind, CodeBuilder.Label cont, CodeBuilder.Label brk, CodeBuilder.Handler outer, List<Stmt> fin,
               String name) {
            this.kind = kind;
            this.continueLabel = cont;
            this.breakLabel = brk;
            this.outerHandler = outer;
            this.finalBody = fin;
            this.name = name;
        }
    }

    /** Compilation state of one code object. */
    private final class Unit {
        final CodeBuilder b = new CodeBuilder();
        final Scope scope;
        final String qualname;
        final Deque<FBlock> fblocks = new ArrayDeque<>();
        final List<String> varnames;
        final List<String> cells;

        Unit(Scope scope, String qualname) {
            this.scope = scope;
            this.qualname = qualname;
            this.varnames = scope.isFunction() ? scope.varnames() : List.of();
            List<String> c = new ArrayList<>(scope.cellvars());
            c.addAll(scope.freevars());
            this.cells = c;
        }
    }

    private final String filename;
    private final String source;
    private final SymbolTable symbols;
    private Unit u;

    private Compiler(String filename, String source, SymbolTable symbols) {
        this.filename = filename;
        this.source = source;
        this.symbols = symbols;
    }

    /**
     * Source nested too deeply for the Java stack (say {@code -} repeated 100000 times before a
     * number): CPython's RecursionError for the same situation, raised once the stack has unwound.
     */
    private static PyException tooDeep() {
        return PyErr.format(org.enginehost.python.runtime.ExceptionTypes.RECURSION_ERROR,
                "maximum recursion depth exceeded during compilation");
    }

    /** Parses and compiles a module. */
    public static CodeObject compileModule(String source, String filename) {
        try {
            return compileModuleUnguarded(source, filename);
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
    }

    private static CodeObject compileModuleUnguarded(String source, String filename) {
        Module m = Parser.parseModule(source, filename);
        SymbolTable st = SymbolTable.build(m, filename, source);
        Compiler c = new Compiler(filename, source, st);
        return c.module(m, st.module);
    }

    /** Parses and compiles one expression whose value the code returns. */
    public static CodeObject compileExpression(String source, String filename) {
        try {
            return compileExpressionUnguarded(source, filename);
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
    }

    private static CodeObject compileExpressionUnguarded(String source, String filename) {
        Expr e = Parser.parseExpression(source, filename);
        SymbolTable st = SymbolTable.buildForExpression(e, filename, source);
        Compiler c = new Compiler(filename, source, st);
        c.u = c.new Unit(st.module, "<module>");
        c.u.b.line = e.line();
        c.expr(e);
        c.u.b.emit(Opcode.RETURN_VALUE);
        return c.u.b.build("<module>", "<module>", filename, 1, st.module, List.of(), 0, 0, 0, 0);
    }

    private CodeObject module(Module m, Scope scope) {
        u = new Unit(scope, "<module>");
        List<Stmt> body = m.body();
        // As CPython: a leading string literal is the module's docstring, stored as __doc__.
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt es && es.value() instanceof Expr.Constant c
                && c.value() instanceof String) {
            u.b.line = es.line();
            loadConst(c.value());
            u.b.emit(Opcode.STORE_NAME, u.b.addName("__doc__"));
            body = body.subList(1, body.size());
        }
        setupAnnotations(body);
        for (Stmt s : body) {
            stmt(s);
        }
        u.b.emit(Opcode.LOAD_CONST, constant(null));
        u.b.emit(Opcode.RETURN_VALUE);
        return u.b.build("<module>", "<module>", filename, 1, scope, List.of(), 0, 0, 0, 0);
    }

    private SyntaxErrorException error(String msg, int line, int col) {
        return new SyntaxErrorException("SyntaxError", msg, filename, line, col + 1, Tokenizer.lineText(source, line));
    }

    // ---------------------------------------------------------------- constants and names

    private record ConstKey(Class<?> type, Object value) {
        // Written out: a record's generated equals and hashCode are linked through method
        // handles the first time they run, which costs every start a dozen spun classes.
        @Override
        public boolean equals(Object o) {
            return o instanceof ConstKey && ((ConstKey) o).type == type && java.util.Objects.equals(((ConstKey) o).value, value);
        }

        @Override
        public int hashCode() {
            return type.hashCode() * 31 + java.util.Objects.hashCode(value);
        }
    }

    private int constant(Object v) {
        PyObject o;
        if (v == null) {
            o = PyNone.NONE;
        } else if (v instanceof Long) {
            o = PyInt.of((Long) v);
        } else if (v instanceof BigInteger) {
            o = PyInt.of((BigInteger) v);
        } else if (v instanceof Double) {
            o = new PyFloat((Double) v);
        } else if (v instanceof String) {
            o = new PyStr((String) v);
        } else if (v instanceof Boolean) {
            o = PyBool.of((Boolean) v);
        } else if (v == Expr.ELLIPSIS) {
            o = PyEllipsis.ELLIPSIS;
        } else if (v instanceof byte[] || v instanceof org.enginehost.python.ast.Imaginary) {
            o = constValue(v);
        } else {
            throw new IllegalArgumentException("not a constant: " + v);
        }
        return u.b.addConst(new ConstKey(v == null ? Void.class : v.getClass(), v), o);
    }

    private void loadConst(Object v) {
        u.b.emit(Opcode.LOAD_CONST, constant(v));
    }

    private void nameOp(String raw, int kind) {
        // kind: 0 load, 1 store, 2 delete
        String name = u.scope.mangle(raw);
        Scope.Access a = u.scope.accessOf(name);
        switch (a) {
            case LOCAL:
                if (u.scope.isFunction()) {
                    int i = u.varnames.indexOf(name);
                    u.b.emit(kind == 0 ? Opcode.LOAD_FAST : kind == 1 ? Opcode.STORE_FAST : Opcode.DELETE_FAST, i);
                    return;
                }
                break;
            case CELL:
            case FREE: {
                int i = u.cells.indexOf(name);
                u.b.emit(kind == 0 ? Opcode.LOAD_DEREF : kind == 1 ? Opcode.STORE_DEREF : Opcode.DELETE_DEREF, i);
                return;
            }
            case GLOBAL_EXPLICIT:
                u.b.emit(kind == 0 ? Opcode.LOAD_GLOBAL : kind == 1 ? Opcode.STORE_GLOBAL : Opcode.DELETE_GLOBAL,
                        u.b.addName(name));
                return;
            case GLOBAL_IMPLICIT:
                if (u.scope.isFunction()) {
                    u.b.emit(kind == 0 ? Opcode.LOAD_GLOBAL : kind == 1 ? Opcode.STORE_GLOBAL : Opcode.DELETE_GLOBAL,
                            u.b.addName(name));
                    return;
                }
                break;
            default:
                break;
        }
        u.b.emit(kind == 0 ? Opcode.LOAD_NAME : kind == 1 ? Opcode.STORE_NAME : Opcode.DELETE_NAME, u.b.addName(name));
    }

    // ---------------------------------------------------------------- statements

    private void body(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        u.b.line = s.line();
        if (s instanceof Stmt.ExprStmt x) {
            expr(x.value());
            u.b.emit(Opcode.POP_TOP);
        } else if (s instanceof Stmt.Assign x) {
            expr(x.value());
            List<Expr> targets = x.targets();
            for (int i = 0; i < targets.size(); i++) {
                if (i < targets.size() - 1) {
                    u.b.emit(Opcode.COPY, 1);
                }
                store(targets.get(i));
            }
        } else if (s instanceof Stmt.AugAssign x) {
            augAssign(x);
        } else if (s instanceof Stmt.AnnAssign x) {
            annAssign(x);
        } else if (s instanceof Stmt.If x) {
            ifStmt(x);
        } else if (s instanceof Stmt.While x) {
            whileStmt(x);
        } else if (s instanceof Stmt.For x) {
            forStmt(x);
        } else if (s instanceof Stmt.Break x) {
            breakOrContinue(true, x.line(), x.col());
        } else if (s instanceof Stmt.Continue x) {
            breakOrContinue(false, x.line(), x.col());
        } else if (s instanceof Stmt.Pass) {
            u.b.emit(Opcode.NOP);
        } else if (s instanceof Stmt.Return x) {
            returnStmt(x);
        } else if (s instanceof Stmt.FunctionDef x) {
            functionDef(x);
        } else if (s instanceof Stmt.ClassDef x) {
            classDef(x);
        } else if (s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) {
            return;
        } else if (s instanceof Stmt.Raise x) {
            int n = 0;
            if (x.exc() != null) {
                expr(x.exc());
                n = 1;
                if (x.cause() != null) {
                    expr(x.cause());
                    n = 2;
                }
            }
            u.b.emit(Opcode.RAISE_VARARGS, n);
        } else if (s instanceof Stmt.Try x) {
            if (x.finalbody().isEmpty()) {
                tryExcept(x);
            } else {
                tryFinally(x);
            }
        } else if (s instanceof Stmt.Assert x) {
            CodeBuilder.Label end = new CodeBuilder.Label();
            expr(x.test());
            u.b.emitJump(Opcode.POP_JUMP_IF_TRUE, end);
            u.b.emit(Opcode.LOAD_ASSERTION_ERROR);
            if (x.msg() != null) {
                expr(x.msg());
                u.b.emit(Opcode.CALL, 1);
            }
            u.b.emit(Opcode.RAISE_VARARGS, 1);
            u.b.bind(end);
        } else if (s instanceof Stmt.Import x) {
            for (Stmt.Alias a : x.names()) {
                u.b.emit(Opcode.IMPORT_NAME, u.b.addName(a.name()));
                if (a.asname() != null) {
                    String[] parts = a.name().split("\\.");
                    for (int i = 1; i < parts.length; i++) {
                        u.b.emit(Opcode.IMPORT_FROM, u.b.addName(parts[i]));
                        u.b.emit(Opcode.SWAP, 2);
                        u.b.emit(Opcode.POP_TOP);
                    }
                    nameOp(a.asname(), 1);
                } else {
                    nameOp(a.name().split("\\.")[0], 1);
                }
            }
        } else if (s instanceof Stmt.ImportFrom x) {
            // IMPORT_NAME arg: name index | level << 16 | from-form << 23
            int nameIdx = u.b.addName(x.module() == null ? "" : x.module());
            if (nameIdx > 0xFFFF || x.level() > 0x7F) {
                throw error("too many names or too deep a relative import", x.line(), x.col());
            }
            u.b.emit(Opcode.IMPORT_NAME, nameIdx | x.level() << 16 | 1 << 23);
            for (Stmt.Alias a : x.names()) {
                if (a.name().equals("*")) {
                    if (u.scope.isFunction()) {
                        throw error("import * only allowed at module level", x.line(), x.col());
                    }
                    u.b.emit(Opcode.IMPORT_STAR);
                    return;
                }
                u.b.emit(Opcode.IMPORT_FROM, u.b.addName(a.name()));
                nameOp(a.asname() != null ? a.asname() : a.name(), 1);
            }
            u.b.emit(Opcode.POP_TOP);
        } else if (s instanceof Stmt.Delete x) {
            for (Expr t : x.targets()) {
                delete(t);
            }
        } else if (s instanceof Stmt.With x) {
            withStmt(x, 0);
        } else if (s instanceof Stmt.Match x) {
            matchStmt(x);
        } else {
            throw error("unsupported statement", s.line(), s.col());
        }
    }

    private void ifStmt(Stmt.If x) {
        CodeBuilder.Label orelse = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        expr(x.test());
        u.b.emitJump(Opcode.POP_JUMP_IF_FALSE, orelse);
        body(x.body());
        if (!x.orelse().isEmpty()) {
            u.b.emitJump(Opcode.JUMP, end);
            u.b.bind(orelse);
            body(x.orelse());
            u.b.bind(end);
        } else {
            u.b.bind(orelse);
        }
    }

    private static boolean isConstantTrue(Expr e) {
        if (e instanceof Expr.Constant c) {
            Object v = c.value();
            return Boolean.TRUE.equals(v) || (v instanceof Long && (Long) v != 0)
                    || (v instanceof String && !((String) v).isEmpty());
        }
        return false;
    }

    private void whileStmt(Stmt.While x) {
        CodeBuilder.Label top = new CodeBuilder.Label();
        CodeBuilder.Label orelse = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        u.b.bind(top);
        if (!isConstantTrue(x.test())) {
            expr(x.test());
            u.b.emitJump(Opcode.POP_JUMP_IF_FALSE, orelse);
        }
        u.fblocks.push(new FBlock(FBlock.Kind.WHILE_LOOP, top, end, u.b.handler, null, null));
        body(x.body());
        u.fblocks.pop();
        u.b.line = x.line();
        u.b.emitJump(Opcode.JUMP, top);
        u.b.bind(orelse);
        body(x.orelse());
        u.b.bind(end);
    }

    private void forStmt(Stmt.For x) {
        CodeBuilder.Label top = new CodeBuilder.Label();
        CodeBuilder.Label exhausted = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        expr(x.iter());
        u.b.line = x.line();
        u.b.emit(Opcode.GET_ITER);
        u.b.bind(top);
        u.b.emitJump(Opcode.FOR_ITER, exhausted);
        store(x.target());
        u.fblocks.push(new FBlock(FBlock.Kind.FOR_LOOP, top, end, u.b.handler, null, null));
        body(x.body());
        u.fblocks.pop();
        u.b.line = x.line();
        u.b.emitJump(Opcode.JUMP, top);
        u.b.bind(exhausted);
        body(x.orelse());
        u.b.bind(end);
    }

    private void breakOrContinue(boolean isBreak, int line, int col) {
        CodeBuilder.Handler saved = u.b.handler;
        List<FBlock> unwound = new ArrayList<>();
        FBlock loop = null;
        for (FBlock f : u.fblocks) {
            if (f.kind == FBlock.Kind.WHILE_LOOP || f.kind == FBlock.Kind.FOR_LOOP) {
                loop = f;
                break;
            }
            unwound.add(f);
        }
        if (loop == null) {
            throw error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", line, col);
        }
        Deque<FBlock> savedBlocks = new ArrayDeque<>(u.fblocks);
        for (FBlock f : unwound) {
            u.fblocks.pop();
            unwind(f, false);
        }
        if (isBreak) {
            u.fblocks.pop();
            unwind(loop, false);
            u.b.emitJump(Opcode.JUMP, loop.breakLabel);
        } else {
            u.b.emitJump(Opcode.JUMP, loop.continueLabel);
        }
        u.fblocks.clear();
        u.fblocks.addAll(savedBlocks);
        u.b.handler = saved;
    }

    private void returnStmt(Stmt.Return x) {
        if (!u.scope.isFunction()) {
            throw error("'return' outside function", x.line(), x.col());
        }
        if (x.value() != null) {
            expr(x.value());
        } else {
            loadConst(null);
        }
        CodeBuilder.Handler saved = u.b.handler;
        Deque<FBlock> savedBlocks = new ArrayDeque<>(u.fblocks);
        while (!u.fblocks.isEmpty()) {
            FBlock f = u.fblocks.pop();
            unwind(f, true);
        }
        u.b.line = x.line();
        u.b.emit(Opcode.RETURN_VALUE);
        u.fblocks.addAll(savedBlocks);
        u.b.handler = saved;
    }

    /** Emits the code leaving {@code f} early; {@code preserveTos} keeps a return value on top. */
    private void unwind(FBlock f, boolean preserveTos) {
        u.b.handler = f.outerHandler;
        switch (f.kind) {
            case WHILE_LOOP:
            case TRY_EXCEPT:
                return;
            case FOR_LOOP:
                if (preserveTos) {
                    u.b.emit(Opcode.SWAP, 2);
                }
                u.b.emit(Opcode.POP_TOP);
                return;
            case FINALLY_TRY: {
                int line = u.b.line;
                body(f.finalBody);
                u.b.line = line;
                return;
            }
            case FINALLY_END:
                if (preserveTos) {
                    u.b.emit(Opcode.SWAP, 2);
                }
                u.b.emit(Opcode.POP_TOP);
                if (preserveTos) {
                    u.b.emit(Opcode.SWAP, 2);
                }
                u.b.emit(Opcode.POP_EXCEPT);
                return;
            case WITH:
                if (preserveTos) {
                    u.b.emit(Opcode.SWAP, 2);
                }
                loadConst(null);
                loadConst(null);
                loadConst(null);
                u.b.emit(Opcode.CALL, 3);
                u.b.emit(Opcode.POP_TOP);
                return;
            case HANDLER_CLEANUP:
                if (preserveTos) {
                    u.b.emit(Opcode.SWAP, 2);
                }
                u.b.emit(Opcode.POP_EXCEPT);
                if (f.name != null) {
                    loadConst(null);
                    nameOp(f.name, 1);
                    nameOp(f.name, 2);
                }
                return;
            default:
                throw new IllegalStateException();
        }
    }

    private void tryExcept(Stmt.Try x) {
        CodeBuilder b = u.b;
        CodeBuilder.Label end = new CodeBuilder.Label();
        CodeBuilder.Handler outer = b.handler;
        CodeBuilder.Handler h = new CodeBuilder.Handler(new CodeBuilder.Label(), b.depth);
        b.handler = h;
        u.fblocks.push(new FBlock(FBlock.Kind.TRY_EXCEPT, null, null, outer, null, null));
        body(x.body());
        u.fblocks.pop();
        b.handler = outer;
        body(x.orelse());
        b.emitJump(Opcode.JUMP, end);
        // handler: [.., exc]
        b.bindHandler(h);
        b.line = x.handlers().get(0).line();
        CodeBuilder.Handler cleanup = new CodeBuilder.Handler(new CodeBuilder.Label(), h.depth + 1);
        b.handler = cleanup;
        b.emit(Opcode.PUSH_EXC_INFO);
        List<Stmt.ExceptHandler> handlers = x.handlers();
        for (int i = 0; i < handlers.size(); i++) {
            Stmt.ExceptHandler eh = handlers.get(i);
            b.line = eh.line();
            if (eh.type() == null && i < handlers.size() - 1) {
                throw error("default 'except:' must be last", eh.line(), eh.col());
            }
            CodeBuilder.Label next = new CodeBuilder.Label();
            if (eh.type() != null) {
                expr(eh.type());
                b.emit(Opcode.CHECK_EXC_MATCH);
                b.emitJump(Opcode.POP_JUMP_IF_FALSE, next);
            }
            if (eh.name() != null) {
                nameOp(eh.name(), 1);
            } else {
                b.emit(Opcode.POP_TOP);
            }
            u.fblocks.push(new FBlock(FBlock.Kind.HANDLER_CLEANUP, null, null, cleanup, null, eh.name()));
            body(eh.body());
            u.fblocks.pop();
            b.handler = outer;
            b.emit(Opcode.POP_EXCEPT);
            if (eh.name() != null) {
                loadConst(null);
                nameOp(eh.name(), 1);
                nameOp(eh.name(), 2);
            }
            b.emitJump(Opcode.JUMP, end);
            b.handler = cleanup;
            b.bind(next);
        }
        if (handlers.get(handlers.size() - 1).type() != null) {
            b.emit(Opcode.RERAISE);
        }
        b.handler = outer;
        b.bindHandler(cleanup);
        b.emit(Opcode.CLEANUP_RERAISE);
        b.bind(end);
    }

    private void tryFinally(Stmt.Try x) {
        CodeBuilder b = u.b;
        CodeBuilder.Label end = new CodeBuilder.Label();
        CodeBuilder.Handler outer = b.handler;
        CodeBuilder.Handler h = new CodeBuilder.Handler(new CodeBuilder.Label(), b.depth);
        b.handler = h;
        u.fblocks.push(new FBlock(FBlock.Kind.FINALLY_TRY, null, null, outer, x.finalbody(), null));
        if (x.handlers().isEmpty()) {
            body(x.body());
        } else {
            tryExcept(new Stmt.Try(x.body(), x.handlers(), x.orelse(), List.of(), x.line(), x.col()));
        }
        u.fblocks.pop();
        b.handler = outer;
        body(x.finalbody());
        b.emitJump(Opcode.JUMP, end);
        b.bindHandler(h);
        CodeBuilder.Handler cleanup = new CodeBuilder.Handler(new CodeBuilder.Label(), h.depth + 1);
        b.handler = cleanup;
        b.emit(Opcode.PUSH_EXC_INFO);
        u.fblocks.push(new FBlock(FBlock.Kind.FINALLY_END, null, null, outer, null, null));
        body(x.finalbody());
        u.fblocks.pop();
        b.emit(Opcode.RERAISE);
        b.handler = outer;
        b.bindHandler(cleanup);
        b.emit(Opcode.CLEANUP_RERAISE);
        b.bind(end);
    }

    /** {@code with} item {@code i} and, nested inside it, the following items and the body. */
    private void withStmt(Stmt.With x, int i) {
        CodeBuilder b = u.b;
        Stmt.WithItem item = x.items().get(i);
        b.line = x.line();
        expr(item.context());
        b.line = x.line();
        b.emit(Opcode.BEFORE_WITH);
        CodeBuilder.Handler outer = b.handler;
        // the handler unwinds to [.., exit]
        CodeBuilder.Handler h = new CodeBuilder.Handler(new CodeBuilder.Label(), b.depth - 1);
        b.handler = h;
        u.fblocks.push(new FBlock(FBlock.Kind.WITH, null, null, outer, null, null));
        if (item.target() != null) {
            store(item.target());
        } else {
            b.emit(Opcode.POP_TOP);
        }
        if (i + 1 < x.items().size()) {
            withStmt(x, i + 1);
        } else {
            body(x.body());
        }
        u.fblocks.pop();
        b.handler = outer;
        CodeBuilder.Label end = new CodeBuilder.Label();
        if (b.reachable) {
            b.line = x.line();
            loadConst(null);
            loadConst(null);
            loadConst(null);
            b.emit(Opcode.CALL, 3);
            b.emit(Opcode.POP_TOP);
            b.emitJump(Opcode.JUMP, end);
        }
        // exceptional exit: [.., exit, exc]
        b.bindHandler(h);
        b.line = x.line();
        CodeBuilder.Handler cleanup = new CodeBuilder.Handler(new CodeBuilder.Label(), h.depth + 1);
        b.handler = cleanup;
        b.emit(Opcode.PUSH_EXC_INFO);
        b.emit(Opcode.WITH_EXCEPT_START);
        CodeBuilder.Label suppress = new CodeBuilder.Label();
        b.emitJump(Opcode.POP_JUMP_IF_TRUE, suppress);
        b.emit(Opcode.RERAISE);
        b.bind(suppress);
        b.emit(Opcode.POP_TOP);
        b.handler = outer;
        b.emit(Opcode.POP_EXCEPT);
        b.emit(Opcode.POP_TOP);
        b.emitJump(Opcode.JUMP, end);
        b.bindHandler(cleanup);
        b.emit(Opcode.CLEANUP_RERAISE);
        b.bind(end);
    }

    // ---------------------------------------------------------------- match

    private void matchStmt(Stmt.Match x) {
        CodeBuilder b = u.b;
        expr(x.subject());
        CodeBuilder.Label end = new CodeBuilder.Label();
        List<Stmt.MatchCase> cases = x.cases();
        for (Stmt.MatchCase c : cases) {
            b.line = c.line();
            CodeBuilder.Label next = new CodeBuilder.Label();
            // [subject]: the pattern consumes a copy and jumps to next (with [subject]) on failure
            b.emit(Opcode.COPY, 1);
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            pattern(c.pattern(), next, names);
            if (c.guard() != null) {
                expr(c.guard());
                b.emitJump(Opcode.POP_JUMP_IF_FALSE, next);
            }
            b.emit(Opcode.POP_TOP);
            body(c.body());
            b.emitJump(Opcode.JUMP, end);
            b.bind(next);
        }
        b.emit(Opcode.POP_TOP);
        b.bind(end);
    }

    /** Emits a jump to {@code fail} after popping {@code n} items; returns the label to jump to instead. */
    private CodeBuilder.Label popThenFail(int n, CodeBuilder.Label fail, List<Runnable> trampolines) {
        if (n == 0) {
            return fail;
        }
        CodeBuilder.Label l = new CodeBuilder.Label();
        trampolines.add(() -> {
            u.b.bind(l);
            for (int i = 0; i < n; i++) {
                u.b.emit(Opcode.POP_TOP);
            }
            u.b.emitJump(Opcode.JUMP, fail);
        });
        return l;
    }

    /** Emits code that pops the subject off the stack and jumps to {@code fail} if it does not match. */
    private void pattern(org.enginehost.python.ast.Pattern p, CodeBuilder.Label fail, java.util.Set<String> names) {
        List<Runnable> tramp = new ArrayList<>();
        CodeBuilder.Label done = new CodeBuilder.Label();
        patternInner(p, fail, names, tramp);
        if (!tramp.isEmpty()) {
            u.b.emitJump(Opcode.JUMP, done);
            for (Runnable r : tramp) {
                r.run();
            }
            u.b.bind(done);
        }
    }

    private void capture(String name, java.util.Set<String> names, org.enginehost.python.ast.Pattern p) {
        if (!names.add(name)) {
            throw error("multiple assignments to name '" + name + "' in pattern", p.line(), p.col());
        }
        nameOp(name, 1);
    }

    private void patternInner(org.enginehost.python.ast.Pattern p, CodeBuilder.Label fail, java.util.Set<String> names,
                              List<Runnable> tramp) {
        CodeBuilder b = u.b;
        b.line = p.line();
        if (p instanceof org.enginehost.python.ast.Pattern.MatchAs a) {
            if (a.pattern() == null) {
                if (a.name() == null) {
                    b.emit(Opcode.POP_TOP);
                } else {
                    capture(a.name(), names, p);
                }
                return;
            }
            b.emit(Opcode.COPY, 1);
            patternInner(a.pattern(), popThenFail(1, fail, tramp), names, tramp);
            capture(a.name(), names, p);
        } else if (p instanceof org.enginehost.python.ast.Pattern.MatchValue v) {
            expr(v.value());
            b.emit(Opcode.COMPARE_OP, CmpOp.EQ.ordinal());
            b.emitJump(Opcode.POP_JUMP_IF_FALSE, fail);
        } else if (p instanceof org.enginehost.python.ast.Pattern.MatchSingleton v) {
            loadConst(v.value());
            b.emit(Opcode.IS_OP, 0);
            b.emitJump(Opcode.POP_JUMP_IF_FALSE, fail);
        } else if (p instanceof org.enginehost.python.ast.Pattern.MatchOr o) {
            CodeBuilder.Label ok = new CodeBuilder.Label();
            java.util.Set<String> first = null;
            List<org.enginehost.python.ast.Pattern> alts = o.patterns();
            for (int i = 0; i < alts.size(); i++) {
                java.util.Set<String> altNames = new java.util.LinkedHashSet<>(names);
                boolean last = i == alts.size() - 1;
                CodeBuilder.Label next = new CodeBuilder.Label();
                if (!last) {
                    b.emit(Opcode.COPY, 1);
                }
                // each alternative gets its own trampolines, emitted right after it
                List<Runnable> t2 = new ArrayList<>();
                patternInner(alts.get(i), last ? fail : next, altNames, t2);
                if (!last) {
                    b.emit(Opcode.POP_TOP);
                }
                b.emitJump(Opcode.JUMP, ok);
                for (Runnable r : t2) {
                    r.run();
                }
                if (!last) {
                    b.bind(next);
                }
                altNames.removeAll(names);
                if (first == null) {
                    first = altNames;
                } else if (!first.equals(altNames)) {
                    throw error("alternative patterns bind different names", p.line(), p.col());
                }
            }
            b.bind(ok);
            names.addAll(first);
        } else if (p instanceof org.enginehost.python.ast.Pattern.MatchSequence q) {
            List<org.enginehost.python.ast.Pattern> items = q.patterns();
            int star = -1;
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof org.enginehost.python.ast.Pattern.MatchStar) {
                    if (star >= 0) {
                        throw error("multiple starred names in sequence pattern", p.line(), p.col());
                    }
                    star = i;
                }
            }
            CodeBuilder.Label fail1 = popThenFail(1, fail, tramp);
            b.emit(Opcode.MATCH_SEQUENCE);
            b.emitJump(Opcode.POP_JUMP_IF_FALSE, fail1);
            b.emit(Opcode.GET_LEN);
            int n = items.size();
            loadConst((long) (star >= 0 ? n - 1 : n));
            b.emit(Opcode.COMPARE_OP, (star >= 0 ? CmpOp.GE : CmpOp.EQ).ordinal());
            b.emitJump(Opcode.POP_JUMP_IF_FALSE, fail1);
            if (star >= 0) {
                b.emit(Opcode.UNPACK_EX, star | (n - star - 1) << 8);
            } else {
                b.emit(Opcode.UNPACK_SEQUENCE, n);
            }
            for (int i = 0; i < n; i++) {
                CodeBuilder.Label f = popThenFail(n - 1 - i, fail, tramp);
                org.enginehost.python.ast.Pattern item = items.get(i);
                if (item instanceof org.enginehost.python.ast.Pattern.MatchStar st) {
                    if (st.name() == null) {
                        b.emit(Opcode.POP_TOP);
                    } else {
                        capture(st.name(), names, item);
                    }
                } else {
                    patternInner(item, f, names, tramp);
                }
            }
        } else if (p instanceof org.enginehost.python.ast.Pattern.MatchMapping m) {
            CodeBuilder.Label fail1 = popThenFail(1, fail, tramp);
            b.emit(Opcode.MATCH_MAPPING);
            b.emitJump(Opcode.POP_JUMP_IF_FALSE, fail1);
            int n = m.keys().size();
            if (n == 0 && m.rest() == null) {
                b.emit(Opcode.POP_TOP);
                return;
            }
            if (n > 0) {
                b.emit(Opcode.GET_LEN);
                loadConst((long) n);
                b.emit(Opcode.COMPARE_OP, CmpOp.GE.ordinal());
                b.emitJump(Opcode.POP_JUMP_IF_FALSE, fail1);
            }
            for (Expr k : m.keys()) {
                expr(k);
            }
            b.emit(Opcode.BUILD_TUPLE, n);
            b.emit(Opcode.MATCH_KEYS);
            b.emit(Opcode.COPY, 1);
            loadConst(null);
            b.emit(Opcode.IS_OP, 1);
            b.emitJump(Opcode.POP_JUMP_IF_FALSE, popThenFail(3, fail, tramp));
            b.emit(Opcode.UNPACK_SEQUENCE, n);
            for (int i = 0; i < n; i++) {
                patternInner(m.patterns().get(i), popThenFail(n - 1 - i + 2, fail, tramp), names, tramp);
            }
            if (m.rest() != null) {
                b.emit(Opcode.COPY_DICT_WITHOUT_KEYS);
                capture(m.rest(), names, p);
            } else {
                b.emit(Opcode.POP_TOP);
            }
            b.emit(Opcode.POP_TOP);
        } else if (p instanceof org.enginehost.python.ast.Pattern.MatchClass c) {
            expr(c.cls());
            PyObject[] kw = new PyObject[c.kwdAttrs().size()];
            for (int i = 0; i < kw.length; i++) {
                kw[i] = new PyStr(c.kwdAttrs().get(i));
            }
            b.emit(Opcode.LOAD_CONST, b.addUniqueConst(PyTuple.of(kw)));
            b.emit(Opcode.MATCH_CLASS, c.patterns().size());
            b.emit(Opcode.COPY, 1);
            loadConst(null);
            b.emit(Opcode.IS_OP, 1);
            b.emitJump(Opcode.POP_JUMP_IF_FALSE, popThenFail(1, fail, tramp));
            List<org.enginehost.python.ast.Pattern> subs = new ArrayList<>(c.patterns());
            subs.addAll(c.kwdPatterns());
            int n = subs.size();
            b.emit(Opcode.UNPACK_SEQUENCE, n);
            for (int i = 0; i < n; i++) {
                patternInner(subs.get(i), popThenFail(n - 1 - i, fail, tramp), names, tramp);
            }
        } else {
            throw error("invalid pattern", p.line(), p.col());
        }
    }

    private void augAssign(Stmt.AugAssign x) {
        Expr t = x.target();
        int op = x.op() + BinOp.INPLACE;
        if (t instanceof Expr.Name n) {
            nameOp(n.id(), 0);
            expr(x.value());
            u.b.line = x.line();
            u.b.emit(Opcode.BINARY_OP, op);
            nameOp(n.id(), 1);
        } else if (t instanceof Expr.Attribute a) {
            expr(a.value());
            u.b.emit(Opcode.COPY, 1);
            u.b.emit(Opcode.LOAD_ATTR, u.b.addName(u.scope.mangle(a.attr())));
            expr(x.value());
            u.b.line = x.line();
            u.b.emit(Opcode.BINARY_OP, op);
            u.b.emit(Opcode.SWAP, 2);
            u.b.emit(Opcode.STORE_ATTR, u.b.addName(u.scope.mangle(a.attr())));
        } else if (t instanceof Expr.Subscript s) {
            expr(s.value());
            subscriptIndex(s.slice());
            u.b.emit(Opcode.COPY, 2);
            u.b.emit(Opcode.COPY, 2);
            u.b.emit(Opcode.BINARY_SUBSCR);
            expr(x.value());
            u.b.line = x.line();
            u.b.emit(Opcode.BINARY_OP, op);
            u.b.emit(Opcode.SWAP, 3);
            u.b.emit(Opcode.SWAP, 2);
            u.b.emit(Opcode.STORE_SUBSCR);
        }
    }

    private void store(Expr t) {
        if (t instanceof Expr.Name n) {
            nameOp(n.id(), 1);
        } else if (t instanceof Expr.Attribute a) {
            expr(a.value());
            u.b.emit(Opcode.STORE_ATTR, u.b.addName(u.scope.mangle(a.attr())));
        } else if (t instanceof Expr.Subscript s) {
            expr(s.value());
            subscriptIndex(s.slice());
            u.b.emit(Opcode.STORE_SUBSCR);
        } else if (t instanceof Expr.Tuple || t instanceof Expr.ListExpr) {
            List<Expr> elts = t instanceof Expr.Tuple tt ? tt.elts() : ((Expr.ListExpr) t).elts();
            int star = -1;
            for (int i = 0; i < elts.size(); i++) {
                Expr e = elts.get(i);
                if (e instanceof Expr.Starred) {
                    if (star >= 0) {
                        throw error("multiple starred expressions in assignment", t.line(), t.col());
                    }
                    star = i;
                }
            }
            if (star >= 0) {
                int after = elts.size() - star - 1;
                if (star > 255 || after > 255) {
                    throw error("too many expressions in star-unpacking assignment", t.line(), t.col());
                }
                u.b.emit(Opcode.UNPACK_EX, star | after << 8);
            } else {
                u.b.emit(Opcode.UNPACK_SEQUENCE, elts.size());
            }
            for (Expr e : elts) {
                store(e instanceof Expr.Starred st ? st.value() : e);
            }
        } else {
            throw error("cannot assign to expression", t.line(), t.col());
        }
    }

    private void delete(Expr t) {
        if (t instanceof Expr.Name n) {
            nameOp(n.id(), 2);
        } else if (t instanceof Expr.Attribute a) {
            expr(a.value());
            u.b.emit(Opcode.DELETE_ATTR, u.b.addName(u.scope.mangle(a.attr())));
        } else if (t instanceof Expr.Subscript s) {
            expr(s.value());
            subscriptIndex(s.slice());
            u.b.emit(Opcode.DELETE_SUBSCR);
        } else if (t instanceof Expr.Tuple tt) {
            for (Expr e : tt.elts()) {
                delete(e);
            }
        } else if (t instanceof Expr.ListExpr l) {
            for (Expr e : l.elts()) {
                delete(e);
            }
        }
    }

    // ---------------------------------------------------------------- functions

    private void functionDef(Stmt.FunctionDef x) {
        for (Expr d : x.decorators()) {
            expr(d);
        }
        u.b.line = x.line();
        makeFunction(x, x.name(), x.args(), x.line());
        functionAnnotations(x.args(), x.returns());
        for (int i = 0; i < x.decorators().size(); i++) {
            u.b.emit(Opcode.CALL, 1);
        }
        nameOp(x.name(), 1);
    }

    // ---------------------------------------------------------------- annotations

    /**
     * Sets {@code __annotations__} of the function on top of the stack: a dict of the parameter annotations in
     * CPython's order (regular, then positional-only, *args, keyword-only, **kwargs) and then 'return'.
     */
    private void functionAnnotations(Arguments a, Expr returns) {
        List<Arguments.Arg> ps = new ArrayList<>(a.args());
        ps.addAll(a.posonly());
        if (a.vararg() != null) {
            ps.add(a.vararg());
        }
        ps.addAll(a.kwonly());
        if (a.kwarg() != null) {
            ps.add(a.kwarg());
        }
        int n = 0;
        for (Arguments.Arg p : ps) {
            if (p.annotation() != null) {
                if (n++ == 0) {
                    u.b.emit(Opcode.COPY, 1);
                }
                loadConst(u.scope.mangle(p.name()));
                expr(p.annotation());
            }
        }
        if (returns != null) {
            if (n++ == 0) {
                u.b.emit(Opcode.COPY, 1);
            }
            loadConst("return");
            expr(returns);
        }
        if (n > 0) {
            u.b.emit(Opcode.BUILD_MAP, n);
            u.b.emit(Opcode.SWAP, 2);
            u.b.emit(Opcode.STORE_ATTR, u.b.addName("__annotations__"));
        }
    }

    /** As CPython's SETUP_ANNOTATIONS: a module or class body with an annotated assignment gets __annotations__. */
    private void setupAnnotations(List<Stmt> body) {
        if (hasAnnotation(body)) {
            u.b.emit(Opcode.LOAD_CONST, u.b.addUniqueConst(org.enginehost.python.runtime.Annotations.SETUP));
            u.b.emit(Opcode.CALL, 0);
            u.b.emit(Opcode.POP_TOP);
        }
    }

    private static boolean hasAnnotation(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found;
            if (s instanceof Stmt.AnnAssign x) {
                found = true;
            } else if (s instanceof Stmt.If x) {
                found = hasAnnotation(x.body()) || hasAnnotation(x.orelse());
            } else if (s instanceof Stmt.While x) {
                found = hasAnnotation(x.body()) || hasAnnotation(x.orelse());
            } else if (s instanceof Stmt.For x) {
                found = hasAnnotation(x.body()) || hasAnnotation(x.orelse());
            } else if (s instanceof Stmt.With x) {
                found = hasAnnotation(x.body());
            } else if (s instanceof Stmt.Try x) {
                found = hasAnnotation(x.body()) || hasAnnotation(x.orelse())
                        || hasAnnotation(x.finalbody())
                        || x.handlers().stream().anyMatch(h -> hasAnnotation(h.body()));
            } else if (s instanceof Stmt.Match x) {
                found = x.cases().stream().anyMatch(c -> hasAnnotation(c.body()));
            } else {
                found = false;
            }
            if (found) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code target: annotation [= value]}: binds the value; in a module or class body a simple name's annotation
     * is stored in {@code __annotations__}, other targets' parts and annotations are evaluated and dropped.
     * Function bodies evaluate no annotation.
     */
    private void annAssign(Stmt.AnnAssign x) {
        if (x.value() != null) {
            expr(x.value());
            store(x.target());
        }
        boolean evaluate = !u.scope.isFunction();
        if (x.target() instanceof Expr.Name n) {
            if (evaluate) {
                expr(x.annotation());
                u.b.emit(Opcode.LOAD_NAME, u.b.addName("__annotations__"));
                loadConst(u.scope.mangle(n.id()));
                u.b.emit(Opcode.STORE_SUBSCR);
            }
            return;
        }
        if (x.value() == null) {
            if (x.target() instanceof Expr.Attribute a) {
                expr(a.value());
                u.b.emit(Opcode.POP_TOP);
            } else if (x.target() instanceof Expr.Subscript sub) {
                expr(sub.value());
                u.b.emit(Opcode.POP_TOP);
                subscriptIndex(sub.slice());
                u.b.emit(Opcode.POP_TOP);
            }
        }
        if (evaluate) {
            expr(x.annotation());
            u.b.emit(Opcode.POP_TOP);
        }
    }

    /** The qualified name of a function or class defined in the current unit. */
    private String qualnameFor(String name) {
        if (u.scope.comprehension) {
            return u.qualname + "." + name;
        }
        if (u.scope.isFunction()) {
            return u.qualname + ".<locals>." + name;
        }
        return u.scope.kind == Scope.Kind.CLASS ? u.qualname + "." + name : name;
    }

    // ---------------------------------------------------------------- classes

    private void classDef(Stmt.ClassDef x) {
        for (Expr d : x.decorators()) {
            expr(d);
        }
        CodeBuilder b = u.b;
        b.line = x.line();
        b.emit(Opcode.LOAD_CONST, b.addUniqueConst(org.enginehost.python.runtime.ClassBuiltins.BUILD_CLASS));
        Scope cs = symbols.scopeOf(x);
        String qualname = qualnameFor(x.name());
        CodeObject code = compileClassBody(x, cs, qualname);
        int flags = 0;
        if (code.freevars.length > 0) {
            for (String fv : code.freevars) {
                b.emit(Opcode.LOAD_CLOSURE, u.cells.indexOf(fv));
            }
            b.emit(Opcode.BUILD_TUPLE, code.freevars.length);
            flags = 8;
        }
        b.line = x.line();
        b.emit(Opcode.LOAD_CONST, b.addUniqueConst(code));
        b.emit(Opcode.MAKE_FUNCTION, flags);
        loadConst(x.name());
        boolean starred = x.bases().stream().anyMatch(a -> a instanceof Expr.Starred)
                || x.keywords().stream().anyMatch(k -> k.arg() == null);
        if (starred) {
            b.emit(Opcode.BUILD_LIST, 2);
            for (Expr a : x.bases()) {
                if (a instanceof Expr.Starred st) {
                    expr(st.value());
                    b.emit(Opcode.LIST_EXTEND, 1);
                } else {
                    expr(a);
                    b.emit(Opcode.LIST_APPEND, 1);
                }
            }
            int cf = 0;
            if (!x.keywords().isEmpty()) {
                b.emit(Opcode.BUILD_MAP, 0);
                for (Expr.Keyword k : x.keywords()) {
                    if (k.arg() == null) {
                        expr(k.value());
                        b.emit(Opcode.DICT_MERGE, 1);
                    } else {
                        loadConst(k.arg());
                        expr(k.value());
                        b.emit(Opcode.MAP_ADD, 1);
                    }
                }
                cf = 1;
            }
            b.line = x.line();
            b.emit(Opcode.CALL_FUNCTION_EX, cf);
        } else {
            for (Expr a : x.bases()) {
                expr(a);
            }
            for (Expr.Keyword k : x.keywords()) {
                expr(k.value());
            }
            int n = 2 + x.bases().size() + x.keywords().size();
            b.line = x.line();
            if (x.keywords().isEmpty()) {
                b.emit(Opcode.CALL, n);
            } else {
                PyObject[] kwnames = new PyObject[x.keywords().size()];
                for (int i = 0; i < kwnames.length; i++) {
                    kwnames[i] = new PyStr(x.keywords().get(i).arg());
                }
                b.emit(Opcode.LOAD_CONST, b.addUniqueConst(PyTuple.of(kwnames)));
                b.emit(Opcode.CALL_KW, n);
            }
        }
        for (int i = 0; i < x.decorators().size(); i++) {
            b.emit(Opcode.CALL, 1);
        }
        nameOp(x.name(), 1);
    }

    private CodeObject compileClassBody(Stmt.ClassDef x, Scope cs, String qualname) {
        Unit saved = u;
        u = new Unit(cs, qualname);
        CodeBuilder b = u.b;
        b.line = x.line();
        b.emit(Opcode.LOAD_NAME, b.addName("__name__"));
        b.emit(Opcode.STORE_NAME, b.addName("__module__"));
        loadConst(qualname);
        b.emit(Opcode.STORE_NAME, b.addName("__qualname__"));
        List<Stmt> stmts = x.body();
        if (!stmts.isEmpty() && stmts.get(0) instanceof Stmt.ExprStmt es && es.value() instanceof Expr.Constant c
                && c.value() instanceof String) {
            b.line = es.line();
            loadConst(c.value());
            b.emit(Opcode.STORE_NAME, b.addName("__doc__"));
            stmts = stmts.subList(1, stmts.size());
        }
        setupAnnotations(stmts);
        body(stmts);
        {
            int cell = u.cells.indexOf("__class__");
            if (cell >= 0 && cs.cellvars().contains("__class__")) {
                b.emit(Opcode.LOAD_CLOSURE, cell);
                b.emit(Opcode.STORE_NAME, b.addName("__classcell__"));
            }
            loadConst(null);
            b.emit(Opcode.RETURN_VALUE);
        }
        CodeObject code = b.build(x.name(), qualname, filename, x.line(), cs, List.of(), 0, 0, 0, 0);
        u = saved;
        return code;
    }

    private void makeFunction(Object node, String name, Arguments args, int line) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            for (Expr d : args.defaults()) {
                expr(d);
            }
            u.b.emit(Opcode.BUILD_TUPLE, args.defaults().size());
            flags |= 1;
        }
        int nkw = 0;
        for (int i = 0; i < args.kwonly().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d != null) {
                loadConst(u.scope.mangle(args.kwonly().get(i).name()));
                expr(d);
                nkw++;
            }
        }
        if (nkw > 0) {
            u.b.emit(Opcode.BUILD_MAP, nkw);
            flags |= 2;
        }
        Scope fs = symbols.scopeOf(node);
        String qualname = qualnameFor(name);
        CodeObject code = compileFunctionBody(node, fs, name, qualname, args, line);
        if (code.freevars.length > 0) {
            for (String fv : code.freevars) {
                int i = u.cells.indexOf(fv);
                u.b.emit(Opcode.LOAD_CLOSURE, i);
            }
            u.b.emit(Opcode.BUILD_TUPLE, code.freevars.length);
            flags |= 8;
        }
        u.b.line = line;
        u.b.emit(Opcode.LOAD_CONST, u.b.addUniqueConst(code));
        u.b.emit(Opcode.MAKE_FUNCTION, flags);
    }

    private CodeObject compileFunctionBody(Object node, Scope fs, String name, String qualname, Arguments args,
                                           int line) {
        Unit saved = u;
        u = new Unit(fs, qualname);
        u.b.line = line;
        if (node instanceof Stmt.FunctionDef fd) {
            List<Stmt> stmts = fd.body();
            // as CPython: the first constant is the docstring, or None
            if (!stmts.isEmpty() && stmts.get(0) instanceof Stmt.ExprStmt es && es.value() instanceof Expr.Constant c
                    && c.value() instanceof String) {
                constant(c.value());
                stmts = stmts.subList(1, stmts.size());
            } else {
                constant(null);
            }
            body(stmts);
            if (u.b.reachable) {
                loadConst(null);
                u.b.emit(Opcode.RETURN_VALUE);
            }
        } else {
            Expr.Lambda lam = (Expr.Lambda) node;
            constant(null);
            expr(lam.body());
            u.b.emit(Opcode.RETURN_VALUE);
        }
        int flags = CodeObject.CO_OPTIMIZED | CodeObject.CO_NEWLOCALS;
        if (args.vararg() != null) {
            flags |= CodeObject.CO_VARARGS;
        }
        if (args.kwarg() != null) {
            flags |= CodeObject.CO_VARKEYWORDS;
        }
        if (fs.parent != null && fs.parent.isFunction()) {
            flags |= CodeObject.CO_NESTED;
        }
        if (fs.generator) {
            flags |= CodeObject.CO_GENERATOR;
        }
        if (fs.coroutine) {
            flags |= CodeObject.CO_COROUTINE;
        }
        int argcount = args.posonly().size() + args.args().size();
        CodeObject code = u.b.build(name, qualname, filename, line, fs, u.varnames, argcount, args.posonly().size(),
                args.kwonly().size(), flags);
        u = saved;
        return code;
    }

    // ---------------------------------------------------------------- expressions

    private void expr(Expr e) {
        int savedLine = u.b.line;
        u.b.line = e.line();
        exprInner(e);
        u.b.line = savedLine;
    }

    private void exprInner(Expr e) {
        CodeBuilder b = u.b;
        if (e instanceof Expr.Constant c) {
            loadConst(c.value());
        } else if (e instanceof Expr.Name n) {
            nameOp(n.id(), 0);
        } else if (e instanceof Expr.BinOp x) {
            expr(x.left());
            expr(x.right());
            b.line = x.line();
            b.emit(Opcode.BINARY_OP, x.op());
        } else if (e instanceof Expr.UnaryOp x) {
            unary(x);
        } else if (e instanceof Expr.BoolOp x) {
            CodeBuilder.Label end = new CodeBuilder.Label();
            List<Expr> values = x.values();
            for (int i = 0; i < values.size() - 1; i++) {
                expr(values.get(i));
                b.emitJump(x.isAnd() ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP, end);
            }
            expr(values.get(values.size() - 1));
            b.bind(end);
        } else if (e instanceof Expr.Compare x) {
            compare(x);
        } else if (e instanceof Expr.Call x) {
            call(x);
        } else if (e instanceof Expr.Attribute x) {
            expr(x.value());
            b.line = x.line();
            b.emit(Opcode.LOAD_ATTR, b.addName(u.scope.mangle(x.attr())));
        } else if (e instanceof Expr.Subscript x) {
            expr(x.value());
            subscriptIndex(x.slice());
            b.line = x.line();
            b.emit(Opcode.BINARY_SUBSCR);
        } else if (e instanceof Expr.Tuple x) {
            if (allConstant(x.elts())) {
                PyObject[] items = new PyObject[x.elts().size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = constValue(((Expr.Constant) x.elts().get(i)).value());
                }
                b.emit(Opcode.LOAD_CONST, b.addUniqueConst(PyTuple.of(items)));
                return;
            }
            if (hasStarred(x.elts())) {
                starredDisplay(x.elts(), Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND);
                b.emit(Opcode.LIST_TO_TUPLE);
                return;
            }
            elements(x.elts());
            b.emit(Opcode.BUILD_TUPLE, x.elts().size());
        } else if (e instanceof Expr.ListExpr x) {
            if (hasStarred(x.elts())) {
                starredDisplay(x.elts(), Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND);
                return;
            }
            elements(x.elts());
            b.emit(Opcode.BUILD_LIST, x.elts().size());
        } else if (e instanceof Expr.SetExpr x) {
            if (hasStarred(x.elts())) {
                starredDisplay(x.elts(), Opcode.BUILD_SET, Opcode.SET_ADD, Opcode.SET_UPDATE);
                return;
            }
            elements(x.elts());
            b.emit(Opcode.BUILD_SET, x.elts().size());
        } else if (e instanceof Expr.DictExpr x) {
            if (x.keys().contains(null)) {
                b.emit(Opcode.BUILD_MAP, 0);
                for (int i = 0; i < x.keys().size(); i++) {
                    if (x.keys().get(i) == null) {
                        expr(x.values().get(i));
                        b.emit(Opcode.DICT_UPDATE, 1);
                    } else {
                        expr(x.keys().get(i));
                        expr(x.values().get(i));
                        b.emit(Opcode.MAP_ADD, 1);
                    }
                }
                return;
            }
            for (int i = 0; i < x.keys().size(); i++) {
                expr(x.keys().get(i));
                expr(x.values().get(i));
            }
            b.emit(Opcode.BUILD_MAP, x.keys().size());
        } else if (e instanceof Expr.IfExp x) {
            CodeBuilder.Label orelse = new CodeBuilder.Label();
            CodeBuilder.Label end = new CodeBuilder.Label();
            expr(x.test());
            b.emitJump(Opcode.POP_JUMP_IF_FALSE, orelse);
            expr(x.body());
            b.emitJump(Opcode.JUMP, end);
            b.bind(orelse);
            expr(x.orelse());
            b.bind(end);
        } else if (e instanceof Expr.Lambda x) {
            makeFunction(x, "<lambda>", x.args(), x.line());
        } else if (e instanceof Expr.JoinedStr x) {
            for (Expr part : x.values()) {
                expr(part);
            }
            if (x.values().size() != 1 || !(x.values().get(0) instanceof Expr.FormattedValue)) {
                b.emit(Opcode.BUILD_STRING, x.values().size());
            }
        } else if (e instanceof Expr.FormattedValue x) {
            expr(x.value());
            int conv = x.conversion() == 's' ? 1 : x.conversion() == 'r' ? 2 : x.conversion() == 'a' ? 3 : 0;
            if (x.formatSpec() != null) {
                expr(x.formatSpec());
                conv |= 4;
            }
            b.emit(Opcode.FORMAT_VALUE, conv);
        } else if (e instanceof Expr.Yield x) {
            if (x.value() != null) {
                expr(x.value());
            } else {
                loadConst(null);
            }
            b.line = x.line();
            b.emit(Opcode.YIELD_VALUE, 0);
        } else if (e instanceof Expr.YieldFrom x) {
            expr(x.value());
            b.line = x.line();
            b.emit(Opcode.GET_YIELD_FROM_ITER);
            delegateLoop();
        } else if (e instanceof Expr.Await x) {
            expr(x.value());
            b.line = x.line();
            b.emit(Opcode.GET_AWAITABLE);
            delegateLoop();
        } else if (e instanceof Expr.NamedExpr x) {
            expr(x.value());
            b.emit(Opcode.COPY, 1);
            nameOp(((Expr.Name) x.target()).id(), 1);
        } else if (e instanceof Expr.ListComp x) {
            comprehension(x, "<listcomp>", x.generators(), x.elt(), null, 0);
        } else if (e instanceof Expr.SetComp x) {
            comprehension(x, "<setcomp>", x.generators(), x.elt(), null, 1);
        } else if (e instanceof Expr.DictComp x) {
            comprehension(x, "<dictcomp>", x.generators(), x.key(), x.value(), 2);
        } else if (e instanceof Expr.GeneratorExp x) {
            comprehension(x, "<genexpr>", x.generators(), x.elt(), null, 3);
        } else if (e instanceof Expr.Starred x) {
            throw error("can't use starred expression here", x.line(), x.col());
        } else if (e instanceof Expr.Slice x) {
            throw error("invalid syntax", x.line(), x.col());
        } else {
            throw error("unsupported expression", e.line(), e.col());
        }
    }

    private void elements(List<Expr> elts) {
        for (Expr x : elts) {
            if (x instanceof Expr.Starred s) {
                throw error("starred expressions in displays are not supported yet", s.line(), s.col());
            }
            expr(x);
        }
    }

    private static boolean hasStarred(List<Expr> elts) {
        for (Expr x : elts) {
            if (x instanceof Expr.Starred) {
                return true;
            }
        }
        return false;
    }

    /** A display with {@code *x} items: an empty container, then one add or extend per item. */
    private void starredDisplay(List<Expr> elts, int build, int add, int extend) {
        u.b.emit(build, 0);
        for (Expr x : elts) {
            if (x instanceof Expr.Starred st) {
                expr(st.value());
                u.b.emit(extend, 1);
            } else {
                expr(x);
                u.b.emit(add, 1);
            }
        }
    }

    /** The loop of yield-from and await: receiver on the stack; leaves the receiver's return value. */
    private void delegateLoop() {
        CodeBuilder b = u.b;
        CodeBuilder.Label loop = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        loadConst(null);
        b.bind(loop);
        b.emitJump(Opcode.SEND, end);
        b.emit(Opcode.YIELD_VALUE, 1);
        b.emitJump(Opcode.JUMP, loop);
        b.bind(end);
    }

    /**
     * A comprehension as a nested function called at once with the iterator of the first clause;
     * kind: 0 list, 1 set, 2 dict, 3 generator expression.
     */
    private void comprehension(Expr node, String name, List<Expr.Comprehension> gens, Expr elt, Expr value,
                               int kind) {
        Scope cs = symbols.scopeOf(node);
        String qualname = u.scope.comprehension ? u.qualname + "." + name
                : u.scope.isFunction() ? u.qualname + ".<locals>." + name : name;
        int line = node.line();
        Unit saved = u;
        u = new Unit(cs, qualname);
        u.b.line = line;
        if (kind == 0) {
            u.b.emit(Opcode.BUILD_LIST, 0);
        } else if (kind == 1) {
            u.b.emit(Opcode.BUILD_SET, 0);
        } else if (kind == 2) {
            u.b.emit(Opcode.BUILD_MAP, 0);
        }
        comprehensionClause(gens, 0, elt, value, kind);
        if (kind == 3) {
            loadConst(null);
        }
        u.b.emit(Opcode.RETURN_VALUE);
        int flags = CodeObject.CO_OPTIMIZED | CodeObject.CO_NEWLOCALS;
        if (cs.parent != null && cs.parent.isFunction()) {
            flags |= CodeObject.CO_NESTED;
        }
        if (kind == 3) {
            flags |= CodeObject.CO_GENERATOR;
        }
        CodeObject code = u.b.build(name, qualname, filename, line, cs, u.varnames, 1, 0, 0, flags);
        u = saved;
        int mflags = 0;
        if (code.freevars.length > 0) {
            for (String fv : code.freevars) {
                u.b.emit(Opcode.LOAD_CLOSURE, u.cells.indexOf(fv));
            }
            u.b.emit(Opcode.BUILD_TUPLE, code.freevars.length);
            mflags |= 8;
        }
        u.b.line = line;
        u.b.emit(Opcode.LOAD_CONST, u.b.addUniqueConst(code));
        u.b.emit(Opcode.MAKE_FUNCTION, mflags);
        expr(gens.get(0).iter());
        u.b.line = line;
        u.b.emit(Opcode.GET_ITER);
        u.b.emit(Opcode.CALL, 1);
    }

    private void comprehensionClause(List<Expr.Comprehension> gens, int i, Expr elt, Expr value, int kind) {
        CodeBuilder b = u.b;
        Expr.Comprehension g = gens.get(i);
        if (i == 0) {
            b.emit(Opcode.LOAD_FAST, 0);
        } else {
            expr(g.iter());
            b.emit(Opcode.GET_ITER);
        }
        CodeBuilder.Label top = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        b.bind(top);
        b.emitJump(Opcode.FOR_ITER, end);
        store(g.target());
        for (Expr cond : g.ifs()) {
            expr(cond);
            b.emitJump(Opcode.POP_JUMP_IF_FALSE, top);
        }
        if (i + 1 < gens.size()) {
            comprehensionClause(gens, i + 1, elt, value, kind);
        } else {
            int depth = gens.size() + 1;
            switch (kind) {
                case 0:
                    expr(elt);
                    b.emit(Opcode.LIST_APPEND, depth);
                    break;
                case 1:
                    expr(elt);
                    b.emit(Opcode.SET_ADD, depth);
                    break;
                case 2:
                    expr(elt);
                    expr(value);
                    b.emit(Opcode.MAP_ADD, depth);
                    break;
                default:
                    expr(elt);
                    b.emit(Opcode.YIELD_VALUE, 0);
                    b.emit(Opcode.POP_TOP);
                    break;
            }
        }
        b.emitJump(Opcode.JUMP, top);
        b.bind(end);
    }

    private static boolean allConstant(List<Expr> elts) {
        if (elts.isEmpty()) {
            return true;
        }
        for (Expr x : elts) {
            if (!(x instanceof Expr.Constant)) {
                return false;
            }
        }
        return true;
    }

    private static PyObject constValue(Object v) {
        if (v == null) {
            return PyNone.NONE;
        }
        if (v instanceof Long) {
            return PyInt.of((Long) v);
        }
        if (v instanceof BigInteger) {
            return PyInt.of((BigInteger) v);
        }
        if (v instanceof Double) {
            return new PyFloat((Double) v);
        }
        if (v instanceof String) {
            return new PyStr((String) v);
        }
        if (v instanceof Boolean) {
            return PyBool.of((Boolean) v);
        }
        if (v instanceof byte[]) {
            return new org.enginehost.python.runtime.PyBytes((byte[]) v);
        }
        if (v instanceof org.enginehost.python.ast.Imaginary) {
            return new org.enginehost.python.runtime.PyComplex(0.0, ((org.enginehost.python.ast.Imaginary) v).imag());
        }
        return PyEllipsis.ELLIPSIS;
    }

    private void unary(Expr.UnaryOp x) {
        if (x.op() == UnaryOperator.NEG && x.operand() instanceof Expr.Constant c) {
            Object v = c.value();
            if (v instanceof Long && (Long) v != Long.MIN_VALUE) {
                loadConst(-(Long) v);
                return;
            }
            if (v instanceof BigInteger) {
                BigInteger n = ((BigInteger) v).negate();
                loadConst(n.bitLength() < 64 ? (Object) n.longValue() : n);
                return;
            }
            if (v instanceof Double) {
                loadConst(-(Double) v);
                return;
            }
        }
        expr(x.operand());
        u.b.line = x.line();
        switch (x.op()) {
            case NEG: u.b.emit(Opcode.UNARY_NEGATIVE); break;
            case POS: u.b.emit(Opcode.UNARY_POSITIVE); break;
            case NOT: u.b.emit(Opcode.UNARY_NOT); break;
            default: u.b.emit(Opcode.UNARY_INVERT); break;
        }
    }

    private void compareOp(CmpOp op) {
        switch (op) {
            case IS: u.b.emit(Opcode.IS_OP, 0); break;
            case IS_NOT: u.b.emit(Opcode.IS_OP, 1); break;
            case IN: u.b.emit(Opcode.CONTAINS_OP, 0); break;
            case NOT_IN: u.b.emit(Opcode.CONTAINS_OP, 1); break;
            default: u.b.emit(Opcode.COMPARE_OP, op.ordinal()); break;
        }
    }

    private void compare(Expr.Compare x) {
        CodeBuilder b = u.b;
        expr(x.left());
        int n = x.ops().size();
        if (n == 1) {
            expr(x.comparators().get(0));
            b.line = x.line();
            compareOp(x.ops().get(0));
            return;
        }
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        for (int i = 0; i < n - 1; i++) {
            expr(x.comparators().get(i));
            b.emit(Opcode.SWAP, 2);
            b.emit(Opcode.COPY, 2);
            b.line = x.line();
            compareOp(x.ops().get(i));
            b.emitJump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        expr(x.comparators().get(n - 1));
        b.line = x.line();
        compareOp(x.ops().get(n - 1));
        b.emitJump(Opcode.JUMP, end);
        b.bind(cleanup);
        b.emit(Opcode.SWAP, 2);
        b.emit(Opcode.POP_TOP);
        b.bind(end);
    }

    private void subscriptIndex(Expr index) {
        if (index instanceof Expr.Slice s) {
            if (s.lower() != null) {
                expr(s.lower());
            } else {
                loadConst(null);
            }
            if (s.upper() != null) {
                expr(s.upper());
            } else {
                loadConst(null);
            }
            if (s.step() != null) {
                expr(s.step());
                u.b.emit(Opcode.BUILD_SLICE, 3);
            } else {
                u.b.emit(Opcode.BUILD_SLICE, 2);
            }
        } else if (index instanceof Expr.Tuple t && t.elts().stream().anyMatch(el -> el instanceof Expr.Slice)) {
            // m[1:2, ::3]: a tuple whose items may be slices (numpy-style indexing)
            for (Expr el : t.elts()) {
                subscriptIndex(el);
            }
            u.b.emit(Opcode.BUILD_TUPLE, t.elts().size());
        } else {
            expr(index);
        }
    }

    private void call(Expr.Call x) {
        CodeBuilder b = u.b;
        if (x.func() instanceof Expr.Name fn && fn.id().equals("super") && x.args().isEmpty()
                && x.keywords().isEmpty() && u.scope.isFunction() && !u.scope.params.isEmpty()
                && u.cells.contains("__class__") && u.scope.accessOf("super") == Scope.Access.GLOBAL_IMPLICIT) {
            // zero-argument super(): super(__class__, <first argument>)
            expr(x.func());
            nameOp("__class__", 0);
            nameOp(u.scope.params.get(0), 0);
            b.line = x.line();
            b.emit(Opcode.CALL, 2);
            return;
        }
        expr(x.func());
        boolean starred = x.args().stream().anyMatch(a -> a instanceof Expr.Starred)
                || x.keywords().stream().anyMatch(k -> k.arg() == null);
        if (starred) {
            // positional arguments into one list, keywords into one dict: CALL_FUNCTION_EX
            b.emit(Opcode.BUILD_LIST, 0);
            for (Expr a : x.args()) {
                if (a instanceof Expr.Starred s) {
                    expr(s.value());
                    b.emit(Opcode.LIST_EXTEND, 1 | 0x100);
                } else {
                    expr(a);
                    b.emit(Opcode.LIST_APPEND, 1);
                }
            }
            int flags = 0;
            if (!x.keywords().isEmpty()) {
                b.emit(Opcode.BUILD_MAP, 0);
                for (Expr.Keyword k : x.keywords()) {
                    if (k.arg() == null) {
                        expr(k.value());
                        b.emit(Opcode.DICT_MERGE, 1);
                    } else {
                        // merged like **{name: value} so that a repeated keyword is an error
                        loadConst(k.arg());
                        expr(k.value());
                        b.emit(Opcode.BUILD_MAP, 1);
                        b.emit(Opcode.DICT_MERGE, 1);
                    }
                }
                flags = 1;
            }
            b.line = x.line();
            b.emit(Opcode.CALL_FUNCTION_EX, flags);
            return;
        }
        for (Expr a : x.args()) {
            expr(a);
        }
        for (Expr.Keyword k : x.keywords()) {
            expr(k.value());
        }
        int n = x.args().size() + x.keywords().size();
        b.line = x.line();
        if (x.keywords().isEmpty()) {
            b.emit(Opcode.CALL, n);
        } else {
            PyObject[] kwnames = new PyObject[x.keywords().size()];
            for (int i = 0; i < kwnames.length; i++) {
                kwnames[i] = new PyStr(x.keywords().get(i).arg());
            }
            b.emit(Opcode.LOAD_CONST, b.addUniqueConst(PyTuple.of(kwnames)));
            b.emit(Opcode.CALL_KW, n);
        }
    }
}
