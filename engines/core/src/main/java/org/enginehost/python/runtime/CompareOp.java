package org.enginehost.python.runtime;

/** Rich comparison codes, numbered like CPython's Py_LT..Py_GE. */
public final class CompareOp {
    public static final int LT = 0;
    public static final int LE = 1;
    public static final int EQ = 2;
    public static final int NE = 3;
    public static final int GT = 4;
    public static final int GE = 5;

    private static final String[] SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};
    private static final int[] SWAPPED = {GT, GE, EQ, NE, LT, LE};

    private CompareOp() {
    }

    public static String symbol(int op) {
        return SYMBOLS[op];
    }

    /** The operator to use with the operands exchanged. */
    public static int swapped(int op) {
        return SWAPPED[op];
    }

    /** Interprets a three-way comparison result for {@code op}. */
    public static boolean test(int op, int cmp) {
        switch (op) {
            case LT: return cmp < 0;
            case LE: return cmp <= 0;
            case EQ: return cmp == 0;
            case NE: return cmp != 0;
            case GT: return cmp > 0;
            default: return cmp >= 0;
        }
    }
}
