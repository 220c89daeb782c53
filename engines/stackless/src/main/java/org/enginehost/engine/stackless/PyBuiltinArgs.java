package org.enginehost.engine.stackless;

import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyObject;

/** Argument checks of the stackless builtins (self counts as an argument of a method). */
final class PyBuiltinArgs {
    private PyBuiltinArgs() {
    }

    static void exactly(String name, PyObject[] a, String[] k, int n) {
        PyBuiltinFunction.checkArgs(name, a, k, n, n);
    }
}
