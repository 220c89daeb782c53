package org.enginehost.python.compiler;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enginehost.python.ast.Arguments;
import org.enginehost.python.ast.Expr;
import org.enginehost.python.ast.Module;
import org.enginehost.python.ast.Pattern;
import org.enginehost.python.ast.Stmt;
import org.enginehost.python.lexer.Tokenizer;
import org.enginehost.python.parser.SyntaxErrorException;

/**
 * Scope analysis: which names are local, global, free (closed over) or cells, in two passes as
 * in CPython's symtable.c: collect definitions and uses per scope, then resolve top-down with
 * the set of names bound in enclosing function scopes.
 */
public final class SymbolTable {
    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private final String filename;
    private final String source;
    public final Scope module;
    private Scope current;

    private SymbolTable(String filename, String source) {
        this.filename = filename;
        this.source = source;
        this.module = new Scope(Scope.Kind.MODULE, "<module>", null);
        this.current = module;
    }

    public static SymbolTable build(Module m, String filename, String source) {
        SymbolTable st = new SymbolTable(filename, source);
        st.visitBody(m.body());
        st.resolve(st.module, new HashSet<>());
        return st;
    }

    public static SymbolTable buildForExpression(Expr e, String filename, String source) {
        SymbolTable st = new SymbolTable(filename, source);
        st.visit(e);
        st.resolve(st.module, new HashSet<>());
        return st;
    }

    /** The scope created for a FunctionDef or Lambda node. */
    public Scope scopeOf(Object node) {
        return scopes.get(node);
    }

    private SyntaxErrorException error(String msg, int line, int col) {
        return new SyntaxErrorException("SyntaxError", msg, filename, line, col + 1, Tokenizer.lineText(source, line));
    }

    // ---------------------------------------------------------------- pass 1: collect

    private void visitBody(List<Stmt> body) {
        for (Stmt s : body) {
            visit(s);
        }
    }

    private void bind(String raw, int line, int col) {
        String name = current.mangle(raw);
        int f = current.flagsOf(name);
        if ((f & Scope.DEF_GLOBAL) == 0 && (f & Scope.DEF_NONLOCAL) == 0) {
            current.add(name, Scope.DEF_LOCAL);
        }
    }

    private void use(String raw) {
        String name = current.mangle(raw);
        current.add(name, Scope.USE);
        if ((name.equals("super") || name.equals("__class__")) && current.kind == Scope.Kind.FUNCTION) {
            for (Scope p = current.parent; p != null; p = p.parent) {
                if (p.kind == Scope.Kind.CLASS) {
                    current.add("__class__", Scope.USE);
                    break;
                }
            }
        }
    }

    private void visit(Stmt s) {
        if (s instanceof Stmt.ExprStmt x) {
            visit(x.value());
        } else if (s instanceof Stmt.Assign x) {
            visit(x.value());
            for (Expr t : x.targets()) {
                visitTarget(t);
            }
        } else if (s instanceof Stmt.AugAssign x) {
            visit(x.value());
            if (x.target() instanceof Expr.Name n) {
                use(n.id());
            }
            visitTarget(x.target());
        } else if (s instanceof Stmt.AnnAssign x) {
            if (x.value() != null) {
                visit(x.value());
            }
            if (!current.isFunction()) {
                visit(x.annotation()); // CPython does not evaluate annotations of function locals
            }
            visitTarget(x.target());
        } else if (s instanceof Stmt.If x) {
            visit(x.test());
            visitBody(x.body());
            visitBody(x.orelse());
        } else if (s instanceof Stmt.While x) {
            visit(x.test());
            visitBody(x.body());
            visitBody(x.orelse());
        } else if (s instanceof Stmt.For x) {
            visit(x.iter());
            visitTarget(x.target());
            visitBody(x.body());
            visitBody(x.orelse());
        } else if (s instanceof Stmt.Return x) {
            if (x.value() != null) {
                visit(x.value());
            }
        } else if (s instanceof Stmt.FunctionDef x) {
            for (Expr d : x.decorators()) {
                visit(d);
            }
            visitDefaults(x.args());
            visitAnnotations(x.args(), x.returns());
            bind(x.name(), x.line(), x.col());
            Scope fs = new Scope(Scope.Kind.FUNCTION, x.name(), current);
            fs.coroutine = x.isAsync();
            scopes.put(x, fs);
            Scope saved = current;
            current = fs;
            declareParams(x.args());
            visitBody(x.body());
            current = saved;
        } else if (s instanceof Stmt.ClassDef x) {
            for (Expr d : x.decorators()) {
                visit(d);
            }
            for (Expr b : x.bases()) {
                visit(b);
            }
            for (Expr.Keyword k : x.keywords()) {
                visit(k.value());
            }
            bind(x.name(), x.line(), x.col());
            Scope cs = new Scope(Scope.Kind.CLASS, x.name(), current);
            scopes.put(x, cs);
            Scope saved = current;
            current = cs;
            visitBody(x.body());
            current = saved;
        } else if (s instanceof Stmt.Global x) {
            for (String raw : x.names()) {
                String n = current.mangle(raw);
                int f = current.flagsOf(n);
                if ((f & Scope.DEF_PARAM) != 0) {
                    throw error("name '" + n + "' is parameter and global", x.line(), x.col());
                }
                if ((f & (Scope.USE | Scope.DEF_LOCAL)) != 0) {
                    String how = (f & Scope.DEF_LOCAL) != 0 ? "assigned to before" : "used prior to";
                    throw error("name '" + n + "' is " + how + " global declaration", x.line(), x.col());
                }
                current.add(n, Scope.DEF_GLOBAL);
            }
        } else if (s instanceof Stmt.Nonlocal x) {
            if (current.kind == Scope.Kind.MODULE) {
                throw error("nonlocal declaration not allowed at module level", x.line(), x.col());
            }
            for (String raw : x.names()) {
                String n = current.mangle(raw);
                int f = current.flagsOf(n);
                if ((f & Scope.DEF_PARAM) != 0) {
                    throw error("name '" + n + "' is parameter and nonlocal", x.line(), x.col());
                }
                if ((f & (Scope.USE | Scope.DEF_LOCAL)) != 0) {
                    String how = (f & Scope.DEF_LOCAL) != 0 ? "assigned to before" : "used prior to";
                    throw error("name '" + n + "' is " + how + " nonlocal declaration", x.line(), x.col());
                }
                if ((f & Scope.DEF_GLOBAL) != 0) {
                    throw error("name '" + n + "' is nonlocal and global", x.line(), x.col());
                }
                current.add(n, Scope.DEF_NONLOCAL);
            }
        } else if (s instanceof Stmt.Raise x) {
            if (x.exc() != null) {
                visit(x.exc());
            }
            if (x.cause() != null) {
                visit(x.cause());
            }
        } else if (s instanceof Stmt.Try x) {
            visitBody(x.body());
            for (Stmt.ExceptHandler h : x.handlers()) {
                if (h.type() != null) {
                    visit(h.type());
                }
                if (h.name() != null) {
                    bind(h.name(), h.line(), h.col());
                }
                visitBody(h.body());
            }
            visitBody(x.orelse());
            visitBody(x.finalbody());
        } else if (s instanceof Stmt.Assert x) {
            visit(x.test());
            if (x.msg() != null) {
                visit(x.msg());
            }
        } else if (s instanceof Stmt.Import x) {
            for (Stmt.Alias a : x.names()) {
                String n = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
                bind(n, x.line(), x.col());
            }
        } else if (s instanceof Stmt.ImportFrom x) {
            for (Stmt.Alias a : x.names()) {
                if (!a.name().equals("*")) {
                    bind(a.asname() != null ? a.asname() : a.name(), x.line(), x.col());
                }
            }
        } else if (s instanceof Stmt.Delete x) {
            for (Expr t : x.targets()) {
                visitTarget(t);
            }
        } else if (s instanceof Stmt.With x) {
            for (Stmt.WithItem it : x.items()) {
                visit(it.context());
                if (it.target() != null) {
                    visitTarget(it.target());
                }
            }
            visitBody(x.body());
        } else if (s instanceof Stmt.Match x) {
            visit(x.subject());
            for (Stmt.MatchCase c : x.cases()) {
                visitPattern(c.pattern());
                if (c.guard() != null) {
                    visit(c.guard());
                }
                visitBody(c.body());
            }
        }
    }

    private void visitPattern(Pattern p) {
        if (p instanceof Pattern.MatchValue v) {
            visit(v.value());
        } else if (p instanceof Pattern.MatchSequence q) {
            q.patterns().forEach(this::visitPattern);
        } else if (p instanceof Pattern.MatchStar q) {
            if (q.name() != null) {
                bind(q.name(), q.line(), q.col());
            }
        } else if (p instanceof Pattern.MatchMapping m) {
            m.keys().forEach(this::visit);
            m.patterns().forEach(this::visitPattern);
            if (m.rest() != null) {
                bind(m.rest(), m.line(), m.col());
            }
        } else if (p instanceof Pattern.MatchClass c) {
            visit(c.cls());
            c.patterns().forEach(this::visitPattern);
            c.kwdPatterns().forEach(this::visitPattern);
        } else if (p instanceof Pattern.MatchAs a) {
            if (a.pattern() != null) {
                visitPattern(a.pattern());
            }
            if (a.name() != null) {
                bind(a.name(), a.line(), a.col());
            }
        } else if (p instanceof Pattern.MatchOr o) {
            o.patterns().forEach(this::visitPattern);
        }
    }

    /** Parameter and return annotations, evaluated in the scope enclosing the def. */
    private void visitAnnotations(Arguments a, Expr returns) {
        for (List<Arguments.Arg> ps : List.of(a.posonly(), a.args(), a.kwonly())) {
            for (Arguments.Arg p : ps) {
                if (p.annotation() != null) {
                    visit(p.annotation());
                }
            }
        }
        for (Arguments.Arg p : new Arguments.Arg[] {a.vararg(), a.kwarg()}) {
            if (p != null && p.annotation() != null) {
                visit(p.annotation());
            }
        }
        if (returns != null) {
            visit(returns);
        }
    }

    private void visitDefaults(Arguments a) {
        for (Expr d : a.defaults()) {
            visit(d);
        }
        for (Expr d : a.kwDefaults()) {
            if (d != null) {
                visit(d);
            }
        }
    }

    private void declareParams(Arguments a) {
        for (Arguments.Arg p : a.posonly()) {
            param(p.name());
        }
        for (Arguments.Arg p : a.args()) {
            param(p.name());
        }
        for (Arguments.Arg p : a.kwonly()) {
            param(p.name());
        }
        if (a.vararg() != null) {
            param(a.vararg().name());
        }
        if (a.kwarg() != null) {
            param(a.kwarg().name());
        }
    }

    private void param(String raw) {
        String n = current.mangle(raw);
        current.add(n, Scope.DEF_PARAM | Scope.DEF_LOCAL);
        current.params.add(n);
    }

    private void visitTarget(Expr t) {
        if (t instanceof Expr.Name n) {
            bind(n.id(), n.line(), n.col());
        } else if (t instanceof Expr.Tuple x) {
            for (Expr e : x.elts()) {
                visitTarget(e);
            }
        } else if (t instanceof Expr.ListExpr x) {
            for (Expr e : x.elts()) {
                visitTarget(e);
            }
        } else if (t instanceof Expr.Starred x) {
            visitTarget(x.value());
        } else {
            visit(t);
        }
    }

    private void visit(Expr e) {
        if (e == null || e instanceof Expr.Constant) {
            return;
        }
        if (e instanceof Expr.Name n) {
            use(n.id());
        } else if (e instanceof Expr.BinOp x) {
            visit(x.left());
            visit(x.right());
        } else if (e instanceof Expr.UnaryOp x) {
            visit(x.operand());
        } else if (e instanceof Expr.BoolOp x) {
            x.values().forEach(this::visit);
        } else if (e instanceof Expr.Compare x) {
            visit(x.left());
            x.comparators().forEach(this::visit);
        } else if (e instanceof Expr.Call x) {
            visit(x.func());
            x.args().forEach(this::visit);
            for (Expr.Keyword k : x.keywords()) {
                visit(k.value());
            }
        } else if (e instanceof Expr.Attribute x) {
            visit(x.value());
        } else if (e instanceof Expr.Subscript x) {
            visit(x.value());
            visit(x.slice());
        } else if (e instanceof Expr.Slice x) {
            visit(x.lower());
            visit(x.upper());
            visit(x.step());
        } else if (e instanceof Expr.Starred x) {
            visit(x.value());
        } else if (e instanceof Expr.Tuple x) {
            x.elts().forEach(this::visit);
        } else if (e instanceof Expr.ListExpr x) {
            x.elts().forEach(this::visit);
        } else if (e instanceof Expr.DictExpr x) {
            x.keys().forEach(this::visit);
            x.values().forEach(this::visit);
        } else if (e instanceof Expr.IfExp x) {
            visit(x.test());
            visit(x.body());
            visit(x.orelse());
        } else if (e instanceof Expr.Lambda x) {
            visitDefaults(x.args());
            Scope fs = new Scope(Scope.Kind.FUNCTION, "<lambda>", current);
            scopes.put(x, fs);
            Scope saved = current;
            current = fs;
            declareParams(x.args());
            visit(x.body());
            current = saved;
        } else if (e instanceof Expr.JoinedStr x) {
            x.values().forEach(this::visit);
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            if (current.kind == Scope.Kind.MODULE) {
                throw error("'yield' outside function", e.line(), e.col());
            }
            if (current.comprehension) {
                throw error("'yield' inside " + current.name.substring(1, current.name.length() - 1)
                        .replace("listcomp", "list comprehension").replace("setcomp", "set comprehension")
                        .replace("dictcomp", "dict comprehension").replace("genexpr", "generator expression"),
                        e.line(), e.col());
            }
            if (current.coroutine) {
                if (e instanceof Expr.YieldFrom) {
                    throw error("'yield from' inside async function", e.line(), e.col());
                }
                throw error("asynchronous generators are not supported yet", e.line(), e.col());
            }
            current.generator = true;
            visit(e instanceof Expr.Yield y ? y.value() : ((Expr.YieldFrom) e).value());
        } else if (e instanceof Expr.Await x) {
            Scope fn = current;
            while (fn.comprehension && fn.parent != null) {
                fn = fn.parent;
            }
            if (fn.kind == Scope.Kind.MODULE) {
                throw error("'await' outside function", e.line(), e.col());
            }
            if (!fn.coroutine) {
                throw error("'await' outside async function", e.line(), e.col());
            }
            visit(x.value());
        } else if (e instanceof Expr.NamedExpr x) {
            visit(x.value());
            namedTarget(((Expr.Name) x.target()).id(), x.target().line(), x.target().col());
        } else if (e instanceof Expr.SetExpr x) {
            x.elts().forEach(this::visit);
        } else if (e instanceof Expr.ListComp x) {
            comprehension(x, "<listcomp>", x.generators(), x.elt(), null);
        } else if (e instanceof Expr.SetComp x) {
            comprehension(x, "<setcomp>", x.generators(), x.elt(), null);
        } else if (e instanceof Expr.DictComp x) {
            comprehension(x, "<dictcomp>", x.generators(), x.key(), x.value());
        } else if (e instanceof Expr.GeneratorExp x) {
            comprehension(x, "<genexpr>", x.generators(), x.elt(), null);
        } else if (e instanceof Expr.FormattedValue x) {
            visit(x.value());
            visit(x.formatSpec());
        }
    }

    /**
     * A comprehension is a function scope whose parameter {@code .0} is the iterator of the
     * first clause, which itself is evaluated in the enclosing scope.
     */
    private void comprehension(Expr node, String name, List<Expr.Comprehension> gens, Expr elt, Expr value) {
        visit(gens.get(0).iter());
        Scope cs = new Scope(Scope.Kind.FUNCTION, name, current);
        cs.comprehension = true;
        cs.generator = name.equals("<genexpr>");
        scopes.put(node, cs);
        Scope saved = current;
        current = cs;
        param(".0");
        for (int i = 0; i < gens.size(); i++) {
            Expr.Comprehension g = gens.get(i);
            if (i > 0) {
                visit(g.iter());
            }
            visitTarget(g.target());
            g.ifs().forEach(this::visit);
        }
        visit(elt);
        visit(value);
        current = saved;
    }

    /** The target of {@code :=}: inside comprehensions it binds in the enclosing function or module. */
    private void namedTarget(String raw, int line, int col) {
        if (!current.comprehension) {
            bind(raw, line, col);
            use(raw);
            return;
        }
        String n = current.mangle(raw);
        if ((current.flagsOf(n) & Scope.DEF_LOCAL) != 0) {
            throw error("assignment expression cannot rebind comprehension iteration variable '" + n + "'", line, col);
        }
        Scope s = current;
        while (s.comprehension) {
            s.add(n, Scope.DEF_COMP_TARGET);
            s = s.parent;
        }
        if (s.kind == Scope.Kind.FUNCTION || s.kind == Scope.Kind.MODULE) {
            int f = s.flagsOf(n);
            if ((f & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) == 0) {
                s.add(n, Scope.DEF_LOCAL);
            }
        } else {
            throw error("assignment expression within a comprehension cannot be used in a class body", line, col);
        }
    }

    // ---------------------------------------------------------------- pass 2: resolve

    /**
     * Resolves the names of {@code s} given the names bound in enclosing function scopes;
     * returns the names free in {@code s} (which enclosing scopes must provide as cells).
     */
    private Set<String> resolve(Scope s, Set<String> boundAbove) {
        for (Map.Entry<String, Integer> e : s.flags.entrySet()) {
            String n = e.getKey();
            int f = e.getValue();
            Scope.Access a;
            if (s.kind == Scope.Kind.MODULE) {
                a = (f & Scope.DEF_GLOBAL) != 0 ? Scope.Access.GLOBAL_EXPLICIT : Scope.Access.NAME;
            } else if ((f & Scope.DEF_GLOBAL) != 0) {
                a = Scope.Access.GLOBAL_EXPLICIT;
            } else if ((f & Scope.DEF_COMP_TARGET) != 0) {
                a = boundAbove.contains(n) ? Scope.Access.FREE : Scope.Access.GLOBAL_EXPLICIT;
            } else if ((f & Scope.DEF_NONLOCAL) != 0) {
                if (!boundAbove.contains(n)) {
                    throw new SyntaxErrorException("SyntaxError", "no binding for nonlocal '" + n + "' found",
                            filename, 0, 0, null);
                }
                a = Scope.Access.FREE;
            } else if ((f & Scope.DEF_LOCAL) != 0) {
                a = Scope.Access.LOCAL;
            } else if (boundAbove.contains(n)) {
                a = Scope.Access.FREE;
            } else {
                a = Scope.Access.GLOBAL_IMPLICIT;
            }
            s.access.put(n, a);
        }
        Set<String> bound = new HashSet<>(boundAbove);
        if (s.kind == Scope.Kind.CLASS) {
            bound.add("__class__");
        }
        if (s.kind == Scope.Kind.FUNCTION) {
            for (Map.Entry<String, Scope.Access> e : s.access.entrySet()) {
                if (e.getValue() == Scope.Access.LOCAL) {
                    bound.add(e.getKey());
                } else if (e.getValue() == Scope.Access.GLOBAL_EXPLICIT) {
                    bound.remove(e.getKey());
                }
            }
        }
        Set<String> childFree = new HashSet<>();
        for (Scope c : s.children) {
            childFree.addAll(resolve(c, bound));
        }
        for (String n : childFree) {
            Scope.Access a = s.access.get(n);
            if (s.kind == Scope.Kind.CLASS) {
                if (n.equals("__class__")) {
                    s.access.put(n, Scope.Access.CELL);
                } else if (a == null || a == Scope.Access.GLOBAL_IMPLICIT || a == Scope.Access.FREE) {
                    s.access.put(n, Scope.Access.FREE);
                }
                continue;
            }
            if (a == Scope.Access.LOCAL) {
                s.access.put(n, Scope.Access.CELL);
            } else if (s.kind == Scope.Kind.FUNCTION && a != Scope.Access.GLOBAL_EXPLICIT && a != Scope.Access.CELL) {
                s.access.put(n, Scope.Access.FREE);
            }
        }
        Set<String> free = new HashSet<>();
        for (Map.Entry<String, Scope.Access> e : s.access.entrySet()) {
            if (e.getValue() == Scope.Access.FREE) {
                free.add(e.getKey());
            }
        }
        return free;
    }
}
