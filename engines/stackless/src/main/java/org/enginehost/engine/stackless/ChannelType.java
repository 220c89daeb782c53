package org.enginehost.engine.stackless;

import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyMethod;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;
import org.enginehost.python.modules.Args;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyInt;

/** The Python face of {@link Channel}: the {@code stackless.channel} type. */
final class ChannelType {
    private ChannelType() {
    }

    static final PyType TYPE = new PyType("channel", new PyType[] {PyType.OBJECT}, (t, a, k) -> {
        PyBuiltinFunction.checkArgs("channel", a, k, 0, 0);
        return new Channel(TaskletType.scheduler());
    }, "stackless");

    private static Channel self(PyObject[] a) {
        return (Channel) a[0];
    }

    static {
        PyType t = TYPE;
        t.addMethod("send", (SoftCall) (loop, caller, a, k) -> {
            PyBuiltinFunction.checkArgs("send", a, k, 2, 2);
            return self(a).send(loop, caller, a[1]);
        });
        t.addMethod("receive", (SoftCall) (loop, caller, a, k) -> {
            PyBuiltinFunction.checkArgs("receive", a, k, 1, 1);
            return self(a).receive(loop, caller);
        });
        t.addMethod("send_exception", (SoftCall) (loop, caller, a, k) -> {
            if (a.length < 2) {
                throw PyErr.typeError("send_exception() takes at least 1 argument (0 given)");
            }
            PyObject[] args = new PyObject[a.length - 2];
            System.arraycopy(a, 2, args, 0, args.length);
            return self(a).send(loop, caller, new Bomb(a[1], new PyTuple(args), PyNone.NONE));
        });
        t.addMethod("send_throw", (SoftCall) (loop, caller, a, k) -> {
            PyObject[] p = Args.bind("send_throw", StacklessArgs.rest(a), k, new String[] {"exc", "val", "tb"}, 1, 3);
            PyObject val = p[1] == null ? PyNone.NONE : p[1];
            return self(a).send(loop, caller, new Bomb(p[0], val instanceof PyTuple || val == PyNone.NONE ? val
                    : new PyTuple(new PyObject[] {val}), PyNone.NONE));
        });
        t.addMethod("close", (a, k) -> {
            self(a).closing = true;
            return PyNone.NONE;
        });
        t.addMethod("open", (a, k) -> {
            self(a).closing = false;
            return PyNone.NONE;
        });
        t.addMethod("__iter__", (a, k) -> a[0]);
        t.addMethod("__next__", (SoftCall) (loop, caller, a, k) -> next(loop, caller, self(a)));
    }

    /** {@code next(ch)}: StopIteration once the channel is closing and no sender waits, else receive(). */
    static PyObject next(HeapLoop loop, org.enginehost.python.runtime.Frame caller, Channel ch) {
        if (ch.exhausted()) {
            throw new PyException(PyErr.newException(ExceptionTypes.STOP_ITERATION, null));
        }
        return ch.receive(loop, caller);
    }

    static PyObject attribute(Channel ch, String name) {
        switch (name) {
            case "balance": return PyInt.of(ch.balance);
            case "preference": return PyInt.of(ch.preference);
            case "schedule_all": return PyBool.of(ch.scheduleAll);
            case "closing": return PyBool.of(ch.closing);
            case "closed": return PyBool.of(ch.closing && ch.balance == 0);
            case "queue": return ch.queue.isEmpty() ? PyNone.NONE : ch.queue.peekFirst();
            case "send_sequence": return new PyMethod(ch, ch.scheduler.sendSequence());
            default: return null;
        }
    }

    static boolean setAttribute(Channel ch, String name, PyObject value) {
        switch (name) {
            case "preference": {
                long p = ((PyInt) value).value;
                ch.preference = p < 0 ? -1 : p > 0 ? 1 : 0;
                return true;
            }
            case "schedule_all":
                ch.scheduleAll = Operations.isTrue(value);
                return true;
            default:
                return false;
        }
    }
}
