package org.enginehost.engine.parallel;

import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBytes;
import org.enginehost.python.runtime.PyFloat;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyMemoryView;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;

/**
 * The values that may cross from one interpreter to another: None, bool, int, float, str, bytes
 * (exact types), tuples of those, queues, channel ends and memoryviews (which share their buffer). The immutable ones are immutable Java
 * objects too (final fields, no mutator reachable from Python), so the receiving interpreter gets
 * the very object: an equal value that no interpreter can change. Queues and channels are
 * thread-safe and shared by design.
 */
final class Shareable {
    private Shareable() {
    }

    static boolean check(PyObject v) {
        if (v == PyNone.NONE || v == PyBool.TRUE || v == PyBool.FALSE) {
            return true;
        }
        PyType t = v.getType();
        if (t == PyInt.TYPE || t == PyStr.TYPE || t == PyFloat.TYPE || t == PyBytes.TYPE) {
            return true;
        }
        if (t == PyTuple.TYPE) {
            for (PyObject item : ((PyTuple) v).items) {
                if (!check(item)) {
                    return false;
                }
            }
            return true;
        }
        return v instanceof PyInterpQueue || v instanceof Channel.End || t == PyMemoryView.TYPE;
    }

    /**
     * What the receiving interpreter gets for the shareable value {@code v}: the value itself,
     * except that a memoryview arrives as a new view of the same buffer (releasing one side's view
     * does not release the other's), also inside tuples.
     */
    static PyObject transfer(PyObject v) {
        if (v instanceof PyMemoryView) {
            return ((PyMemoryView) v).shareView();
        }
        if (v instanceof PyTuple && v.getType() == PyTuple.TYPE) {
            PyObject[] items = ((PyTuple) v).items;
            PyObject[] copy = null;
            for (int i = 0; i < items.length; i++) {
                PyObject x = transfer(items[i]);
                if (x != items[i]) {
                    if (copy == null) {
                        copy = items.clone();
                    }
                    copy[i] = x;
                }
            }
            return copy == null ? v : new PyTuple(copy);
        }
        return v;
    }
}
