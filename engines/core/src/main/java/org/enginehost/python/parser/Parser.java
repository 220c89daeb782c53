package org.enginehost.python.parser;

import java.util.ArrayList;
import java.util.List;
import org.enginehost.python.ast.Arguments;
import org.enginehost.python.ast.CmpOp;
import org.enginehost.python.ast.Expr;
import org.enginehost.python.ast.Module;
import org.enginehost.python.ast.Stmt;
import org.enginehost.python.ast.UnaryOperator;
import org.enginehost.python.lexer.Token;
import org.enginehost.python.lexer.TokenKind;
import org.enginehost.python.lexer.Tokenizer;
import org.enginehost.python.runtime.BinOp;

/**
 * Recursive-descent parser for Python 3.11, one method per grammar rule, following the
 * precedence of the official grammar: lambda/ternary, or, and, not, comparison, |, ^, &, shifts,
 * arithmetic, term, factor, power, primary, atom.
 */
public final class Parser {
    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("False", "None", "True", "and", "as",
            "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except",
            "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
            "pass", "raise", "return", "try", "while", "with", "yield");

    private final List<Token> toks;
    private final String source;
    private final String filename;
    private int p;
    /** Inside the body of an {@code async def}. */
    private boolean inAsync;
    /** {@code from __future__ import annotations} seen: annotations become their source text. */
    private boolean stringAnnotations;

    private Parser(String source, String filename) {
        this.source = source;
        this.filename = filename;
        this.toks = Tokenizer.tokenize(source);
    }

    String filename() {
        return filename;
    }

    String lineText(int line) {
        return Tokenizer.lineText(source, line);
    }

    /** Parses a module ("exec" mode). */
    public static Module parseModule(String source, String filename) {
        Parser ps = new Parser(source, filename);
        try {
            return ps.file();
        } catch (SyntaxErrorException e) {
            // as CPython: an error the tokenizer finds later in the file wins over a parser error
            for (int i = ps.p + 1; i < ps.toks.size(); i++) {
                if (ps.toks.get(i).kind() == TokenKind.ERROR) {
                    ps.p = i;
                    ps.peek();
                }
            }
            throw e;
        }
    }

    /** Parses a single expression ("eval" mode). */
    public static Expr parseExpression(String source, String filename) {
        Parser ps = new Parser(source, filename);
        while (ps.at(TokenKind.NEWLINE) || ps.at(TokenKind.INDENT)) {
            ps.p++;
        }
        Expr e = ps.starExpressions();
        while (ps.at(TokenKind.NEWLINE) || ps.at(TokenKind.DEDENT)) {
            ps.p++;
        }
        if (!ps.at(TokenKind.ENDMARKER)) {
            throw ps.syntaxError("invalid syntax", ps.peek());
        }
        return e;
    }

    // ------------------------------------------------------------------ token helpers

    Token peek() {
        Token t = toks.get(p);
        if (t.kind() == TokenKind.ERROR) {
            String type = (t.flags() & Token.TAB_ERROR) != 0 ? "TabError"
                    : (t.flags() & Token.INDENTATION_ERROR) != 0 ? "IndentationError" : "SyntaxError";
            throw new SyntaxErrorException(type, (String) t.value(), filename, t.line(), t.col() + 1,
                    Tokenizer.lineText(source, t.line()));
        }
        return t;
    }

    Token peekAt(int k) {
        int i = Math.min(p + k, toks.size() - 1);
        return toks.get(i);
    }

    Token next() {
        Token t = peek();
        if (t.kind() != TokenKind.ENDMARKER) {
            p++;
        }
        return t;
    }

    boolean at(TokenKind k) {
        return peek().kind() == k;
    }

    boolean atOp(String op) {
        return peek().isOp(op);
    }

    boolean atKeyword(String kw) {
        return peek().isName(kw);
    }

    boolean acceptOp(String op) {
        if (atOp(op)) {
            p++;
            return true;
        }
        return false;
    }

    boolean acceptKeyword(String kw) {
        if (atKeyword(kw)) {
            p++;
            return true;
        }
        return false;
    }

    Token expectOp(String op) {
        if (!atOp(op)) {
            if (op.equals(":")) {
                throw syntaxError("expected ':'", peek());
            }
            throw syntaxError("invalid syntax", peek());
        }
        return next();
    }

    SyntaxErrorException syntaxError(String msg, Token at) {
        return new SyntaxErrorException("SyntaxError", msg, filename, at.line(), at.col() + 1,
                Tokenizer.lineText(source, at.line()));
    }

    SyntaxErrorException syntaxError(String msg, int line, int col) {
        return new SyntaxErrorException("SyntaxError", msg, filename, line, col + 1, Tokenizer.lineText(source, line));
    }

    SyntaxErrorException invalidSyntax() {
        Token t = peek();
        if (t.kind() == TokenKind.INDENT) {
            return new SyntaxErrorException("IndentationError", "unexpected indent", filename, t.line(), 0,
                    Tokenizer.lineText(source, t.line()));
        }
        if (t.kind() == TokenKind.ENDMARKER || t.kind() == TokenKind.DEDENT && p > 0) {
            Token prev = toks.get(Math.max(0, p - 1));
            return syntaxError("invalid syntax", prev);
        }
        return syntaxError("invalid syntax", t);
    }

    String name() {
        Token t = peek();
        if (t.kind() != TokenKind.NAME || KEYWORDS.contains(t.text())) {
            throw invalidSyntax();
        }
        p++;
        return t.text();
    }

    // ------------------------------------------------------------------ statements

    private Module file() {
        List<Stmt> body = new ArrayList<>();
        while (!at(TokenKind.ENDMARKER)) {
            if (at(TokenKind.NEWLINE)) {
                p++;
                continue;
            }
            statement(body);
        }
        return new Module(body);
    }

    private void statement(List<Stmt> out) {
        Token t = peek();
        if (t.kind() == TokenKind.INDENT) {
            throw invalidSyntax();
        }
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "if": out.add(ifStmt()); return;
                case "while": out.add(whileStmt()); return;
                case "for": out.add(forStmt()); return;
                case "try": out.add(tryStmt()); return;
                case "def": out.add(funcDef(List.of())); return;
                case "class": out.add(classDef(List.of())); return;
                case "with": out.add(withStmt(false)); return;
                case "async": out.add(asyncStmt()); return;
                case "match":
                    if (looksLikeMatch()) {
                        out.add(MatchParser.matchStmt(this));
                        return;
                    }
                    break;
                default:
                    break;
            }
        }
        if (t.isOp("@")) {
            List<Expr> decorators = new ArrayList<>();
            while (acceptOp("@")) {
                decorators.add(namedExpression());
                expectNewline();
            }
            if (atKeyword("class")) {
                out.add(classDef(decorators));
                return;
            }
            if (atKeyword("async") && peekAt(1).isName("def")) {
                out.add(funcDef(decorators, true, next())); // a decorated coroutine function
                return;
            }
            if (!atKeyword("def")) {
                throw invalidSyntax();
            }
            out.add(funcDef(decorators));
            return;
        }
        simpleStmts(out);
    }

    private void expectNewline() {
        if (!at(TokenKind.NEWLINE)) {
            throw invalidSyntax();
        }
        p++;
    }

    private void simpleStmts(List<Stmt> out) {
        while (true) {
            out.add(simpleStmt());
            if (!acceptOp(";")) {
                break;
            }
            if (at(TokenKind.NEWLINE)) {
                break;
            }
        }
        expectNewline();
    }

    /** {@code ':' block}; {@code what} names the statement for IndentationError messages. */
    List<Stmt> block(String what, int line) {
        expectOp(":");
        List<Stmt> body = new ArrayList<>();
        if (at(TokenKind.NEWLINE)) {
            p++;
            if (!at(TokenKind.INDENT)) {
                Token t = peek();
                throw new SyntaxErrorException("IndentationError",
                        "expected an indented block after " + what + " on line " + line, filename, t.line(),
                        t.col() + 1, Tokenizer.lineText(source, t.line()));
            }
            p++;
            while (!at(TokenKind.DEDENT) && !at(TokenKind.ENDMARKER)) {
                statement(body);
            }
            if (at(TokenKind.DEDENT)) {
                p++;
            }
        } else {
            simpleStmts(body);
        }
        return body;
    }

    /** After the test of if/elif/while: {@code if x = 5:} gets CPython's hint. */
    private void checkNotAssignment(Expr test) {
        if (atOp("=")) {
            throw syntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", test.line(), test.col());
        }
    }

    /** Inside brackets, two expressions in a row: CPython suggests a missing comma. */
    private void checkMissingComma(Expr prev) {
        Token t = peek();
        boolean starts = t.kind() == TokenKind.INT || t.kind() == TokenKind.FLOAT || t.kind() == TokenKind.IMAGINARY
                || t.kind() == TokenKind.STRING && !(prev instanceof Expr.Name)
                || t.kind() == TokenKind.NAME && (!KEYWORDS.contains(t.text()) || t.text().equals("None")
                || t.text().equals("True") || t.text().equals("False") || t.text().equals("lambda")
                || t.text().equals("not"))
                || t.isOp("(") || t.isOp("[") || t.isOp("{") || t.isOp("~") || t.isOp("...");
        if (starts && !(prev instanceof Expr.Starred)) {
            throw syntaxError("invalid syntax. Perhaps you forgot a comma?", prev.line(), prev.col());
        }
    }

    private Stmt ifStmt() {
        Token kw = next();
        Expr test = namedExpression();
        checkNotAssignment(test);
        List<Stmt> body = block("'" + kw.text() + "' statement", kw.line());
        List<Stmt> orelse = List.of();
        if (atKeyword("elif")) {
            orelse = List.of(ifStmt());
        } else if (atKeyword("else")) {
            Token e = next();
            orelse = block("'else' statement", e.line());
        }
        return new Stmt.If(test, body, orelse, kw.line(), kw.col());
    }

    private Stmt whileStmt() {
        Token kw = next();
        Expr test = namedExpression();
        checkNotAssignment(test);
        List<Stmt> body = block("'while' statement", kw.line());
        List<Stmt> orelse = List.of();
        if (atKeyword("else")) {
            Token e = next();
            orelse = block("'else' statement", e.line());
        }
        return new Stmt.While(test, body, orelse, kw.line(), kw.col());
    }

    private Stmt forStmt() {
        Token kw = next();
        Expr target = targetList();
        checkTarget(target, false);
        if (!acceptKeyword("in")) {
            throw invalidSyntax();
        }
        Expr iter = starExpressions();
        List<Stmt> body = block("'for' statement", kw.line());
        List<Stmt> orelse = List.of();
        if (atKeyword("else")) {
            Token e = next();
            orelse = block("'else' statement", e.line());
        }
        return new Stmt.For(target, iter, body, orelse, kw.line(), kw.col());
    }

    /** A for-loop target: bitwise-or expressions separated by commas. */
    private Expr targetList() {
        Token start = peek();
        List<Expr> elts = new ArrayList<>();
        elts.add(atOp("*") ? starred() : bitwiseOr());
        boolean tuple = false;
        while (acceptOp(",")) {
            tuple = true;
            if (atKeyword("in") || atOp("=")) {
                break;
            }
            elts.add(atOp("*") ? starred() : bitwiseOr());
        }
        return tuple ? new Expr.Tuple(elts, start.line(), start.col()) : elts.get(0);
    }

    /** Numbers the hidden names of each except* statement (see {@link ExceptStar}). */
    private int exceptStarCount;

    private Stmt tryStmt() {
        Token kw = next();
        List<Stmt> body = block("'try' statement", kw.line());
        List<Stmt.ExceptHandler> handlers = new ArrayList<>();
        List<ExceptStar.Clause> starClauses = new ArrayList<>();
        while (atKeyword("except")) {
            Token ex = next();
            boolean star = acceptOp("*");
            if (star ? !handlers.isEmpty() : !starClauses.isEmpty()) {
                throw syntaxError("cannot have both 'except' and 'except*' on the same 'try'", ex.line(), ex.col());
            }
            Expr type = null;
            String asName = null;
            if (star && atOp(":")) {
                throw syntaxError("expected one or more exception types", peek());
            }
            if (!atOp(":")) {
                type = expression();
                if (atOp(",")) {
                    List<Expr> elts = new ArrayList<>();
                    elts.add(type);
                    while (acceptOp(",")) {
                        elts.add(expression());
                    }
                    throw syntaxError("multiple exception types must be parenthesized", type.line(), type.col());
                }
                if (acceptKeyword("as")) {
                    asName = name();
                }
            }
            List<Stmt> hbody = block(star ? "'except*' statement" : "'except' statement", ex.line());
            if (star) {
                Stmt exit = ExceptStar.forbiddenExit(hbody, false);
                if (exit != null) {
                    int c = exit instanceof Stmt.Return r && r.value() != null ? r.value().col() : exit.col();
                    throw syntaxError("'break', 'continue' and 'return' cannot appear in an except* block",
                            exit.line(), c);
                }
                starClauses.add(new ExceptStar.Clause(type, asName, hbody, ex.line(), ex.col()));
            } else {
                handlers.add(new Stmt.ExceptHandler(type, asName, hbody, ex.line(), ex.col()));
            }
        }
        List<Stmt> orelse = List.of();
        if (atKeyword("else")) {
            if (handlers.isEmpty() && starClauses.isEmpty()) {
                throw invalidSyntax();
            }
            Token e = next();
            orelse = block("'else' statement", e.line());
        }
        List<Stmt> finalbody = List.of();
        if (atKeyword("finally")) {
            Token f = next();
            finalbody = block("'finally' statement", f.line());
        }
        if (handlers.isEmpty() && starClauses.isEmpty() && finalbody.isEmpty()) {
            throw syntaxError("expected 'except' or 'finally' block", peek());
        }
        if (!starClauses.isEmpty()) {
            return ExceptStar.rewrite(exceptStarCount++, body, starClauses, orelse, finalbody, kw.line(), kw.col());
        }
        return new Stmt.Try(body, handlers, orelse, finalbody, kw.line(), kw.col());
    }

    private Stmt classDef(List<Expr> decorators) {
        Token kw = next();
        String cname = name();
        List<Expr> bases = List.of();
        List<Expr.Keyword> keywords = List.of();
        if (atOp("(")) {
            Token open = next();
            Expr.Call c = (Expr.Call) callArgs(new Expr.Name(cname, kw.line(), kw.col()), open);
            bases = c.args();
            keywords = c.keywords();
        }
        List<Stmt> body = block("class definition", kw.line());
        return new Stmt.ClassDef(cname, bases, keywords, body, decorators, kw.line(), kw.col());
    }

    private Stmt funcDef(List<Expr> decorators) {
        return funcDef(decorators, false, null);
    }

    private Stmt funcDef(List<Expr> decorators, boolean isAsync, Token asyncTok) {
        Token kw = next();
        String fname = name();
        expectOp("(");
        Arguments args = parameters(")", true);
        expectOp(")");
        Expr returns = acceptOp("->") ? annotation() : null;
        boolean savedAsync = inAsync;
        inAsync = isAsync;
        List<Stmt> body;
        try {
            body = block("function definition", kw.line());
        } finally {
            inAsync = savedAsync;
        }
        Token pos = asyncTok != null ? asyncTok : kw;
        return new Stmt.FunctionDef(fname, args, body, decorators, pos.line(), pos.col(), isAsync, returns);
    }

    /** Parameters up to {@code close}; annotations are allowed in defs, not in lambdas. */
    private Arguments parameters(String close, boolean annotations) {
        List<Arguments.Arg> posonly = new ArrayList<>();
        List<Arguments.Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arguments.Arg vararg = null;
        List<Arguments.Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arguments.Arg kwarg = null;
        boolean star = false;
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!atOp(close)) {
            Token t = peek();
            if (acceptOp("/")) {
                if (star || !posonly.isEmpty() || args.isEmpty()) {
                    throw syntaxError(args.isEmpty() ? "at least one argument must precede /" : "/ may appear only once", t);
                }
                posonly.addAll(args);
                args.clear();
            } else if (acceptOp("**")) {
                kwarg = param(annotations, seen);
                acceptOp(",");
                if (!atOp(close)) {
                    throw syntaxError("arguments cannot follow var-keyword argument", peek());
                }
                break;
            } else if (acceptOp("*")) {
                if (star) {
                    throw syntaxError("* argument may appear only once", t);
                }
                star = true;
                if (!atOp(",") && !atOp(close)) {
                    vararg = param(annotations, seen);
                } else if (atOp(close) || peekAt(1).isOp(close)) {
                    throw syntaxError("named arguments must follow bare *", t);
                }
            } else {
                Arguments.Arg a = param(annotations, seen);
                Expr dflt = null;
                if (acceptOp("=")) {
                    dflt = expression();
                }
                if (star) {
                    kwonly.add(a);
                    kwDefaults.add(dflt);
                } else {
                    args.add(a);
                    if (dflt != null) {
                        defaults.add(dflt);
                    } else if (!defaults.isEmpty()) {
                        throw syntaxError("non-default argument follows default argument", t);
                    }
                }
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        return new Arguments(posonly, args, defaults, vararg, kwonly, kwDefaults, kwarg);
    }

    private Arguments.Arg param(boolean annotations, java.util.Set<String> seen) {
        Token t = peek();
        String n = name();
        if (!seen.add(n)) {
            throw syntaxError("duplicate argument '" + n + "' in function definition", t);
        }
        Expr ann = annotations && acceptOp(":") ? annotation() : null;
        return new Arguments.Arg(n, t.line(), t.col(), ann);
    }

    private Stmt simpleStmt() {
        Token t = peek();
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "pass": p++; return new Stmt.Pass(t.line(), t.col());
                case "break": p++; return new Stmt.Break(t.line(), t.col());
                case "continue": p++; return new Stmt.Continue(t.line(), t.col());
                case "return": {
                    p++;
                    Expr v = atSimpleStmtEnd() ? null : starExpressions();
                    return new Stmt.Return(v, t.line(), t.col());
                }
                case "raise": {
                    p++;
                    Expr exc = null;
                    Expr cause = null;
                    if (!atSimpleStmtEnd()) {
                        exc = expression();
                        if (acceptKeyword("from")) {
                            cause = expression();
                        }
                    }
                    return new Stmt.Raise(exc, cause, t.line(), t.col());
                }
                case "global":
                case "nonlocal": {
                    p++;
                    List<String> names = new ArrayList<>();
                    names.add(name());
                    while (acceptOp(",")) {
                        names.add(name());
                    }
                    return t.text().equals("global") ? new Stmt.Global(names, t.line(), t.col())
                            : new Stmt.Nonlocal(names, t.line(), t.col());
                }
                case "assert": {
                    p++;
                    Expr test = expression();
                    Expr msg = acceptOp(",") ? expression() : null;
                    return new Stmt.Assert(test, msg, t.line(), t.col());
                }
                case "del": {
                    p++;
                    List<Expr> targets = new ArrayList<>();
                    do {
                        if (atSimpleStmtEnd()) {
                            break;
                        }
                        Expr e = bitwiseOr();
                        checkDelTarget(e);
                        targets.add(e);
                    } while (acceptOp(","));
                    return new Stmt.Delete(targets, t.line(), t.col());
                }
                case "import": return importStmt();
                case "from": return fromImport();
                default:
                    break;
            }
        }
        Expr first = starExpressionsOrYield();
        if (atOp("=")) {
            List<Expr> targets = new ArrayList<>();
            targets.add(first);
            Expr value = null;
            while (acceptOp("=")) {
                value = starExpressionsOrYield();
                targets.add(value);
            }
            targets.remove(targets.size() - 1);
            for (Expr target : targets) {
                if (target instanceof Expr.Starred) {
                    throw syntaxError("starred assignment target must be in a list or tuple", target.line(),
                            target.col());
                }
                checkTarget(target, true);
            }
            return new Stmt.Assign(targets, value, t.line(), t.col());
        }
        Token opTok = peek();
        if (opTok.kind() == TokenKind.OP && opTok.text().length() >= 2 && opTok.text().endsWith("=")
                && !opTok.text().equals(":=") && !opTok.text().equals("==") && !opTok.text().equals("!=") && !opTok.text().equals("<=")
                && !opTok.text().equals(">=")) {
            int op = binOpCode(opTok.text().substring(0, opTok.text().length() - 1));
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw syntaxError("'" + describe(first) + "' is an illegal expression for augmented assignment",
                        first.line(), first.col());
            }
            p++;
            Expr value = starExpressionsOrYield();
            return new Stmt.AugAssign(first, op, value, t.line(), t.col());
        }
        if (atOp(":") && (first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
            p++;
            Expr annotation = annotation();
            Expr value = acceptOp("=") ? starExpressionsOrYield() : null;
            return new Stmt.AnnAssign(first, annotation, value, t.line(), t.col());
        }
        if (!atSimpleStmtEnd()) {
            if (first instanceof Expr.Name pn && (pn.id().equals("print") || pn.id().equals("exec"))
                    && !atOp("(") && !at(TokenKind.OP)) {
                throw syntaxError("Missing parentheses in call to '" + pn.id() + "'. Did you mean " + pn.id()
                        + "(...)?", first.line(), first.col());
            }
            Token bad = peek();
            if (bad.kind() == TokenKind.NAME || bad.kind() == TokenKind.INT || bad.kind() == TokenKind.FLOAT
                    || bad.kind() == TokenKind.STRING) {
            }
            throw invalidSyntax();
        }
        return new Stmt.ExprStmt(first, t.line(), t.col());
    }

    private boolean atSimpleStmtEnd() {
        return at(TokenKind.NEWLINE) || atOp(";") || at(TokenKind.ENDMARKER);
    }

    private Stmt importStmt() {
        Token t = next();
        List<Stmt.Alias> names = new ArrayList<>();
        do {
            String module = dottedName();
            String as = acceptKeyword("as") ? name() : null;
            names.add(new Stmt.Alias(module, as));
        } while (acceptOp(","));
        return new Stmt.Import(names, t.line(), t.col());
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(name());
        while (acceptOp(".")) {
            sb.append('.').append(name());
        }
        return sb.toString();
    }

    private Stmt fromImport() {
        Token t = next();
        int level = 0;
        while (atOp(".") || atOp("...")) {
            level += next().text().length();
        }
        String module = atKeyword("import") ? null : dottedName();
        if (!acceptKeyword("import")) {
            throw invalidSyntax();
        }
        List<Stmt.Alias> names = new ArrayList<>();
        if (acceptOp("*")) {
            names.add(new Stmt.Alias("*", null));
        } else {
            boolean paren = acceptOp("(");
            do {
                if (paren && atOp(")")) {
                    break;
                }
                String n = name();
                names.add(new Stmt.Alias(n, acceptKeyword("as") ? name() : null));
            } while (acceptOp(","));
            if (paren) {
                expectOp(")");
            }
        }
        if ("__future__".equals(module) && level == 0
                && names.stream().anyMatch(a -> a.name().equals("annotations"))) {
            stringAnnotations = true;
        }
        return new Stmt.ImportFrom(module, names, level, t.line(), t.col());
    }

    /**
     * An annotation expression; under {@code from __future__ import annotations} it becomes a string constant
     * holding the annotation's source text (CPython unparses the AST; the source text matches it for usual
     * spellings).
     */
    private Expr annotation() {
        int start = p;
        Expr e = expression();
        if (!stringAnnotations) {
            return e;
        }
        if (e instanceof Expr.Constant c && c.value() instanceof String str) {
            return new Expr.Constant(org.enginehost.python.runtime.PyStr.repr(str), e.line(), e.col());
        }
        Token first = toks.get(start);
        Token last = toks.get(p - 1);
        StringBuilder sb = new StringBuilder();
        for (int line = first.line(); line <= last.endLine(); line++) {
            String text = Tokenizer.lineText(source, line);
            int from = line == first.line() ? first.col() : 0;
            int to = line == last.endLine() ? Math.min(last.endCol(), text.length()) : text.length();
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(line == first.line() ? text.substring(from, to) : text.substring(from, to).strip());
        }
        return new Expr.Constant(sb.toString(), e.line(), e.col());
    }

    // ------------------------------------------------------------------ targets

    private static String describe(Expr e) {
        if (e instanceof Expr.Constant) {
            Object v = ((Expr.Constant) e).value();
            if (v instanceof Boolean || v == null || v == Expr.ELLIPSIS) {
                return v == null ? "None" : v == Expr.ELLIPSIS ? "ellipsis" : v.toString().equals("true") ? "True" : "False";
            }
            return "literal";
        }
        if (e instanceof Expr.Call) {
            return "function call";
        }
        if (e instanceof Expr.Compare) {
            return "comparison";
        }
        if (e instanceof Expr.IfExp) {
            return "conditional expression";
        }
        if (e instanceof Expr.Lambda) {
            return "lambda";
        }
        if (e instanceof Expr.DictExpr) {
            return "dict literal";
        }
        if (e instanceof Expr.JoinedStr) {
            return "f-string expression";
        }
        if (e instanceof Expr.Tuple) {
            return "tuple";
        }
        if (e instanceof Expr.ListExpr) {
            return "list";
        }
        if (e instanceof Expr.NamedExpr) {
            return "named expression";
        }
        if (e instanceof Expr.ListComp) {
            return "list comprehension";
        }
        if (e instanceof Expr.SetComp) {
            return "set comprehension";
        }
        if (e instanceof Expr.DictComp) {
            return "dict comprehension";
        }
        if (e instanceof Expr.GeneratorExp) {
            return "generator expression";
        }
        if (e instanceof Expr.SetExpr) {
            return "set display";
        }
        if (e instanceof Expr.Await) {
            return "await expression";
        }
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            return "yield expression";
        }
        return "expression";
    }

    private void checkTarget(Expr e, boolean assignment) {
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) {
            return;
        }
        if (e instanceof Expr.Tuple || e instanceof Expr.ListExpr) {
            List<Expr> elts = e instanceof Expr.Tuple ? ((Expr.Tuple) e).elts() : ((Expr.ListExpr) e).elts();
            for (Expr x : elts) {
                checkTarget(x, false);
            }
            return;
        }
        if (e instanceof Expr.Starred) {
            checkTarget(((Expr.Starred) e).value(), false);
            return;
        }
        String what = describe(e);
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            throw syntaxError("assignment to yield expression not possible", e.line(), e.col());
        }
        if (e instanceof Expr.Constant && (((Expr.Constant) e).value() instanceof Boolean
                || ((Expr.Constant) e).value() == null)) {
            throw syntaxError("cannot assign to " + what, e.line(), e.col());
        }
        String suffix = assignment && !(e instanceof Expr.Lambda) ? " here. Maybe you meant '==' instead of '='?" : "";
        throw syntaxError("cannot assign to " + what + suffix, e.line(), e.col());
    }

    private void checkDelTarget(Expr e) {
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) {
            return;
        }
        if (e instanceof Expr.Tuple || e instanceof Expr.ListExpr) {
            for (Expr x : e instanceof Expr.Tuple ? ((Expr.Tuple) e).elts() : ((Expr.ListExpr) e).elts()) {
                checkDelTarget(x);
            }
            return;
        }
        throw syntaxError("cannot delete " + describe(e), e.line(), e.col());
    }

    // ------------------------------------------------------------------ expressions

    /** {@code a, b, *c} without parentheses: a tuple when there is a comma. */
    Expr starExpressions() {
        Token start = peek();
        Expr first = atOp("*") ? starred() : expression();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (atExpressionEnd()) {
                break;
            }
            elts.add(atOp("*") ? starred() : expression());
        }
        return new Expr.Tuple(elts, start.line(), start.col());
    }

    private boolean atExpressionEnd() {
        Token t = peek();
        if (t.kind() == TokenKind.NEWLINE || t.kind() == TokenKind.ENDMARKER) {
            return true;
        }
        if (t.kind() == TokenKind.OP) {
            switch (t.text()) {
                case ")": case "]": case "}": case "=": case ";": case ":":
                    return true;
                default:
                    return t.text().length() >= 2 && t.text().endsWith("=") && !t.text().equals("==")
                            && !t.text().equals("!=") && !t.text().equals("<=") && !t.text().equals(">=");
            }
        }
        return false;
    }

    private Expr starred() {
        Token t = expectOp("*");
        return new Expr.Starred(bitwiseOr(), t.line(), t.col());
    }

    Expr namedExpression() {
        if (peek().kind() == TokenKind.NAME && peekAt(1).isOp(":=")) {
            Token t = peek();
            String n = name();
            p++;
            Expr value = expression();
            return new Expr.NamedExpr(new Expr.Name(n, t.line(), t.col()), value, t.line(), t.col());
        }
        Expr e = expression();
        if (atOp(":=")) {
            throw syntaxError("cannot use assignment expressions with " + describe(e), e.line(), e.col());
        }
        return e;
    }

    Expr expression() {
        if (atKeyword("lambda")) {
            return lambda();
        }
        Expr body = disjunction();
        if (atKeyword("if")) {
            p++;
            Expr test = disjunction();
            if (!acceptKeyword("else")) {
                throw syntaxError("expected 'else' after 'if' expression", peek());
            }
            Expr orelse = expression();
            return new Expr.IfExp(test, body, orelse, body.line(), body.col());
        }
        return body;
    }

    private Expr lambda() {
        Token t = next();
        Arguments args = parameters(":", false);
        expectOp(":");
        Expr body = expression();
        return new Expr.Lambda(args, body, t.line(), t.col());
    }

    private Expr disjunction() {
        Expr first = conjunction();
        if (!atKeyword("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKeyword("or")) {
            values.add(conjunction());
        }
        return new Expr.BoolOp(false, values, first.line(), first.col());
    }

    private Expr conjunction() {
        Expr first = inversion();
        if (!atKeyword("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKeyword("and")) {
            values.add(inversion());
        }
        return new Expr.BoolOp(true, values, first.line(), first.col());
    }

    private Expr inversion() {
        if (atKeyword("not")) {
            Token t = next();
            return new Expr.UnaryOp(UnaryOperator.NOT, inversion(), t.line(), t.col());
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = bitwiseOr();
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (true) {
            CmpOp op = compareOp();
            if (op == null) {
                break;
            }
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        return ops.isEmpty() ? left : new Expr.Compare(left, ops, comparators, left.line(), left.col());
    }

    private CmpOp compareOp() {
        Token t = peek();
        if (t.kind() == TokenKind.OP) {
            CmpOp op;
            switch (t.text()) {
                case "<": op = CmpOp.LT; break;
                case "<=": op = CmpOp.LE; break;
                case "==": op = CmpOp.EQ; break;
                case "!=": op = CmpOp.NE; break;
                case ">": op = CmpOp.GT; break;
                case ">=": op = CmpOp.GE; break;
                default: return null;
            }
            p++;
            return op;
        }
        if (t.isName("in")) {
            p++;
            return CmpOp.IN;
        }
        if (t.isName("not") && peekAt(1).isName("in")) {
            p += 2;
            return CmpOp.NOT_IN;
        }
        if (t.isName("is")) {
            p++;
            return acceptKeyword("not") ? CmpOp.IS_NOT : CmpOp.IS;
        }
        return null;
    }

    private Expr bitwiseOr() {
        Expr left = bitwiseXor();
        while (atOp("|")) {
            p++;
            left = new Expr.BinOp(left, BinOp.OR, bitwiseXor(), left.line(), left.col());
        }
        return left;
    }

    private Expr bitwiseXor() {
        Expr left = bitwiseAnd();
        while (atOp("^")) {
            p++;
            left = new Expr.BinOp(left, BinOp.XOR, bitwiseAnd(), left.line(), left.col());
        }
        return left;
    }

    private Expr bitwiseAnd() {
        Expr left = shiftExpr();
        while (atOp("&")) {
            p++;
            left = new Expr.BinOp(left, BinOp.AND, shiftExpr(), left.line(), left.col());
        }
        return left;
    }

    private Expr shiftExpr() {
        Expr left = sum();
        while (atOp("<<") || atOp(">>")) {
            int op = next().text().equals("<<") ? BinOp.LSHIFT : BinOp.RSHIFT;
            left = new Expr.BinOp(left, op, sum(), left.line(), left.col());
        }
        return left;
    }

    Expr sum() {
        Expr left = term();
        while (atOp("+") || atOp("-")) {
            int op = next().text().equals("+") ? BinOp.ADD : BinOp.SUB;
            left = new Expr.BinOp(left, op, term(), left.line(), left.col());
        }
        return left;
    }

    private Expr term() {
        Expr left = factor();
        while (true) {
            Token t = peek();
            if (t.kind() != TokenKind.OP) {
                return left;
            }
            int op;
            switch (t.text()) {
                case "*": op = BinOp.MUL; break;
                case "/": op = BinOp.TRUEDIV; break;
                case "//": op = BinOp.FLOORDIV; break;
                case "%": op = BinOp.MOD; break;
                case "@": op = BinOp.MATMUL; break;
                default: return left;
            }
            p++;
            left = new Expr.BinOp(left, op, factor(), left.line(), left.col());
        }
    }

    private Expr factor() {
        Token t = peek();
        if (t.kind() == TokenKind.OP) {
            UnaryOperator op = null;
            switch (t.text()) {
                case "-": op = UnaryOperator.NEG; break;
                case "+": op = UnaryOperator.POS; break;
                case "~": op = UnaryOperator.INVERT; break;
                default: break;
            }
            if (op != null) {
                p++;
                return new Expr.UnaryOp(op, factor(), t.line(), t.col());
            }
        }
        return power();
    }

    private Expr power() {
        Expr base;
        if (atKeyword("await")) {
            Token t = next();
            base = new Expr.Await(primary(), t.line(), t.col());
        } else {
            base = primary();
        }
        if (atOp("**")) {
            p++;
            return new Expr.BinOp(base, BinOp.POW, factor(), base.line(), base.col());
        }
        return base;
    }

    private Expr primary() {
        Expr e = atom();
        while (true) {
            Token t = peek();
            if (t.isOp(".")) {
                p++;
                Token nt = peek();
                String attr = name();
                e = new Expr.Attribute(e, attr, nt.line(), nt.col());
            } else if (t.isOp("(")) {
                p++;
                e = callArgs(e, t);
            } else if (t.isOp("[")) {
                p++;
                Expr index = slices();
                expectOp("]");
                e = new Expr.Subscript(e, index, e.line(), e.col());
            } else {
                return e;
            }
        }
    }

    private Expr callArgs(Expr func, Token open) {
        List<Expr> args = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        while (!atOp(")")) {
            Token t = peek();
            if (acceptOp("**")) {
                keywords.add(new Expr.Keyword(null, expression(), t.line(), t.col()));
            } else if (atOp("*")) {
                if (!keywords.isEmpty() && keywords.stream().anyMatch(k -> k.arg() == null)) {
                    throw syntaxError("iterable argument unpacking follows keyword argument unpacking", t);
                }
                // In a call, * takes a whole expression (a conditional or a lambda too), not
                // just the bitwise-or operand it takes in a display.
                Token star = expectOp("*");
                args.add(new Expr.Starred(expression(), star.line(), star.col()));
            } else if (t.kind() == TokenKind.NAME && peekAt(1).isOp("=") && !KEYWORDS.contains(t.text())) {
                p += 2;
                for (Expr.Keyword k : keywords) {
                    if (t.text().equals(k.arg())) {
                        throw syntaxError("keyword argument repeated: " + t.text(), t);
                    }
                }
                keywords.add(new Expr.Keyword(t.text(), expression(), t.line(), t.col()));
            } else {
                Expr a = namedExpression();
                if (atOp("=")) {
                    throw syntaxError("expression cannot contain assignment, perhaps you meant \"==\"?", a.line(), a.col());
                }
                if (atComprehension()) {
                    List<Expr.Comprehension> gens = comprehensionClauses();
                    a = new Expr.GeneratorExp(a, gens, a.line(), a.col());
                    if (!args.isEmpty() || !keywords.isEmpty() || !atOp(")")) {
                        if (atOp(",") && peekAt(1).isOp(")") && args.isEmpty() && keywords.isEmpty()) {
                            p++;
                            args.add(a);
                            break;
                        }
                        throw syntaxError("Generator expression must be parenthesized", a.line(), a.col());
                    }
                }
                if (!keywords.isEmpty()) {
                    boolean unpack = keywords.stream().anyMatch(k -> k.arg() == null);
                    throw syntaxError(unpack ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument", a.line(), a.col());
                }
                args.add(a);
            }
            if (!acceptOp(",")) {
                if (!atOp(")")) {
                    checkMissingComma(args.isEmpty() ? keywords.get(keywords.size() - 1).value()
                            : args.get(args.size() - 1));
                }
                break;
            }
        }
        expectOp(")");
        return new Expr.Call(func, args, keywords, func.line(), func.col());
    }

    private Expr slices() {
        Token start = peek();
        Expr first = slice();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (atOp("]")) {
                break;
            }
            elts.add(slice());
        }
        return new Expr.Tuple(elts, start.line(), start.col());
    }

    private Expr slice() {
        Token t = peek();
        Expr lower = null;
        if (!atOp(":")) {
            lower = atOp("*") ? starred() : namedExpression();
            if (!atOp(":")) {
                return lower;
            }
        }
        expectOp(":");
        Expr upper = atOp(":") || atOp("]") || atOp(",") ? null : expression();
        Expr step = null;
        if (acceptOp(":")) {
            step = atOp("]") || atOp(",") ? null : expression();
        }
        return new Expr.Slice(lower, upper, step, t.line(), t.col());
    }

    private Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case NAME:
                switch (t.text()) {
                    case "True": p++; return new Expr.Constant(Boolean.TRUE, t.line(), t.col());
                    case "False": p++; return new Expr.Constant(Boolean.FALSE, t.line(), t.col());
                    case "None": p++; return new Expr.Constant(null, t.line(), t.col());
                    default:
                        if (KEYWORDS.contains(t.text())) {
                            throw invalidSyntax();
                        }
                        p++;
                        return new Expr.Name(t.text(), t.line(), t.col());
                }
            case INT:
            case FLOAT:
                p++;
                return new Expr.Constant(t.value(), t.line(), t.col());
            case IMAGINARY:
                p++;
                return new Expr.Constant(new org.enginehost.python.ast.Imaginary((Double) t.value()), t.line(), t.col());
            case STRING:
                return strings();
            case OP:
                switch (t.text()) {
                    case "(": return parenthesized();
                    case "[": return listDisplay();
                    case "{": return dictDisplay();
                    case "...": p++; return new Expr.Constant(Expr.ELLIPSIS, t.line(), t.col());
                    default: throw invalidSyntax();
                }
            default:
                throw invalidSyntax();
        }
    }

    Expr strings() {
        Token first = peek();
        StringBuilder sb = new StringBuilder();
        List<Expr> parts = null;
        boolean bytes = (first.flags() & Token.BYTES) != 0;
        while (at(TokenKind.STRING)) {
            Token t = next();
            if (((t.flags() & Token.BYTES) != 0) != bytes) {
                throw syntaxError("cannot mix bytes and nonbytes literals", first);
            }
            if ((t.flags() & Token.FSTRING) != 0) {
                if (parts == null) {
                    parts = new ArrayList<>();
                }
                if (sb.length() > 0) {
                    parts.add(new Expr.Constant(sb.toString(), first.line(), first.col()));
                    sb.setLength(0);
                }
                FStringParser.parse(t, (t.flags() & Token.RAW) != 0, parts, filename, source);
            } else {
                sb.append((String) t.value());
            }
        }
        if (bytes) {
            byte[] b = new byte[sb.length()];
            for (int i = 0; i < b.length; i++) {
                if (sb.charAt(i) > 0xff) {
                    throw syntaxError("bytes can only contain ASCII literal characters", first);
                }
                b[i] = (byte) sb.charAt(i);
            }
            return new Expr.Constant(b, first.line(), first.col());
        }
        if (parts == null) {
            return new Expr.Constant(sb.toString(), first.line(), first.col());
        }
        if (sb.length() > 0) {
            parts.add(new Expr.Constant(sb.toString(), first.line(), first.col()));
        }
        return new Expr.JoinedStr(parts, first.line(), first.col());
    }

    private Expr parenthesized() {
        Token open = next();
        if (acceptOp(")")) {
            return new Expr.Tuple(List.of(), open.line(), open.col());
        }
        if (atKeyword("yield")) {
            Expr y = yieldExpr();
            expectOp(")");
            return y;
        }
        Expr first = atOp("*") ? starred() : namedExpression();
        if (atComprehension()) {
            List<Expr.Comprehension> gens = comprehensionClauses();
            expectOp(")");
            return new Expr.GeneratorExp(first, gens, open.line(), open.col());
        }
        if (!atOp(")") && !atOp(",")) {
            checkMissingComma(first);
        }
        if (acceptOp(")")) {
            if (first instanceof Expr.Starred) {
                throw syntaxError("cannot use starred expression here", first.line(), first.col());
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (atOp(")")) {
                break;
            }
            elts.add(atOp("*") ? starred() : namedExpression());
        }
        expectOp(")");
        return new Expr.Tuple(elts, open.line(), open.col());
    }

    private Expr listDisplay() {
        Token open = next();
        List<Expr> elts = new ArrayList<>();
        while (!atOp("]")) {
            elts.add(atOp("*") ? starred() : namedExpression());
            if (elts.size() == 1 && atComprehension()) {
                List<Expr.Comprehension> gens = comprehensionClauses();
                expectOp("]");
                return new Expr.ListComp(elts.get(0), gens, open.line(), open.col());
            }
            if (!acceptOp(",")) {
                if (!atOp("]")) {
                    checkMissingComma(elts.get(elts.size() - 1));
                }
                break;
            }
        }
        expectOp("]");
        return new Expr.ListExpr(elts, open.line(), open.col());
    }

    private Expr dictDisplay() {
        Token open = next();
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        while (!atOp("}")) {
            if (acceptOp("**")) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                if (keys.isEmpty() && (atOp("*") || isSetDisplay())) {
                    return setDisplay(open);
                }
                Expr k = expression();
                if (!atOp(":")) {
                    if (keys.isEmpty()) {
                        throw invalidSyntax();
                    }
                    throw syntaxError("':' expected after dictionary key", peek());
                }
                Token colon = next();
                if (atOp("}") || atOp(",")) {
                    throw syntaxError("expression expected after dictionary key and ':'", colon);
                }
                keys.add(k);
                values.add(expression());
                if (keys.size() == 1 && atComprehension()) {
                    List<Expr.Comprehension> gens = comprehensionClauses();
                    expectOp("}");
                    return new Expr.DictComp(k, values.get(0), gens, open.line(), open.col());
                }
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        expectOp("}");
        return new Expr.DictExpr(keys, values, open.line(), open.col());
    }

    /** After '{' and before the first item: true when the display is a set (no ':' at depth 0). */
    private boolean isSetDisplay() {
        int depth = 0;
        for (int i = p; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.kind() == TokenKind.ENDMARKER) {
                return false;
            }
            if (t.kind() != TokenKind.OP) {
                if (depth == 0 && t.isName("lambda")) {
                    return false;
                }
                continue;
            }
            switch (t.text()) {
                case "(": case "[": case "{": depth++; break;
                case ")": case "]": depth--; break;
                case "}":
                    if (depth == 0) {
                        return true;
                    }
                    depth--;
                    break;
                case ":":
                    if (depth == 0) {
                        return false;
                    }
                    break;
                case ",":
                    if (depth == 0) {
                        return true;
                    }
                    break;
                default:
                    break;
            }
            if (depth < 0) {
                return true;
            }
        }
        return false;
    }

    private Expr setDisplay(Token open) {
        List<Expr> elts = new ArrayList<>();
        while (!atOp("}")) {
            elts.add(atOp("*") ? starred() : namedExpression());
            if (elts.size() == 1 && atComprehension()) {
                List<Expr.Comprehension> gens = comprehensionClauses();
                expectOp("}");
                return new Expr.SetComp(elts.get(0), gens, open.line(), open.col());
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        expectOp("}");
        return new Expr.SetExpr(elts, open.line(), open.col());
    }

    private boolean atComprehension() {
        return atKeyword("for") || atKeyword("async") && peekAt(1).isName("for");
    }

    /** {@code (for targets in disjunction (if disjunction)*)+}. */
    private List<Expr.Comprehension> comprehensionClauses() {
        List<Expr.Comprehension> gens = new ArrayList<>();
        while (atComprehension()) {
            if (atKeyword("async")) {
                throw syntaxError("asynchronous comprehensions are not supported yet", peek());
            }
            next();
            Expr target = targetList();
            checkTarget(target, false);
            if (!acceptKeyword("in")) {
                throw invalidSyntax();
            }
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (atKeyword("if")) {
                next();
                ifs.add(disjunction());
            }
            gens.add(new Expr.Comprehension(target, iter, ifs));
        }
        return gens;
    }

    /** {@code yield [expr]} or {@code yield from expr}, with the 'yield' token next. */
    Expr yieldExpr() {
        Token t = next();
        if (acceptKeyword("from")) {
            return new Expr.YieldFrom(expression(), t.line(), t.col());
        }
        if (atExpressionEnd() || atOp(")")) {
            return new Expr.Yield(null, t.line(), t.col());
        }
        return new Expr.Yield(starExpressions(), t.line(), t.col());
    }

    private Expr starExpressionsOrYield() {
        return atKeyword("yield") ? yieldExpr() : starExpressions();
    }

    private Stmt asyncStmt() {
        Token t = next();
        if (atKeyword("def")) {
            return funcDef(List.of(), true, t);
        }
        if (atKeyword("with") || atKeyword("for")) {
            throw syntaxError("'async " + peek().text() + "' is not supported yet", t);
        }
        throw invalidSyntax();
    }

    private Stmt withStmt(boolean isAsync) {
        Token kw = next();
        List<Stmt.WithItem> items = new ArrayList<>();
        boolean paren = false;
        if (atOp("(") && parenthesizedWithItems()) {
            paren = true;
            p++;
        }
        do {
            if (paren && atOp(")")) {
                break;
            }
            Expr ctx = expression();
            Expr target = null;
            if (acceptKeyword("as")) {
                target = bitwiseOr();
                checkTarget(target, false);
            }
            items.add(new Stmt.WithItem(ctx, target));
        } while (acceptOp(","));
        if (paren) {
            expectOp(")");
        }
        List<Stmt> body = block("'with' statement", kw.line());
        return new Stmt.With(items, body, kw.line(), kw.col());
    }

    /** At '(' after 'with': true when the parentheses enclose the with-items (followed by ':'). */
    private boolean parenthesizedWithItems() {
        int depth = 0;
        for (int i = p; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.kind() == TokenKind.NEWLINE || t.kind() == TokenKind.ENDMARKER) {
                return false;
            }
            if (t.isOp("(") || t.isOp("[") || t.isOp("{")) {
                depth++;
            } else if (t.isOp(")") || t.isOp("]") || t.isOp("}")) {
                depth--;
                if (depth == 0) {
                    Token after = toks.get(i + 1);
                    return after.isOp(":");
                }
            } else if (depth == 1 && t.isName("as")) {
                return true;
            }
        }
        return false;
    }

    /** 'match' is a soft keyword: a statement when followed by a subject and ':' at line end. */
    private boolean looksLikeMatch() {
        Token n = peekAt(1);
        if (n.kind() == TokenKind.NEWLINE || n.kind() == TokenKind.ENDMARKER) {
            return false;
        }
        if (n.kind() == TokenKind.OP && !(n.isOp("(") || n.isOp("[") || n.isOp("{") || n.isOp("-") || n.isOp("*")
                || n.isOp("~"))) {
            return false;
        }
        int depth = 0;
        for (int i = p + 1; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.kind() == TokenKind.NEWLINE || t.kind() == TokenKind.ENDMARKER) {
                return false;
            }
            if (t.isOp("(") || t.isOp("[") || t.isOp("{")) {
                depth++;
            } else if (t.isOp(")") || t.isOp("]") || t.isOp("}")) {
                depth--;
            } else if (depth == 0 && t.isOp(":")) {
                Token after = toks.get(i + 1);
                return after.kind() == TokenKind.NEWLINE;
            } else if (depth == 0 && t.isOp("=")) {
                return false;
            }
        }
        return false;
    }

    static int binOpCode(String op) {
        switch (op) {
            case "+": return BinOp.ADD;
            case "-": return BinOp.SUB;
            case "*": return BinOp.MUL;
            case "/": return BinOp.TRUEDIV;
            case "//": return BinOp.FLOORDIV;
            case "%": return BinOp.MOD;
            case "**": return BinOp.POW;
            case "@": return BinOp.MATMUL;
            case "&": return BinOp.AND;
            case "|": return BinOp.OR;
            case "^": return BinOp.XOR;
            case "<<": return BinOp.LSHIFT;
            case ">>": return BinOp.RSHIFT;
            default: throw new IllegalArgumentException(op);
        }
    }

    /** Exposed for the f-string parser: parses one embedded expression's text. */
    static Expr parseEmbedded(String text, String filename, String source, int line) {
        Parser ps = new Parser("\n".repeat(Math.max(0, line - 1)) + "(" + text + ")", filename);
        Expr e = ps.starExpressions();
        if (!ps.at(TokenKind.NEWLINE) && !ps.at(TokenKind.ENDMARKER)) {
            throw new SyntaxErrorException("SyntaxError", "f-string: invalid syntax", filename, line, 0,
                    Tokenizer.lineText(source, line));
        }
        return e;
    }
}
