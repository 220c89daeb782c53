package org.enginehost.python.runtime;

import java.util.IdentityHashMap;
import java.util.Map;

/** Detects recursive containers during repr, like CPython's Py_ReprEnter. */
public final class ReprGuard {
    private static final ThreadLocal<Map<PyObject, Boolean>> ACTIVE = ThreadLocal.withInitial(IdentityHashMap::new);

    private ReprGuard() {
    }

    public static boolean enter(PyObject o) {
        return ACTIVE.get().put(o, Boolean.TRUE) == null;
    }

    public static void exit(PyObject o) {
        ACTIVE.get().remove(o);
    }
}
