package org.enginehost.python.modules;

import java.util.List;
import org.enginehost.python.PythonInterpreter;
import org.enginehost.python.TracebackFormatter;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyBaseException;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTraceback;
import org.enginehost.python.runtime.PyTuple;

/**
 * {@code _traceback}: what the traceback module (lib/traceback.py) needs from the interpreter:
 * the same formatting as an uncaught exception's, the entries of a traceback and source lines.
 */
final class TracebackHelpers {
    private TracebackHelpers() {
    }

    static PyModule create(PythonInterpreter interp) {
        PyModule m = new PyModule("_traceback", null);
        TracebackFormatter f = interp.tracebacks();
        m.defineFunction("format_exception", (a, k) -> {
            PyBuiltinFunction.checkArgs("format_exception", a, k, 3, 3);
            return strings(f.entries(exception(a[0]), Operations.isTrue(a[1]), limit(a[2])));
        });
        m.defineFunction("format_exception_only", (a, k) -> {
            PyBuiltinFunction.checkArgs("format_exception_only", a, k, 1, 1);
            return strings(TracebackFormatter.exceptionOnly(exception(a[0])));
        });
        m.defineFunction("tb_entries", (a, k) -> {
            PyBuiltinFunction.checkArgs("tb_entries", a, k, 1, 1);
            PyList out = new PyList();
            for (PyObject t = a[0]; t instanceof PyTraceback tb; t = tb.next) {
                out.append(PyTuple.of(new PyStr(tb.code.filename), PyInt.of(tb.line), new PyStr(tb.code.name)));
            }
            return out;
        });
        m.defineFunction("source_line", (a, k) -> {
            PyBuiltinFunction.checkArgs("source_line", a, k, 2, 2);
            String line = f.sourceLine(a[0].str(), (int) ((PyInt) a[1]).value);
            return line == null ? PyNone.NONE : new PyStr(line);
        });
        return m;
    }

    private static PyBaseException exception(PyObject o) {
        if (!(o instanceof PyBaseException e)) {
            throw PyErr.typeError("expected an exception, got " + o.getType().name);
        }
        return e;
    }

    private static int limit(PyObject o) {
        return o == PyNone.NONE ? Integer.MAX_VALUE : (int) Math.max(Integer.MIN_VALUE + 1,
                Math.min(Integer.MAX_VALUE, ((PyInt) o).value));
    }

    private static PyList strings(List<String> lines) {
        PyList out = new PyList();
        for (String s : lines) {
            out.append(new PyStr(s));
        }
        return out;
    }
}
