package org.enginehost.python.runtime;

/**
 * The builtin methods whose Java bodies take a fixed number of arguments without counting them:
 * how many each takes after self, checked by {@link PyBuiltinFunction#checkFixedArgs} before the
 * body runs, so that {@code (5).bit_length(1)} is CPython's TypeError rather than an answer. The
 * dunders that CPython implements as slot wrappers are marked as such here too, which gives them
 * CPython's repr and messages ({@code expected 0 arguments, got 1}).
 */
final class MethodArity {
    private MethodArity() {
    }

    /** Called once, after every method table is installed ({@link MethodTables}). */
    static void apply() {
        methods(PyInt.TYPE, 0, "__ceil__ __floor__ __trunc__ as_integer_ratio bit_count bit_length conjugate");
        slots(PyInt.TYPE, 0, "__abs__ __bool__ __float__ __index__ __int__ __invert__ __neg__ __pos__ __repr__ __str__");
        methods(PyFloat.TYPE, 0, "__ceil__ __floor__ __trunc__ as_integer_ratio conjugate hex is_integer");
        slots(PyFloat.TYPE, 0, "__abs__ __float__ __int__ __neg__ __pos__ __repr__ __str__");
        methods(PyComplex.TYPE, 0, "conjugate");
        slots(PyComplex.TYPE, 0, "__abs__");
        methods(PyStr.TYPE, 0, "capitalize casefold isalnum isalpha isascii isdecimal isdigit isidentifier islower"
                + " isnumeric isprintable isspace istitle isupper swapcase title");
        slots(PyStr.TYPE, 0, "__len__ __repr__ __str__");
        String bytesQueries = "capitalize isalnum isalpha isascii isdigit islower isspace istitle isupper lower swapcase"
                + " title upper";
        methods(PyBytes.TYPE, 0, bytesQueries);
        slots(PyBytes.TYPE, 0, "__len__");
        slots(PyBytes.TYPE, 1, "__contains__ __getitem__");
        methods(PyByteArray.TYPE, 0, bytesQueries + " clear copy reverse");
        slots(PyByteArray.TYPE, 0, "__len__");
        slots(PyByteArray.TYPE, 1, "__contains__ __delitem__ __getitem__");
        slots(PyByteArray.TYPE, 2, "__setitem__");
        methods(PyList.TYPE, 0, "clear copy reverse");
        methods(PyList.TYPE, 1, "remove");
        methods(PyTuple.TYPE, 1, "count");
        methods(PyDict.TYPE, 0, "__reversed__");
        methods(PyDict.TYPE, 1, "__contains__ __getitem__");
        slots(PyDict.TYPE, 0, "__len__");
        methods(PySet.TYPE, 1, "__contains__");
        slots(PySet.TYPE, 0, "__len__");
        methods(PySet.FROZEN_TYPE, 1, "__contains__");
        slots(PySet.FROZEN_TYPE, 0, "__len__");
    }

    private static void methods(PyType type, int args, String names) {
        type.fixArgs(args, names);
    }

    private static void slots(PyType type, int args, String names) {
        type.fixSlotArgs(args, names);
    }
}
