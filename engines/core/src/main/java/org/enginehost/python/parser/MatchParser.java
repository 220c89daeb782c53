package org.enginehost.python.parser;

import java.util.ArrayList;
import java.util.List;
import org.enginehost.python.ast.Expr;
import org.enginehost.python.ast.Pattern;
import org.enginehost.python.ast.Stmt;
import org.enginehost.python.ast.UnaryOperator;
import org.enginehost.python.lexer.Token;
import org.enginehost.python.lexer.TokenKind;
import org.enginehost.python.runtime.BinOp;

/** The {@code match} statement and its patterns (PEP 634 grammar), on top of {@link Parser}. */
final class MatchParser {
    private final Parser ps;

    private MatchParser(Parser ps) {
        this.ps = ps;
    }

    /** Parses {@code match subject: case...}, with 'match' the next token. */
    static Stmt matchStmt(Parser ps) {
        return new MatchParser(ps).match();
    }

    private Stmt match() {
        Token kw = ps.next();
        Expr subject = ps.starExpressions();
        ps.expectOp(":");
        if (!ps.at(TokenKind.NEWLINE)) {
            throw ps.invalidSyntax();
        }
        ps.next();
        if (!ps.at(TokenKind.INDENT)) {
            Token t = ps.peek();
            throw new SyntaxErrorException("IndentationError",
                    "expected an indented block after 'match' statement on line " + kw.line(), ps.filename(), t.line(),
                    t.col() + 1, ps.lineText(t.line()));
        }
        ps.next();
        List<Stmt.MatchCase> cases = new ArrayList<>();
        while (ps.atKeyword("case")) {
            Token c = ps.next();
            Pattern pat = patterns();
            Expr guard = null;
            if (ps.acceptKeyword("if")) {
                guard = ps.namedExpression();
            }
            List<Stmt> body = ps.block("'case' statement", c.line());
            cases.add(new Stmt.MatchCase(pat, guard, body, c.line(), c.col()));
        }
        if (cases.isEmpty() || !ps.at(TokenKind.DEDENT) && !ps.at(TokenKind.ENDMARKER)) {
            throw ps.invalidSyntax();
        }
        if (ps.at(TokenKind.DEDENT)) {
            ps.next();
        }
        for (int i = 0; i < cases.size() - 1; i++) {
            Stmt.MatchCase mc = cases.get(i);
            if (mc.guard() == null && irrefutable(mc.pattern())) {
                Pattern p = mc.pattern();
                String msg = p instanceof Pattern.MatchAs a && a.name() != null
                        ? "name capture '" + a.name() + "' makes remaining patterns unreachable"
                        : "wildcard makes remaining patterns unreachable";
                throw ps.syntaxError(msg, p.line(), p.col());
            }
        }
        return new Stmt.Match(subject, cases, kw.line(), kw.col());
    }

    static boolean irrefutable(Pattern p) {
        if (p instanceof Pattern.MatchAs a) {
            return a.pattern() == null || irrefutable(a.pattern());
        }
        if (p instanceof Pattern.MatchOr o) {
            for (Pattern q : o.patterns()) {
                if (irrefutable(q)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Top level of a case: an open sequence pattern {@code a, b} or one pattern. */
    private Pattern patterns() {
        Token start = ps.peek();
        Pattern first = maybeStarPattern();
        if (!ps.atOp(",")) {
            if (first instanceof Pattern.MatchStar) {
                return new Pattern.MatchSequence(List.of(first), start.line(), start.col());
            }
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (ps.acceptOp(",")) {
            if (ps.atOp(":") || ps.atKeyword("if")) {
                break;
            }
            items.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(items, start.line(), start.col());
    }

    private Pattern maybeStarPattern() {
        if (ps.atOp("*")) {
            Token t = ps.next();
            String n = ps.name();
            return new Pattern.MatchStar(n.equals("_") ? null : n, t.line(), t.col());
        }
        return pattern();
    }

    private Pattern pattern() {
        Pattern p = orPattern();
        if (ps.acceptKeyword("as")) {
            Token t = ps.peek();
            String n = ps.name();
            if (n.equals("_")) {
                throw ps.syntaxError("cannot use '_' as a target", t);
            }
            return new Pattern.MatchAs(p, n, p.line(), p.col());
        }
        return p;
    }

    private Pattern orPattern() {
        Pattern first = closedPattern();
        if (!ps.atOp("|")) {
            return first;
        }
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (ps.acceptOp("|")) {
            alts.add(closedPattern());
        }
        for (int i = 0; i < alts.size() - 1; i++) {
            if (irrefutable(alts.get(i))) {
                Pattern p = alts.get(i);
                String msg = p instanceof Pattern.MatchAs a && a.name() != null
                        ? "name capture '" + a.name() + "' makes remaining patterns unreachable"
                        : "wildcard makes remaining patterns unreachable";
                throw ps.syntaxError(msg, p.line(), p.col());
            }
        }
        return new Pattern.MatchOr(alts, first.line(), first.col());
    }

    private Pattern closedPattern() {
        Token t = ps.peek();
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "None": ps.next(); return new Pattern.MatchSingleton(null, t.line(), t.col());
                case "True": ps.next(); return new Pattern.MatchSingleton(Boolean.TRUE, t.line(), t.col());
                case "False": ps.next(); return new Pattern.MatchSingleton(Boolean.FALSE, t.line(), t.col());
                default: break;
            }
            String n = ps.name();
            Expr e = new Expr.Name(n, t.line(), t.col());
            boolean dotted = false;
            while (ps.acceptOp(".")) {
                Token at = ps.peek();
                e = new Expr.Attribute(e, ps.name(), at.line(), at.col());
                dotted = true;
            }
            if (ps.atOp("(")) {
                return classPattern(e, t);
            }
            if (dotted) {
                return new Pattern.MatchValue(e, t.line(), t.col());
            }
            return new Pattern.MatchAs(null, n.equals("_") ? null : n, t.line(), t.col());
        }
        if (t.kind() == TokenKind.INT || t.kind() == TokenKind.FLOAT || t.kind() == TokenKind.STRING
                || t.kind() == TokenKind.IMAGINARY || t.isOp("-")) {
            return new Pattern.MatchValue(literal(), t.line(), t.col());
        }
        if (t.isOp("(")) {
            ps.next();
            if (ps.acceptOp(")")) {
                return new Pattern.MatchSequence(List.of(), t.line(), t.col());
            }
            Pattern first = maybeStarPattern();
            if (ps.acceptOp(")")) {
                if (first instanceof Pattern.MatchStar) {
                    return new Pattern.MatchSequence(List.of(first), t.line(), t.col());
                }
                return first;
            }
            List<Pattern> items = new ArrayList<>();
            items.add(first);
            while (ps.acceptOp(",")) {
                if (ps.atOp(")")) {
                    break;
                }
                items.add(maybeStarPattern());
            }
            ps.expectOp(")");
            return new Pattern.MatchSequence(items, t.line(), t.col());
        }
        if (t.isOp("[")) {
            ps.next();
            List<Pattern> items = new ArrayList<>();
            while (!ps.atOp("]")) {
                items.add(maybeStarPattern());
                if (!ps.acceptOp(",")) {
                    break;
                }
            }
            ps.expectOp("]");
            return new Pattern.MatchSequence(items, t.line(), t.col());
        }
        if (t.isOp("{")) {
            return mappingPattern();
        }
        throw ps.invalidSyntax();
    }

    /** A literal pattern value: numbers (signed, complex sums), strings. */
    private Expr literal() {
        Token t = ps.peek();
        if (t.kind() == TokenKind.STRING) {
            Expr s = ps.strings();
            if (s instanceof Expr.JoinedStr) {
                throw ps.syntaxError("patterns may only match literals and attribute lookups", s.line(), s.col());
            }
            return s;
        }
        Expr e;
        if (ps.acceptOp("-")) {
            Token n = ps.next();
            if (n.kind() != TokenKind.INT && n.kind() != TokenKind.FLOAT && n.kind() != TokenKind.IMAGINARY) {
                throw ps.syntaxError("invalid syntax", n);
            }
            e = new Expr.UnaryOp(UnaryOperator.NEG, new Expr.Constant(n.value(), n.line(), n.col()), t.line(), t.col());
        } else {
            Token n = ps.next();
            e = new Expr.Constant(n.value(), n.line(), n.col());
        }
        if (ps.atOp("+") || ps.atOp("-")) {
            boolean plus = ps.next().text().equals("+");
            Token n = ps.next();
            if (n.kind() != TokenKind.IMAGINARY) {
                throw ps.syntaxError("imaginary number required in complex literal", n);
            }
            e = new Expr.BinOp(e, plus ? BinOp.ADD : BinOp.SUB, new Expr.Constant(n.value(), n.line(), n.col()),
                    t.line(), t.col());
        }
        return e;
    }

    private Pattern mappingPattern() {
        Token open = ps.next();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> pats = new ArrayList<>();
        String rest = null;
        while (!ps.atOp("}")) {
            if (ps.acceptOp("**")) {
                rest = ps.name();
                ps.acceptOp(",");
                break;
            }
            Token k = ps.peek();
            Expr key;
            if (k.kind() == TokenKind.NAME && (k.text().equals("None") || k.text().equals("True")
                    || k.text().equals("False"))) {
                ps.next();
                key = new Expr.Constant(k.text().equals("None") ? null : Boolean.valueOf(k.text().equals("True")),
                        k.line(), k.col());
            } else if (k.kind() == TokenKind.NAME) {
                Expr e = new Expr.Name(ps.name(), k.line(), k.col());
                if (!ps.atOp(".")) {
                    throw ps.syntaxError("invalid syntax", k);
                }
                while (ps.acceptOp(".")) {
                    Token at = ps.peek();
                    e = new Expr.Attribute(e, ps.name(), at.line(), at.col());
                }
                key = e;
            } else {
                key = literal();
            }
            ps.expectOp(":");
            keys.add(key);
            pats.add(pattern());
            if (!ps.acceptOp(",")) {
                break;
            }
        }
        ps.expectOp("}");
        return new Pattern.MatchMapping(keys, pats, rest, open.line(), open.col());
    }

    private Pattern classPattern(Expr cls, Token start) {
        ps.expectOp("(");
        List<Pattern> pos = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        List<Pattern> kwPats = new ArrayList<>();
        while (!ps.atOp(")")) {
            Token t = ps.peek();
            if (t.kind() == TokenKind.NAME && ps.peekAt(1).isOp("=")) {
                String n = ps.name();
                ps.next();
                kwNames.add(n);
                kwPats.add(pattern());
            } else {
                Pattern p = pattern();
                if (!kwNames.isEmpty()) {
                    throw ps.syntaxError("positional patterns follow keyword patterns", p.line(), p.col());
                }
                pos.add(p);
            }
            if (!ps.acceptOp(",")) {
                break;
            }
        }
        ps.expectOp(")");
        return new Pattern.MatchClass(cls, pos, kwNames, kwPats, start.line(), start.col());
    }
}
