package org.enginehost.python.modules;

import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyType;

/**
 * What io's in-memory streams (StringIO, BytesIO) share: being open or closed, and the stream
 * methods that only look at that.
 */
abstract class MemoryStream extends PyObject {
    boolean closed;

    /** CPython words the closed-stream error differently for text and for bytes. */
    abstract String closedMessage();

    final void check() {
        if (closed) {
            throw PyErr.valueError(closedMessage());
        }
    }

    /** A stream is its own iterator over its lines. */
    @Override
    public PyObject iter() {
        check();
        return this;
    }

    /** The optional size argument of read/readline/readlines: -1 when absent or None. */
    static int sizeArg(PyObject[] a, String[] k, String fname) {
        PyBuiltinFunction.checkArgs(fname, a, k, 1, 2);
        if (a.length < 2 || a[1] == PyNone.NONE) {
            return -1;
        }
        return Args.toSmallInt(a[1], "cannot fit 'int' into an index-sized integer");
    }

    /** close, flush, readable/writable/seekable, isatty, the context manager and iteration. */
    static void installCommon(PyType t) {
        t.addMethod("close", (a, k) -> {
            ((MemoryStream) a[0]).closed = true;
            return PyNone.NONE;
        });
        t.addMethod("flush", (a, k) -> {
            ((MemoryStream) a[0]).check();
            return PyNone.NONE;
        });
        for (String q : new String[] {"readable", "writable", "seekable"}) {
            t.addMethod(q, (a, k) -> {
                ((MemoryStream) a[0]).check();
                return PyBool.TRUE;
            });
        }
        t.addMethod("isatty", (a, k) -> {
            ((MemoryStream) a[0]).check();
            return PyBool.FALSE;
        });
        t.addMethod("__enter__", (a, k) -> {
            ((MemoryStream) a[0]).check();
            return a[0];
        });
        t.addMethod("__exit__", (a, k) -> {
            ((MemoryStream) a[0]).closed = true;
            return PyNone.NONE;
        });
        installIteration(t);
        t.fixArgs(0, "close flush readable writable seekable isatty __enter__");
    }

    /** __iter__ and __next__ over the stream's own iter()/next() (its lines). */
    static void installIteration(PyType t) {
        t.addMethod("__iter__", (a, k) -> a[0].iter());
        t.addMethod("__next__", (a, k) -> {
            PyObject v = a[0].next();
            if (v == null) {
                throw PyErr.format(ExceptionTypes.STOP_ITERATION, null);
            }
            return v;
        });
        t.fixSlotArgs(0, "__iter__ __next__");
    }
}
