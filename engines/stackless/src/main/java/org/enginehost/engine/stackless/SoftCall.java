package org.enginehost.engine.stackless;

import org.enginehost.python.runtime.Frame;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyObject;

/**
 * The body of a builtin that may switch tasklets. Called by a CALL instruction of the frame loop,
 * it gets the loop and the calling frame and may return {@link HeapLoop#switchMarker()} to make
 * the loop continue in another tasklet's frame (a soft switch). Called from Java code (a nested
 * call, e.g. through {@code map()}), {@code loop} and {@code caller} are null and it may not
 * switch.
 */
interface SoftCall extends PyBuiltinFunction.Body {
    PyObject callSoft(HeapLoop loop, Frame caller, PyObject[] args, String[] kwnames);

    @Override
    default PyObject call(PyObject[] args, String[] kwnames) {
        return callSoft(null, null, args, kwnames);
    }
}
