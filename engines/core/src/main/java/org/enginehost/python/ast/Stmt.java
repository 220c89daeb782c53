package org.enginehost.python.ast;

import java.util.List;

/** Statement nodes. Every node carries its 1-based line and 0-based column. */
public sealed interface Stmt {
    int line();

    int col();

    record ExprStmt(Expr value, int line, int col) implements Stmt {
    }

    /** {@code t1 = t2 = value}. */
    record Assign(List<Expr> targets, Expr value, int line, int col) implements Stmt {
    }

    /** {@code target op= value}; op is a {@code runtime.BinOp} code (not the in-place one). */
    record AugAssign(Expr target, int op, Expr value, int line, int col) implements Stmt {
    }

    /** {@code target: annotation [= value]}. */
    record AnnAssign(Expr target, Expr annotation, Expr value, int line, int col) implements Stmt {
    }

    record If(Expr test, List<Stmt> body, List<Stmt> orelse, int line, int col) implements Stmt {
    }

    record While(Expr test, List<Stmt> body, List<Stmt> orelse, int line, int col) implements Stmt {
    }

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, int line, int col) implements Stmt {
    }

    record Break(int line, int col) implements Stmt {
    }

    record Continue(int line, int col) implements Stmt {
    }

    record Pass(int line, int col) implements Stmt {
    }

    record Return(Expr value, int line, int col) implements Stmt {
    }

    /** {@code returns} is the return annotation or null. */
    record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decorators, int line, int col,
                       boolean isAsync, Expr returns) implements Stmt {
        public FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decorators, int line, int col) {
            this(name, args, body, decorators, line, col, false, null);
        }
    }

    /** {@code class name(bases, keywords): body}; keywords may include metaclass. */
    record ClassDef(String name, List<Expr> bases, List<Expr.Keyword> keywords, List<Stmt> body,
                    List<Expr> decorators, int line, int col) implements Stmt {
    }

    record Global(List<String> names, int line, int col) implements Stmt {
    }

    record Nonlocal(List<String> names, int line, int col) implements Stmt {
    }

    record Raise(Expr exc, Expr cause, int line, int col) implements Stmt {
    }

    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, int line,
               int col) implements Stmt {
    }

    /** {@code except type as name:}; type and name may be null. */
    record ExceptHandler(Expr type, String name, List<Stmt> body, int line, int col) {
    }

    record Assert(Expr test, Expr msg, int line, int col) implements Stmt {
    }

    record Import(List<Alias> names, int line, int col) implements Stmt {
    }

    record ImportFrom(String module, List<Alias> names, int level, int line, int col) implements Stmt {
    }

    /** {@code name as asname}; asname may be null. */
    record Alias(String name, String asname) {
    }

    record Delete(List<Expr> targets, int line, int col) implements Stmt {
    }
    /** {@code with a as x, b:}; each item's target may be null. */
    record With(List<WithItem> items, List<Stmt> body, int line, int col) implements Stmt {
    }

    record WithItem(Expr context, Expr target) {
    }

    /** {@code match subject:} with its cases. */
    record Match(Expr subject, List<MatchCase> cases, int line, int col) implements Stmt {
    }

    /** {@code case pattern if guard:}; guard may be null. */
    record MatchCase(Pattern pattern, Expr guard, List<Stmt> body, int line, int col) {
    }
}
