package org.enginehost.engine.stackless;

import org.enginehost.python.runtime.Instructions;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyType;

/**
 * {@code stackless.bomb}: an exception travelling as a value. A tasklet that receives one from a
 * channel, or continues with one as its result, raises it.
 */
final class Bomb extends PyObject {
    static final PyType TYPE = new PyType("bomb", new PyType[] {PyType.OBJECT}, (t, a, k) -> new Bomb(
            a.length > 0 ? a[0] : PyNone.NONE, a.length > 1 ? a[1] : PyNone.NONE, a.length > 2 ? a[2] : PyNone.NONE),
            "stackless");

    final PyObject type;
    final PyObject value;
    final PyObject traceback;

    Bomb(PyObject type, PyObject value, PyObject traceback) {
        this.type = type;
        this.value = value;
        this.traceback = traceback;
    }

    /** The exception to raise, built the way {@code raise type(value)} would. */
    PyException toException() {
        PyObject exc = type;
        if (value != PyNone.NONE && exc instanceof PyType) {
            exc = value instanceof org.enginehost.python.runtime.PyTuple
                    ? exc.call(((org.enginehost.python.runtime.PyTuple) value).items, null)
                    : exc.call(new PyObject[] {value}, null);
        }
        return Instructions.raise(exc, null);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject getAttr(String name) {
        switch (name) {
            case "type": return type;
            case "value": return value;
            case "traceback": return traceback;
            default: return super.getAttr(name);
        }
    }
}
