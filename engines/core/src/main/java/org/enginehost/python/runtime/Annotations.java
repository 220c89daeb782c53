package org.enginehost.python.runtime;

/** Runtime support for variable annotations in module and class bodies. */
public final class Annotations {
    private Annotations() {
    }

    private static final PyStr NAME = new PyStr("__annotations__");

    /**
     * CPython's SETUP_ANNOTATIONS: the compiler calls this (without arguments) at the start of a module or class
     * body holding annotated assignments; it creates {@code __annotations__} in the calling frame's namespace
     * unless it is already there (as when exec() runs in a namespace that has one).
     */
    public static final PyBuiltinFunction SETUP = new PyBuiltinFunction("__setup_annotations__", (a, k) -> {
        Frame f = ThreadState.current().frame;
        PyDict ns = f.locals != null ? f.locals : f.globals;
        if (ns.get(NAME) == null) {
            ns.put(NAME, new PyDict());
        }
        return PyNone.NONE;
    });
}
