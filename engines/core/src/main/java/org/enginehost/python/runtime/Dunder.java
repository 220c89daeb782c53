package org.enginehost.python.runtime;

/**
 * The dunder methods that the operator protocols ({@link Slots}) look up on every use of an
 * operator on a user object, numbered: the numbers index a per-type array
 * ({@link PyType#lookupDunder}) that answers without hashing the name, as CPython's type slots do.
 */
final class Dunder {
    /** Binary operators, indexed by {@link BinOp} code; then reflected and in-place forms. */
    static final String[] BINOP = {"__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__", "__mul__",
        "__mod__", "__or__", "__pow__", "__rshift__", "__sub__", "__truediv__", "__xor__"};
    static final String[] RBINOP = new String[BINOP.length];
    static final String[] IBINOP = new String[BINOP.length];
    /** Comparisons, indexed by {@link CompareOp} code. */
    static final String[] COMPARE = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    private static final String[] SINGLE = {"__bool__", "__call__", "__contains__", "__delete__", "__delitem__",
        "__format__", "__get__", "__getitem__", "__hash__", "__iter__", "__len__", "__next__", "__repr__", "__set__",
        "__setitem__", "__str__"};

    /** Every name, at its number. */
    static final String[] NAMES;

    static {
        for (int i = 0; i < BINOP.length; i++) {
            RBINOP[i] = "__r" + BINOP[i].substring(2);
            IBINOP[i] = "__i" + BINOP[i].substring(2);
        }
        int n = 0;
        NAMES = new String[3 * BINOP.length + COMPARE.length + SINGLE.length];
        for (String[] group : new String[][] {BINOP, RBINOP, IBINOP, COMPARE, SINGLE}) {
            for (String name : group) {
                NAMES[n++] = name;
            }
        }
    }

    static final int BINOP_BASE = 0;
    static final int RBINOP_BASE = BINOP.length;
    static final int IBINOP_BASE = 2 * BINOP.length;
    static final int COMPARE_BASE = 3 * BINOP.length;

    static final int BOOL = of("__bool__");
    static final int CALL = of("__call__");
    static final int CONTAINS = of("__contains__");
    static final int DELETE = of("__delete__");
    static final int DELITEM = of("__delitem__");
    static final int FORMAT = of("__format__");
    static final int GET = of("__get__");
    static final int GETITEM = of("__getitem__");
    static final int HASH = of("__hash__");
    static final int ITER = of("__iter__");
    static final int LEN = of("__len__");
    static final int NEXT = of("__next__");
    static final int REPR = of("__repr__");
    static final int SET = of("__set__");
    static final int SETITEM = of("__setitem__");
    static final int STR = of("__str__");

    private Dunder() {
    }

    private static int of(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
