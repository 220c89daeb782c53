package org.enginehost.python.runtime;

/** Binary operator codes, numbered like CPython 3.11's BINARY_OP argument. */
public final class BinOp {
    public static final int ADD = 0;
    public static final int AND = 1;
    public static final int FLOORDIV = 2;
    public static final int LSHIFT = 3;
    public static final int MATMUL = 4;
    public static final int MUL = 5;
    public static final int MOD = 6;
    public static final int OR = 7;
    public static final int POW = 8;
    public static final int RSHIFT = 9;
    public static final int SUB = 10;
    public static final int TRUEDIV = 11;
    public static final int XOR = 12;
    /** Added to an operator code for its in-place form ({@code +=}). */
    public static final int INPLACE = 13;

    private static final String[] SYMBOLS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};

    private BinOp() {
    }

    /** The operator as written, e.g. {@code "+"} or {@code "+="}. */
    public static String symbol(int op) {
        return op >= INPLACE ? SYMBOLS[op - INPLACE] + "=" : SYMBOLS[op];
    }
}
