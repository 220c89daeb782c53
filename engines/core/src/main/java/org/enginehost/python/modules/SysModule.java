package org.enginehost.python.modules;

import java.util.List;
import org.enginehost.python.PythonInterpreter;
import org.enginehost.python.PythonVersion;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.Index;
import org.enginehost.python.runtime.PyBaseException;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStdin;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTextIO;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.ThreadState;

/** The {@code sys} module of one interpreter. */
public final class SysModule {
    private SysModule() {
    }

    public static PyModule create(PythonInterpreter interp, ThreadState ts, PyTextIO out, PyTextIO err,
                                  PyDict modules) {
        PyModule sys = new PyModule("sys", null);
        sys.define("stdout", out);
        sys.define("stderr", err);
        sys.define("__stdout__", out);
        sys.define("__stderr__", err);
        PyStdin stdin = new PyStdin(interp::stdinReader);
        sys.define("stdin", stdin);
        sys.define("__stdin__", stdin);
        sys.define("modules", modules);
        sys.define("argv", new PyList());
        sys.define("path", new PyList());
        sys.define("maxsize", PyInt.of(Long.MAX_VALUE));
        sys.define("platform", new PyStr("java"));
        sys.define("version", new PyStr("3.11.0 (enginehost " + PythonVersion.ENGINE_VERSION + ")"));
        sys.define("byteorder", new PyStr("little"));
        SysModuleExtras.install(sys);
        // The report of an uncaught exception, written to the current sys.stderr. (The interpreter
        // reports with the same formatter, or calls the script's own sys.excepthook when it set one.)
        PyBuiltinFunction excepthook = new PyBuiltinFunction("excepthook", (a, k) -> {
            PyBuiltinFunction.checkArgs("excepthook", a, k, 3, 3);
            if (!(a[1] instanceof PyBaseException)) {
                throw PyErr.typeError("print_exception(): Exception expected for value, " + a[1].getType().name
                        + " found");
            }
            PyObject stderr = sys.dict.get("stderr");
            stderr.getAttr("write").call(new PyObject[] {new PyStr(interp.tracebacks().format((PyBaseException) a[1]))},
                    null);
            return PyNone.NONE;
        });
        sys.define("excepthook", excepthook);
        sys.define("__excepthook__", excepthook);
        sys.defineFunction("exit", (a, k) -> {
            PyBuiltinFunction.checkArgs("exit", a, k, 0, 1);
            PyBaseException e = new PyBaseException(ExceptionTypes.SYSTEM_EXIT,
                    a.length == 0 ? PyTuple.EMPTY : PyTuple.of(a[0]));
            e.setAttr("code", a.length == 0 ? PyNone.NONE : a[0]);
            throw new PyException(e);
        });
        sys.defineFunction("_getframe", (a, k) -> {
            PyBuiltinFunction.checkArgs("_getframe", a, k, 0, 1);
            long depth = a.length == 0 ? 0 : Index.clipped(a[0]);
            org.enginehost.python.runtime.Frame f = ThreadState.current().frame;
            for (long i = 0; i < depth && f != null; i++) {
                f = f.back;
            }
            if (f == null || depth < 0) {
                throw PyErr.valueError("call stack is not deep enough");
            }
            return f;
        });
        sys.defineFunction("getrecursionlimit", (a, k) -> {
            PyBuiltinFunction.checkArgs("getrecursionlimit", a, k, 0, 0);
            return PyInt.of(ts.recursionLimit);
        });
        sys.defineFunction("get_int_max_str_digits", (a, k) -> {
            PyBuiltinFunction.checkArgs("get_int_max_str_digits", a, k, 0, 0);
            return PyInt.of(ts.maxStrDigits);
        });
        sys.defineFunction("set_int_max_str_digits", (a, k) -> {
            PyObject[] p = Args.bind("set_int_max_str_digits", a, k, new String[] {"maxdigits"}, 1, 1);
            int n = Args.toSmallInt(p[0], "Python int too large to convert to C int");
            if (n != 0 && n < 640) {
                throw PyErr.valueError("maxdigits must be 0 or larger than 640");
            }
            ts.maxStrDigits = n;
            return PyNone.NONE;
        });
        sys.defineFunction("setrecursionlimit", (a, k) -> {
            PyBuiltinFunction.checkArgs("setrecursionlimit", a, k, 1, 1);
            if (!(a[0] instanceof PyInt)) {
                throw PyErr.typeError("'" + a[0].getType().name + "' object cannot be interpreted as an integer");
            }
            PyInt n = (PyInt) a[0];
            if (n.isBig() || n.value > Integer.MAX_VALUE) {
                throw PyErr.overflow("Python int too large to convert to C int");
            }
            if (n.value < 1) {
                throw PyErr.valueError("recursion limit must be greater or equal than 1");
            }
            if (n.value <= ts.depth) {
                throw PyErr.format(ExceptionTypes.RECURSION_ERROR, "cannot set the recursion limit to " + n.value
                        + " at the recursion depth " + ts.depth + ": the limit is too low");
            }
            ts.recursionLimit = (int) n.value;
            return PyNone.NONE;
        });
        sys.defineFunction("exception", (a, k) -> {
            PyBuiltinFunction.checkArgs("exception", a, k, 0, 0);
            return ts.handled == null ? PyNone.NONE : ts.handled;
        });
        sys.defineFunction("exc_info", (a, k) -> {
            PyBaseException h = ts.handled;
            if (h == null) {
                return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            return PyTuple.of(h.getType(), h, h.traceback == null ? PyNone.NONE : h.traceback);
        });
        return sys;
    }

    /** Replaces {@code sys.argv}. */
    public static void setArgv(PyModule sys, List<String> argv) {
        PyObject[] items = new PyObject[argv.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = new PyStr(argv.get(i));
        }
        sys.define("argv", new PyList(items));
    }
}
