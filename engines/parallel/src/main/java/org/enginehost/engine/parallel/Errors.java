package org.enginehost.engine.parallel;

import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.PyBaseException;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyType;
import org.enginehost.python.runtime.ThreadState;

/**
 * Raising the exceptions of {@code concurrent.interpreters} (InterpreterError, QueueEmpty, ...) from
 * Java: each interpreter has its own classes (defined by the Python part of the module), so the
 * class is looked up in the interpreter running the calling thread, importing the module there
 * when that interpreter has not yet done so (it may hold a queue it received without importing).
 */
final class Errors {
    private Errors() {
    }

    static ParallelInterpreter current() {
        return (ParallelInterpreter) ThreadState.current().interpreter;
    }

    static PyType type(String name) {
        ParallelInterpreter i = current();
        PyType t = i.errors.get(name);
        if (t == null) {
            PyObject m = i.importName("concurrent.interpreters", 0, true, null);
            PyObject v = ((PyModule) m).dict.get(new PyStr(name));
            if (!(v instanceof PyType)) {
                return ExceptionTypes.RUNTIME_ERROR;
            }
            t = (PyType) v;
            i.errors.put(name, t);
        }
        return t;
    }

    static PyException raise(String name, String message) {
        PyObject e = type(name).call(new PyObject[] {new PyStr(message)}, null);
        if (!(e instanceof PyBaseException)) {
            return PyErr.typeError("exceptions must derive from BaseException");
        }
        return new PyException((PyBaseException) e);
    }

    static PyException notShareable(PyObject v) {
        return raise("NotShareableError", "object of type '" + v.getType().name + "' is not shareable");
    }

    static PyException notFound(long id) {
        return raise("InterpreterNotFoundError", "unrecognized interpreter ID " + id);
    }
}
