package org.enginehost.python.eval;

import org.enginehost.python.runtime.FloatOps;
import org.enginehost.python.runtime.IntOps;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyFloat;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyObject;

/**
 * BINARY_OP (and UNARY_NEGATIVE) in compiled code for the operators that have fast paths: one small method per
 * operator instead of {@link FrameLoop#binaryOp}'s switch over all of them. Why: HotSpot inlines
 * a method that already has compiled code only while that code is small (InlineSmallCode), and
 * the shared switch, compiled on its own with every operator's fast path, is not; a method per
 * operator stays small enough to be inlined into each generated function, where the machine-size
 * int or float path then runs without a call. {@code op} is the operator with or without
 * {@code BinOp.INPLACE}, for the generic path (an in-place operator tries {@code __iadd__} first).
 */
final class CompiledArith {
    private CompiledArith() {
    }

    static PyObject add(int op, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (x.big == null && y.big == null) {
                return IntOps.add(x.value, y.value);
            }
        } else if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return new PyFloat(((PyFloat) a).value + ((PyFloat) b).value);
        }
        return Operations.binaryOp(op, a, b);
    }

    static PyObject sub(int op, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (x.big == null && y.big == null) {
                return IntOps.sub(x.value, y.value);
            }
        } else if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return new PyFloat(((PyFloat) a).value - ((PyFloat) b).value);
        }
        return Operations.binaryOp(op, a, b);
    }

    static PyObject mul(int op, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (x.big == null && y.big == null) {
                return IntOps.mul(x.value, y.value);
            }
        } else if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return new PyFloat(((PyFloat) a).value * ((PyFloat) b).value);
        }
        return Operations.binaryOp(op, a, b);
    }

    static PyObject mod(int op, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (x.big == null && y.big == null) {
                return IntOps.mod(x.value, y.value);
            }
        }
        return floats(op, a, b);
    }

    static PyObject floorDiv(int op, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (x.big == null && y.big == null) {
                return IntOps.floorDiv(x.value, y.value);
            }
        }
        return floats(op, a, b);
    }

    static PyObject trueDiv(int op, PyObject a, PyObject b) {
        return floats(op, a, b);
    }

    /** UNARY_NEGATIVE. */
    static PyObject neg(PyObject a) {
        if (a.getClass() == PyInt.class) {
            PyInt x = (PyInt) a;
            if (x.big == null && x.value != Long.MIN_VALUE) {
                return PyInt.of(-x.value);
            }
        } else if (a.getClass() == PyFloat.class) {
            return new PyFloat(-((PyFloat) a).value);
        }
        return a.neg();
    }

    /** The float path of an operator whose float form can raise (division by zero), else the generic path. */
    private static PyObject floats(int op, PyObject a, PyObject b) {
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return FloatOps.binop(op, ((PyFloat) a).value, ((PyFloat) b).value);
        }
        return Operations.binaryOp(op, a, b);
    }
}
