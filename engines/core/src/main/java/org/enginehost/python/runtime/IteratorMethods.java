package org.enginehost.python.runtime;

/**
 * The iterator protocol as methods of the builtin iterator types ({@code iter([]).__next__},
 * {@code type(iter("")).__iter__}), which the runtime itself drives through Java's
 * {@link PyObject#iter()} and {@link PyObject#next()}. Installed once, by {@link MethodTables}.
 */
final class IteratorMethods {
    private IteratorMethods() {
    }

    static void install(PyType... types) {
        for (PyType t : types) {
            if (t.dict().get("__next__") != null) {
                continue; // the type defines its own (generators)
            }
            t.addMethod("__iter__", (a, k) -> a[0]);
            t.addMethod("__next__", (a, k) -> {
                PyObject v = a[0].next();
                if (v == null) {
                    throw new PyException(new PyBaseException(ExceptionTypes.STOP_ITERATION, PyTuple.EMPTY));
                }
                return v;
            });
            t.fixSlotArgs(0, "__iter__ __next__");
        }
    }

    static void installBuiltins() {
        install(PySeqIterator.LIST_ITERATOR, PySeqIterator.TUPLE_ITERATOR, PySeqIterator.STR_ITERATOR,
                PyStrIterator.ASCII_TYPE, PyStrIterator.TYPE, PyRange.ITERATOR_TYPE, PyRange.LONG_ITERATOR_TYPE,
                PySet.ITERATOR_TYPE, PyBytes.ITERATOR, PyByteArray.ITERATOR, PyMemoryView.ITERATOR,
                IterBuiltins.ENUMERATE, IterBuiltins.ZIP, IterBuiltins.MAP, IterBuiltins.FILTER, IterBuiltins.REVERSED,
                IterBuiltins.LIST_REVERSED, IterBuiltins.CALLABLE_ITERATOR);
        install(DictViews.ITER_TYPES);
    }
}
