package org.enginehost.python.parser;

import java.util.ArrayList;
import java.util.List;
import org.enginehost.python.ast.CmpOp;
import org.enginehost.python.ast.Expr;
import org.enginehost.python.ast.Stmt;
import org.enginehost.python.runtime.ExceptionGroups;

/**
 * {@code try ... except* T as e: ...} (PEP 654), rewritten into an ordinary try statement whose
 * single handler takes the exception apart with {@link ExceptionGroups}'s helpers:
 *
 * <pre>
 * try: BODY
 * except BaseException as $eg:
 *     $rest = $eg; $raised = []
 *     $m, $rest = $except_star_split($rest, T)        # per clause
 *     if $m is not None:
 *         try: $except_star_enter($m); e = $m; CLAUSE  # a bare raise re-raises $m
 *         except BaseException as $x: $raised.append($x)
 *         e = None; del e
 *     $r = $except_star_result($eg, $raised, $rest)
 *     del $rest, $raised, $m
 *     if $r is not None: $except_star_enter($r); del $r; raise   # keeps the traceback as is
 *     del $r
 * else: ... finally: ...
 * </pre>
 * The hidden names start with {@code $}, which Python source cannot spell; a counter keeps nested
 * statements apart.
 */
final class ExceptStar {
    private ExceptStar() {
    }

    /** One {@code except*} clause as parsed. */
    record Clause(Expr type, String name, List<Stmt> body, int line, int col) {
    }

    static Stmt.Try rewrite(int id, List<Stmt> body, List<Clause> clauses, List<Stmt> orelse, List<Stmt> finalbody,
            int line, int col) {
        String eg = "$eg" + id;
        String rest = "$rest" + id;
        String raised = "$raised" + id;
        String m = "$m" + id;
        String x = "$x" + id;
        String r = "$r" + id;
        B b = new B(line, col);
        List<Stmt> handler = new ArrayList<>();
        handler.add(b.assign(b.name(rest), b.name(eg)));
        handler.add(b.assign(b.name(raised), new Expr.ListExpr(List.of(), line, col)));
        for (Clause c : clauses) {
            B cb = new B(c.line(), c.col());
            handler.add(cb.assign(new Expr.Tuple(List.of(cb.name(m), cb.name(rest)), c.line(), c.col()),
                    cb.call(ExceptionGroups.SPLIT, cb.name(rest), c.type())));
            List<Stmt> run = new ArrayList<>();
            run.add(cb.expr(cb.call(ExceptionGroups.ENTER, cb.name(m))));
            if (c.name() != null) {
                run.add(cb.assign(cb.name(c.name()), cb.name(m)));
            }
            run.addAll(c.body());
            List<Stmt> collect = List.of(cb.expr(new Expr.Call(new Expr.Attribute(cb.name(raised), "append", c.line(),
                    c.col()), List.of(cb.name(x)), List.of(), c.line(), c.col())));
            List<Stmt> then = new ArrayList<>();
            then.add(new Stmt.Try(run, List.of(new Stmt.ExceptHandler(cb.name("BaseException"), x, collect, c.line(),
                    c.col())), List.of(), List.of(), c.line(), c.col()));
            if (c.name() != null) {
                then.add(cb.assign(cb.name(c.name()), new Expr.Constant(null, c.line(), c.col())));
                then.add(new Stmt.Delete(List.of(cb.name(c.name())), c.line(), c.col()));
            }
            handler.add(new Stmt.If(cb.isNotNone(cb.name(m)), then, List.of(), c.line(), c.col()));
        }
        handler.add(b.assign(b.name(r), b.call(ExceptionGroups.RESULT, b.name(eg), b.name(raised), b.name(rest))));
        handler.add(new Stmt.Delete(List.of(b.name(rest), b.name(raised), b.name(m)), line, col));
        List<Stmt> reraise = List.of(b.expr(b.call(ExceptionGroups.ENTER, b.name(r))),
                new Stmt.Delete(List.of(b.name(r)), line, col), new Stmt.Raise(null, null, line, col));
        handler.add(new Stmt.If(b.isNotNone(b.name(r)), reraise, List.of(new Stmt.Delete(List.of(b.name(r)), line, col)),
                line, col));
        Stmt.ExceptHandler all = new Stmt.ExceptHandler(b.name("BaseException"), eg, handler, line, col);
        return new Stmt.Try(body, List.of(all), orelse, finalbody, line, col);
    }

    /** Where a clause may not leave by break, continue or return (PEP 654): the offending statement, or null. */
    static Stmt forbiddenExit(List<Stmt> body, boolean inLoop) {
        for (Stmt s : body) {
            Stmt bad = exitIn(s, inLoop);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    private static Stmt exitIn(Stmt s, boolean inLoop) {
        if (s instanceof Stmt.Return) {
            return s;
        }
        if (s instanceof Stmt.Break || s instanceof Stmt.Continue) {
            return inLoop ? null : s;
        }
        if (s instanceof Stmt.If i) {
            return first(forbiddenExit(i.body(), inLoop), forbiddenExit(i.orelse(), inLoop));
        }
        if (s instanceof Stmt.While w) {
            return first(forbiddenExit(w.body(), true), forbiddenExit(w.orelse(), inLoop));
        }
        if (s instanceof Stmt.For f) {
            return first(forbiddenExit(f.body(), true), forbiddenExit(f.orelse(), inLoop));
        }
        if (s instanceof Stmt.With w) {
            return forbiddenExit(w.body(), inLoop);
        }
        if (s instanceof Stmt.Try t) {
            Stmt found = first(forbiddenExit(t.body(), inLoop), forbiddenExit(t.orelse(), inLoop));
            found = first(found, forbiddenExit(t.finalbody(), inLoop));
            for (Stmt.ExceptHandler h : t.handlers()) {
                found = first(found, forbiddenExit(h.body(), inLoop));
            }
            return found;
        }
        return null;
    }

    private static Stmt first(Stmt a, Stmt b) {
        return a != null ? a : b;
    }

    /** Builds nodes at one source position. */
    private record B(int line, int col) {
        Expr.Name name(String id) {
            return new Expr.Name(id, line, col);
        }

        Expr call(String function, Expr... args) {
            return new Expr.Call(name(function), List.of(args), List.of(), line, col);
        }

        Stmt assign(Expr target, Expr value) {
            return new Stmt.Assign(List.of(target), value, line, col);
        }

        Stmt expr(Expr e) {
            return new Stmt.ExprStmt(e, line, col);
        }

        Expr isNotNone(Expr e) {
            return new Expr.Compare(e, List.of(CmpOp.IS_NOT), List.of(new Expr.Constant(null, line, col)), line, col);
        }
    }
}
