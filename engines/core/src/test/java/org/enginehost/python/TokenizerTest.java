package org.enginehost.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.enginehost.python.lexer.Token;
import org.enginehost.python.lexer.TokenKind;
import org.enginehost.python.lexer.Tokenizer;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static String kinds(String src) {
        return Tokenizer.tokenize(src).stream()
                .map(t -> t.kind() == TokenKind.NAME || t.kind() == TokenKind.OP ? t.text() : t.kind().name())
                .collect(Collectors.joining(" "));
    }

    private static Token single(String src) {
        return Tokenizer.tokenize(src).get(0);
    }

    @Test
    void indentation() {
        String src = "if x:\n    y\n    if z:\n        w\n\n   # comment\nv\n";
        assertEquals("if x : NEWLINE INDENT y NEWLINE if z : NEWLINE INDENT w NEWLINE DEDENT DEDENT v NEWLINE ENDMARKER",
                kinds(src));
    }

    @Test
    void implicitAndExplicitLineJoining() {
        assertEquals("x = ( INT , INT ) NEWLINE ENDMARKER", kinds("x = (1,\n     2)\n"));
        assertEquals("x = INT + INT NEWLINE ENDMARKER", kinds("x = 1 + \\\n  2\n"));
        assertEquals("x NEWLINE ENDMARKER", kinds("x"));
    }

    @Test
    void numberLiterals() {
        assertEquals(255L, single("0xff").value());
        assertEquals(8L, single("0o10").value());
        assertEquals(5L, single("0b101").value());
        assertEquals(1000000L, single("1_000_000").value());
        assertEquals(new BigInteger("123456789012345678901234567890"), single("123456789012345678901234567890").value());
        assertEquals(1.5e10, single("1.5e10").value());
        assertEquals(0.5, single(".5").value());
        assertEquals(1.0, single("1.").value());
        assertEquals(TokenKind.IMAGINARY, single("3j").kind());
        assertEquals(TokenKind.ERROR, single("0123").kind());
    }

    @Test
    void stringLiterals() {
        assertEquals("a\nb", single("'a\\nb'").value());
        assertEquals("a\\nb", single("r'a\\nb'").value());
        assertEquals("x\ny", single("\"\"\"x\ny\"\"\"").value());
        assertEquals("A\u00e9", single("'\\x41\\u00e9'").value());
        assertEquals("it's", single("\"it's\"").value());
        Token err = single("'abc");
        assertEquals(TokenKind.ERROR, err.kind());
        assertEquals("unterminated string literal (detected at line 1)", err.value());
    }

    @Test
    void bracketErrors() {
        List<Token> t = Tokenizer.tokenize("x = (1 +\n");
        Token last = t.get(t.size() - 1);
        assertEquals("'(' was never closed", last.value());
        assertEquals(1, last.line());
        assertEquals(4, last.col());
    }

    @Test
    void unindentMismatch() {
        List<Token> t = Tokenizer.tokenize("if x:\n    a\n  b\n");
        Token last = t.get(t.size() - 1);
        assertEquals(TokenKind.ERROR, last.kind());
        assertEquals("unindent does not match any outer indentation level", last.value());
    }
}
