package org.enginehost.engine.parallel;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.enginehost.python.modules.Args;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;
import org.enginehost.python.runtime.ThreadState;

/**
 * {@code concurrent.interpreters.Queue}: a FIFO of shareable values usable from every interpreter
 * and thread (the same Java object everywhere). Unbounded when {@code maxsize <= 0}. Closing wakes
 * every blocked caller; a closed queue refuses puts but still hands out what it holds.
 */
final class PyInterpQueue extends PyObject {
    static final PyType TYPE = new PyType("Queue", new PyType[] {PyType.OBJECT}, null, "concurrent.interpreters");

    static {
        TYPE.addMethod("put", (a, k) -> {
            PyObject[] p = Args.bind("put", a, k, new String[] {"self", "obj", "block", "timeout"}, 2, 4);
            boolean block = p[2] == null || p[2].isTrue();
            ((PyInterpQueue) a[0]).put(p[1], block, ThreadModule.timeout(p[3]));
            return PyNone.NONE;
        });
        TYPE.addMethod("put_nowait", (a, k) -> {
            PyObject[] p = Args.bind("put_nowait", a, k, new String[] {"self", "obj"}, 2, 2);
            ((PyInterpQueue) a[0]).put(p[1], false, -1);
            return PyNone.NONE;
        });
        TYPE.addMethod("get", (a, k) -> {
            PyObject[] p = Args.bind("get", a, k, new String[] {"self", "block", "timeout"}, 1, 3);
            boolean block = p[1] == null || p[1].isTrue();
            return ((PyInterpQueue) a[0]).get(block, ThreadModule.timeout(p[2]));
        });
        TYPE.addMethod("get_nowait", (a, k) -> {
            Args.bind("get_nowait", a, k, new String[] {"self"}, 1, 1);
            return ((PyInterpQueue) a[0]).get(false, -1);
        });
        TYPE.addMethod("empty", (a, k) -> PyBool.of(((PyInterpQueue) a[0]).qsize() == 0));
        TYPE.addMethod("full", (a, k) -> PyBool.of(((PyInterpQueue) a[0]).full()));
        TYPE.addMethod("qsize", (a, k) -> PyInt.of(((PyInterpQueue) a[0]).qsize()));
        TYPE.addMethod("close", (a, k) -> {
            ((PyInterpQueue) a[0]).close();
            return PyNone.NONE;
        });
    }

    final long id;
    final int maxsize;
    private final ArrayDeque<PyObject> items = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private boolean closed;

    PyInterpQueue(long id, int maxsize) {
        this.id = id;
        this.maxsize = maxsize;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject getAttr(String name) {
        switch (name) {
            case "id": return PyInt.of(id);
            case "maxsize": return PyInt.of(maxsize);
            default: return super.getAttr(name);
        }
    }

    @Override
    public String repr() {
        return "concurrent.interpreters.Queue(" + id + ")";
    }

    @Override
    public long pyHash() {
        return Long.hashCode(id);
    }

    /** Adds {@code v}; blocks while full unless {@code block} is false (then QueueFull). */
    void put(PyObject v, boolean block, double timeout) {
        if (!Shareable.check(v)) {
            throw Errors.notShareable(v);
        }
        lock.lock();
        try {
            if (maxsize > 0) {
                long nanos = timeout < 0 ? Long.MAX_VALUE : (long) (timeout * 1e9);
                while (items.size() >= maxsize && !closed) {
                    if (!block || nanos <= 0) {
                        throw Errors.raise("QueueFull", "queue is full");
                    }
                    nanos = timeout < 0 ? awaitForever(notFull) : notFull.awaitNanos(nanos);
                }
            }
            if (closed) {
                throw Errors.raise("QueueError", "queue is closed");
            }
            items.addLast(Shareable.transfer(v)); // a memoryview is re-viewed when sent
            notEmpty.signal();
        } catch (InterruptedException e) {
            ThreadState.tickCurrent(0); // interrupted by a cancel or time limit: stop, not KeyboardInterrupt
            Thread.currentThread().interrupt();
            throw PyErr.format(ExceptionTypes.KEYBOARD_INTERRUPT, "");
        } finally {
            lock.unlock();
        }
    }

    /** Takes the oldest item; blocks while empty unless {@code block} is false (then QueueEmpty). */
    PyObject get(boolean block, double timeout) {
        lock.lock();
        try {
            long nanos = timeout < 0 ? Long.MAX_VALUE : (long) (timeout * 1e9);
            while (items.isEmpty()) {
                if (closed) {
                    throw Errors.raise("QueueError", "queue is closed");
                }
                if (!block || nanos <= 0) {
                    throw Errors.raise("QueueEmpty", "queue is empty");
                }
                nanos = timeout < 0 ? awaitForever(notEmpty) : notEmpty.awaitNanos(nanos);
            }
            PyObject v = items.removeFirst();
            notFull.signal();
            return v;
        } catch (InterruptedException e) {
            ThreadState.tickCurrent(0); // interrupted by a cancel or time limit: stop, not KeyboardInterrupt
            Thread.currentThread().interrupt();
            throw PyErr.format(ExceptionTypes.KEYBOARD_INTERRUPT, "");
        } finally {
            lock.unlock();
        }
    }

    private static long awaitForever(Condition c) throws InterruptedException {
        c.await();
        return Long.MAX_VALUE;
    }

    int qsize() {
        lock.lock();
        try {
            return items.size();
        } finally {
            lock.unlock();
        }
    }

    boolean full() {
        return maxsize > 0 && qsize() >= maxsize;
    }

    /** Refuses further puts and wakes every blocked caller; items already queued can still be taken. */
    void close() {
        lock.lock();
        try {
            closed = true;
            notEmpty.signalAll();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }


}
