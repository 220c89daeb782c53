package org.enginehost.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Collectors;
import org.enginehost.python.ast.Expr;
import org.enginehost.python.parser.Parser;
import org.enginehost.python.parser.SyntaxErrorException;
import org.enginehost.python.runtime.BinOp;
import org.junit.jupiter.api.Test;

class ParserTest {
    /** Renders an expression fully parenthesised. */
    private static String show(Expr e) {
        if (e instanceof Expr.Name n) {
            return n.id();
        }
        if (e instanceof Expr.Constant c) {
            return String.valueOf(c.value());
        }
        if (e instanceof Expr.BinOp b) {
            return "(" + show(b.left()) + " " + BinOp.symbol(b.op()) + " " + show(b.right()) + ")";
        }
        if (e instanceof Expr.UnaryOp u) {
            return "(" + u.op() + " " + show(u.operand()) + ")";
        }
        if (e instanceof Expr.BoolOp b) {
            return "(" + b.values().stream().map(ParserTest::show).collect(Collectors.joining(b.isAnd() ? " and " : " or ")) + ")";
        }
        if (e instanceof Expr.Compare c) {
            StringBuilder sb = new StringBuilder("(" + show(c.left()));
            for (int i = 0; i < c.ops().size(); i++) {
                sb.append(' ').append(c.ops().get(i)).append(' ').append(show(c.comparators().get(i)));
            }
            return sb.append(')').toString();
        }
        if (e instanceof Expr.IfExp i) {
            return "(" + show(i.body()) + " if " + show(i.test()) + " else " + show(i.orelse()) + ")";
        }
        if (e instanceof Expr.Call c) {
            return show(c.func()) + "(" + c.args().stream().map(ParserTest::show).collect(Collectors.joining(", ")) + ")";
        }
        if (e instanceof Expr.Attribute a) {
            return show(a.value()) + "." + a.attr();
        }
        if (e instanceof Expr.Subscript s) {
            return show(s.value()) + "[" + show(s.slice()) + "]";
        }
        if (e instanceof Expr.Tuple t) {
            return "tuple(" + t.elts().stream().map(ParserTest::show).collect(Collectors.joining(", ")) + ")";
        }
        return e.getClass().getSimpleName();
    }

    private static String p(String src) {
        return show(Parser.parseExpression(src, "<test>"));
    }

    @Test
    void arithmeticPrecedence() {
        assertEquals("(1 + (2 * 3))", p("1 + 2 * 3"));
        assertEquals("((1 - 2) - 3)", p("1 - 2 - 3"));
        assertEquals("(2 ** (3 ** 2))", p("2 ** 3 ** 2"));
        assertEquals("(NEG (2 ** 2))", p("-2 ** 2"));
        assertEquals("(2 ** (NEG 1))", p("2 ** -1"));
        assertEquals("((a * b) // c)", p("a * b // c"));
    }

    @Test
    void bitwiseAndShiftPrecedence() {
        assertEquals("(a | (b ^ (c & (d << (e + f)))))", p("a | b ^ c & d << e + f"));
    }

    @Test
    void booleanAndComparisonPrecedence() {
        assertEquals("(a or (b and (NOT c)))", p("a or b and not c"));
        assertEquals("(NOT (a LT b LT c))", p("not a < b < c"));
        assertEquals("(x IS_NOT null)", p("x is not None"));
        assertEquals("(x NOT_IN y)", p("x not in y"));
        assertEquals("((a + 1) if (b or c) else d)", p("a + 1 if b or c else d"));
    }

    @Test
    void primaries() {
        assertEquals("f(a, (b + 1)).x[0]", p("f(a, b + 1).x[0]"));
        assertEquals("tuple(1, 2)", p("1, 2"));
    }

    @Test
    void syntaxErrorsCarryLocation() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> Parser.parseModule("x = 1\nif x\n    pass\n", "f.py"));
        assertEquals("expected ':'", e.msg);
        assertEquals(2, e.line);
        e = assertThrows(SyntaxErrorException.class, () -> Parser.parseModule("if x:\npass\n", "f.py"));
        assertEquals("IndentationError", e.type);
        assertEquals("expected an indented block after 'if' statement on line 1", e.msg);
        e = assertThrows(SyntaxErrorException.class, () -> Parser.parseModule("f() = 1\n", "f.py"));
        assertEquals("cannot assign to function call here. Maybe you meant '==' instead of '='?", e.msg);
    }
}
