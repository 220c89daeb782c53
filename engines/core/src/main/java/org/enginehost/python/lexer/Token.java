package org.enginehost.python.lexer;

/**
 * One token. Lines are 1-based, columns 0-based (as CPython's col_offset). {@code value} holds
 * the decoded literal: Long or BigInteger for INT, Double for FLOAT and IMAGINARY, String for
 * STRING; for ERROR it is the message. {@code flags} describes string literals.
 */
public record Token(TokenKind kind, String text, Object value, int line, int col, int endLine, int endCol,
                    int flags) {
    /** String literal flags. */
    public static final int BYTES = 1;
    public static final int FSTRING = 2;
    public static final int RAW = 4;
    /** ERROR flags: which exception type the error becomes. */
    public static final int INDENTATION_ERROR = 8;
    public static final int TAB_ERROR = 16;

    public boolean isOp(String op) {
        return kind == TokenKind.OP && text.equals(op);
    }

    public boolean isName(String name) {
        return kind == TokenKind.NAME && text.equals(name);
    }

    @Override
    public String toString() {
        return kind + (text.isEmpty() ? "" : " " + text) + " @" + line + ":" + col;
    }
}
