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
        PyInt.TYPE.fixArgs(0, "__ceil__ __floor__ __trunc__ as_integer_ratio bit_count bit_length conjugate");
        PyInt.TYPE.fixSlotArgs(0,
                "__abs__ __bool__ __float__ __index__ __int__ __invert__ __neg__ __pos__ __repr__ __str__");
        PyFloat.TYPE.fixArgs(0, "__ceil__ __floor__ __trunc__ as_integer_ratio conjugate hex is_integer");
        PyFloat.TYPE.fixSlotArgs(0, "__abs__ __float__ __int__ __neg__ __pos__ __repr__ __str__");
        PyComplex.TYPE.fixArgs(0, "conjugate");
        PyComplex.TYPE.fixSlotArgs(0, "__abs__");
        PyStr.TYPE.fixArgs(0, "capitalize casefold isalnum isalpha isascii isdecimal isdigit isidentifier islower"
                + " isnumeric isprintable isspace istitle isupper swapcase title");
        PyStr.TYPE.fixSlotArgs(0, "__len__ __repr__ __str__");
        String bytesQueries = "capitalize isalnum isalpha isascii isdigit islower isspace istitle isupper lower"
                + " swapcase title upper";
        PyBytes.TYPE.fixArgs(0, bytesQueries);
        PyBytes.TYPE.fixSlotArgs(0, "__len__");
        PyBytes.TYPE.fixSlotArgs(1, "__contains__ __getitem__");
        PyByteArray.TYPE.fixArgs(0, bytesQueries + " clear copy reverse");
        PyByteArray.TYPE.fixSlotArgs(0, "__len__");
        PyByteArray.TYPE.fixSlotArgs(1, "__contains__ __delitem__ __getitem__");
        PyByteArray.TYPE.fixSlotArgs(2, "__setitem__");
        PyList.TYPE.fixArgs(0, "clear copy reverse");
        PyList.TYPE.fixArgs(1, "remove");
        PyTuple.TYPE.fixArgs(1, "count");
        PyDict.TYPE.fixArgs(0, "__reversed__");
        PyDict.TYPE.fixArgs(1, "__contains__ __getitem__");
        PyDict.TYPE.fixSlotArgs(0, "__len__");
        PySet.TYPE.fixArgs(1, "__contains__");
        PySet.TYPE.fixSlotArgs(0, "__len__");
        PySet.FROZEN_TYPE.fixArgs(1, "__contains__");
        PySet.FROZEN_TYPE.fixSlotArgs(0, "__len__");
        // Pickling support and hashing (ReduceMethods, ObjectMethods, ExceptionMethods).
        for (PyType t : new PyType[] {PyInt.TYPE, PyFloat.TYPE, PyComplex.TYPE, PyStr.TYPE, PyBytes.TYPE, PyTuple.TYPE}) {
            t.fixArgs(0, "__getnewargs__");
        }
        for (PyType t : new PyType[] {PySet.TYPE, PySet.FROZEN_TYPE, PyByteArray.TYPE, PySlice.TYPE,
                PySeqIterator.LIST_ITERATOR, ExceptionTypes.BASE_EXCEPTION}) {
            t.fixArgs(0, "__reduce__");
        }
        for (PyType t : new PyType[] {PyType.OBJECT, PyInt.TYPE, PyFloat.TYPE, PyStr.TYPE}) {
            t.fixSlotArgs(0, "__hash__");
        }
        ExceptionTypes.BASE_EXCEPTION.fixSlotArgs(0, "__repr__ __str__");
    }
}
