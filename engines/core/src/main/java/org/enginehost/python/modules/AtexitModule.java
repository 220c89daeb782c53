package org.enginehost.python.modules;

import java.util.Arrays;
import org.enginehost.python.PythonInterpreter;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.Operations;

/**
 * {@code atexit}: functions to call when the script ends. They are kept by the interpreter
 * ({@link PythonInterpreter#exitFunctions}), which calls them last registered first after the
 * script's last statement, its uncaught exception or its SystemExit.
 */
final class AtexitModule {
    private AtexitModule() {
    }

    static PyModule create(PythonInterpreter interp) {
        PyModule m = new PyModule("atexit", null);
        m.defineFunction("register", (a, k) -> {
            if (a.length - (k == null ? 0 : k.length) < 1) {
                throw PyErr.typeError("register() takes at least 1 argument (0 given)");
            }
            if (!org.enginehost.python.runtime.Builtins.isCallable(a[0])) {
                throw PyErr.typeError("the first argument must be callable");
            }
            interp.exitFunctions().add(new PythonInterpreter.ExitFunction(a[0], Arrays.copyOfRange(a, 1, a.length), k));
            return a[0];
        });
        m.defineFunction("unregister", (a, k) -> {
            PyBuiltinFunction.checkArgs("unregister", a, k, 1, 1);
            interp.exitFunctions().removeIf(f -> f.function() == a[0] || Operations.eq(f.function(), a[0]));
            return PyNone.NONE;
        });
        m.defineFunction("_run_exitfuncs", (a, k) -> {
            PyBuiltinFunction.checkArgs("_run_exitfuncs", a, k, 0, 0);
            interp.runExitFunctions();
            return PyNone.NONE;
        });
        m.defineFunction("_clear", (a, k) -> {
            PyBuiltinFunction.checkArgs("_clear", a, k, 0, 0);
            interp.exitFunctions().clear();
            return PyNone.NONE;
        });
        m.defineFunction("_ncallbacks", (a, k) -> {
            PyBuiltinFunction.checkArgs("_ncallbacks", a, k, 0, 0);
            return PyInt.of(interp.exitFunctions().size());
        });
        return m;
    }
}
