package org.enginehost.engine.parallel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.enginehost.python.PythonInterpreter;
import org.enginehost.python.modules.Args;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.CancelledSignal;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTextIO;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;
import org.enginehost.python.runtime.ThreadState;

/**
 * {@code _thread}: real Java threads running code of the interpreter that starts them, and the
 * locks {@code threading} is built on. Each interpreter has its own instance (its own table of
 * Thread objects); the threads are daemon threads for the JVM, and the non-daemon ones (in
 * Python's sense) are joined when the main interpreter's script ends.
 */
final class ThreadModule {
    private static final PyObject[] NO_ARGS = new PyObject[0];
    /** Thread stack: deep enough for recursive Python code (reserved, committed as used). */
    private static final long THREAD_STACK = 256L << 20;

    static final PyType HANDLE = new PyType("_ThreadHandle", new PyType[] {PyType.OBJECT}, null, "_thread");
    static final PyType LOCK = new PyType("lock", new PyType[] {PyType.OBJECT}, null, "_thread");
    static final PyType RLOCK = new PyType("RLock", new PyType[] {PyType.OBJECT}, (t, a, k) -> new RLock(), "_thread");

    static {
        LOCK.setConstructor((t, a, k) -> new Lock());
        LOCK.addMethod("acquire", (a, k) -> {
            PyObject[] p = Args.bind("acquire", a, k, new String[] {"self", "blocking", "timeout"}, 1, 3);
            return PyBool.of(((Lock) a[0]).acquire(p[1] == null || p[1].isTrue(), timeout(p[2])));
        });
        LOCK.addMethod("__enter__", (a, k) -> {
            ((Lock) a[0]).acquire(true, -1);
            return PyBool.TRUE;
        });
        LOCK.addMethod("release", (a, k) -> {
            ((Lock) a[0]).release();
            return PyNone.NONE;
        });
        LOCK.addMethod("__exit__", (a, k) -> {
            ((Lock) a[0]).release();
            return PyNone.NONE;
        });
        LOCK.addMethod("locked", (a, k) -> PyBool.of(((Lock) a[0]).sem.availablePermits() == 0));
        RLOCK.addMethod("acquire", (a, k) -> {
            PyObject[] p = Args.bind("acquire", a, k, new String[] {"self", "blocking", "timeout"}, 1, 3);
            return PyBool.of(((RLock) a[0]).acquire(p[1] == null || p[1].isTrue(), timeout(p[2])));
        });
        RLOCK.addMethod("__enter__", (a, k) -> {
            ((RLock) a[0]).acquire(true, -1);
            return PyBool.TRUE;
        });
        RLOCK.addMethod("release", (a, k) -> {
            ((RLock) a[0]).release();
            return PyNone.NONE;
        });
        RLOCK.addMethod("__exit__", (a, k) -> {
            ((RLock) a[0]).release();
            return PyNone.NONE;
        });
        RLOCK.addMethod("_is_owned", (a, k) -> PyBool.of(((RLock) a[0]).lock.isHeldByCurrentThread()));
    }

    private ThreadModule() {
    }

    /** A timeout argument in seconds; negative (or None) for none. */
    static double timeout(PyObject t) {
        if (t == null || t == PyNone.NONE) {
            return -1;
        }
        double d = Args.toDouble(t);
        if (d < 0 && d != -1) {
            throw PyErr.valueError("timeout value must be a non-negative number");
        }
        return d;
    }

    static PyModule create(PythonInterpreter interp) {
        ParallelInterpreter self = (ParallelInterpreter) interp;
        PyModule m = new PyModule("_thread", null);
        Map<Thread, PyObject> current = new ConcurrentHashMap<>();
        m.define("LockType", LOCK);
        m.define("RLock", RLOCK);
        m.define("error", ExceptionTypes.RUNTIME_ERROR);
        m.define("TIMEOUT_MAX", new org.enginehost.python.runtime.PyFloat(9223372036.0));
        m.defineFunction("allocate_lock", (a, k) -> new Lock());
        m.defineFunction("get_ident", (a, k) -> PyInt.of(Thread.currentThread().getId()));
        m.defineFunction("get_native_id", (a, k) -> PyInt.of(Thread.currentThread().getId()));
        // _start(func, name, daemon, thread_object): runs func() on a new thread; returns its handle.
        m.defineFunction("_start", (a, k) -> {
            PyBuiltinFunction.checkArgs("_start", a, k, 4, 4);
            return start(self, a[0], NO_ARGS, null, a[1].str(), a[2].isTrue(), a[3], current);
        });
        m.defineFunction("start_new_thread", (a, k) -> {
            PyObject[] p = Args.bind("start_new_thread", a, k, new String[] {"function", "args", "kwargs"}, 2, 3);
            if (!(p[1] instanceof PyTuple)) {
                throw PyErr.typeError("2nd arg must be a tuple");
            }
            PyDict kw = p[2] instanceof PyDict ? (PyDict) p[2] : null;
            Handle h = start(self, p[0], ((PyTuple) p[1]).items, kw, "Thread", true, null, current);
            return PyInt.of(h.waitIdent());
        });
        m.defineFunction("_join", (a, k) -> {
            PyBuiltinFunction.checkArgs("_join", a, k, 2, 2);
            return PyBool.of(((Handle) a[0]).join(timeout(a[1])));
        });
        m.defineFunction("_is_done", (a, k) -> PyBool.of(((Handle) a[0]).done.getCount() == 0));
        m.defineFunction("_ident", (a, k) -> PyInt.of(((Handle) a[0]).waitIdent()));
        m.defineFunction("_set_current", (a, k) -> {
            current.put(Thread.currentThread(), a[0]);
            return PyNone.NONE;
        });
        m.defineFunction("_current", (a, k) -> {
            PyObject t = current.get(Thread.currentThread());
            return t == null ? PyNone.NONE : t;
        });
        m.defineFunction("_enumerate", (a, k) -> {
            org.enginehost.python.runtime.PyList l = new org.enginehost.python.runtime.PyList();
            for (PyObject t : current.values()) {
                l.append(t);
            }
            return l;
        });
        m.defineFunction("_count", (a, k) -> PyInt.of(current.size()));
        return m;
    }

    private static Handle start(ParallelInterpreter interp, PyObject func, PyObject[] args, PyDict kwargs,
                                String name, boolean daemon, PyObject threadObject, Map<Thread, PyObject> current) {
        Handle h = new Handle();
        PyObject[] callArgs;
        String[] kwnames = null;
        if (kwargs != null && kwargs.size() > 0) {
            callArgs = new PyObject[args.length + kwargs.size()];
            System.arraycopy(args, 0, callArgs, 0, args.length);
            kwnames = new String[kwargs.size()];
            int i = 0;
            for (PyObject key : kwargs.keys()) {
                kwnames[i] = key.str();
                callArgs[args.length + i] = kwargs.get(key);
                i++;
            }
        } else {
            callArgs = args;
        }
        final String[] kn = kwnames;
        Thread t = new Thread(null, () -> {
            try {
                if (threadObject != null) {
                    current.put(Thread.currentThread(), threadObject);
                }
                h.started();
                interp.enter(() -> {
                    try {
                        func.call(callArgs, kn);
                    } catch (PyException e) {
                        reportUncaught(interp, name, e);
                    } catch (StackOverflowError e) {
                        reportUncaught(interp, name, PyErr.recursion());
                    } catch (CancelledSignal e) {
                        // the main interpreter's call was cancelled or timed out: this thread just ends
                    }
                    return null;
                });
            } finally {
                current.remove(Thread.currentThread());
                h.done.countDown();
            }
        }, "python-" + name, THREAD_STACK);
        t.setDaemon(true);
        h.thread = t;
        if (!daemon) {
            interp.registry.addNonDaemon(t);
        }
        t.start();
        return h;
    }

    /** As threading.excepthook: "Exception in thread NAME:" and the traceback, on stderr. */
    private static void reportUncaught(ParallelInterpreter interp, String name, PyException e) {
        if (e.value.isInstance(ExceptionTypes.SYSTEM_EXIT)) {
            return;
        }
        PyObject err = ((PyModule) interp.importModule("sys")).dict.get(new PyStr("stderr"));
        String text = "Exception in thread " + name + ":\n" + interp.formatException(e.value);
        if (err instanceof PyTextIO io) {
            io.write(text);
        } else if (err != null && err != PyNone.NONE) {
            err.getAttr("write").call(new PyObject[] {new PyStr(text)}, null);
        }
    }

    /** A started thread: its identity once running, and a latch counted down when it ends. */
    static final class Handle extends PyObject {
        final CountDownLatch done = new CountDownLatch(1);
        private final CountDownLatch running = new CountDownLatch(1);
        Thread thread;

        @Override
        public PyType getType() {
            return HANDLE;
        }

        void started() {
            running.countDown();
        }

        long waitIdent() {
            return thread.getId();
        }

        boolean join(double timeout) {
            try {
                if (timeout < 0) {
                    done.await();
                    return true;
                }
                return done.await((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                ThreadState.tickCurrent(0); // interrupted by a cancel or time limit: stop, not KeyboardInterrupt
                Thread.currentThread().interrupt();
                throw PyErr.format(ExceptionTypes.KEYBOARD_INTERRUPT, "");
            }
        }
    }

    /** {@code _thread.lock}: a binary semaphore (any thread may release it, as in CPython). */
    static final class Lock extends PyObject {
        final Semaphore sem = new Semaphore(1);

        @Override
        public PyType getType() {
            return LOCK;
        }

        boolean acquire(boolean blocking, double timeout) {
            try {
                if (!blocking) {
                    if (timeout != -1) {
                        throw PyErr.valueError("can't specify a timeout for a non-blocking call");
                    }
                    return sem.tryAcquire();
                }
                if (timeout < 0) {
                    sem.acquire();
                    return true;
                }
                return sem.tryAcquire((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                ThreadState.tickCurrent(0); // interrupted by a cancel or time limit: stop, not KeyboardInterrupt
                Thread.currentThread().interrupt();
                throw PyErr.format(ExceptionTypes.KEYBOARD_INTERRUPT, "");
            }
        }

        void release() {
            synchronized (sem) {
                if (sem.availablePermits() != 0) {
                    throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "release unlocked lock");
                }
                sem.release();
            }
        }

        @Override
        public String repr() {
            return "<" + (sem.availablePermits() == 0 ? "locked" : "unlocked") + " _thread.lock object at "
                    + org.enginehost.python.runtime.Operations.address(this) + ">";
        }
    }

    /** {@code _thread.RLock}: reentrant, released only by its owner. */
    static final class RLock extends PyObject {
        final ReentrantLock lock = new ReentrantLock();

        @Override
        public PyType getType() {
            return RLOCK;
        }

        boolean acquire(boolean blocking, double timeout) {
            try {
                if (!blocking) {
                    return lock.tryLock();
                }
                if (timeout < 0) {
                    lock.lockInterruptibly();
                    return true;
                }
                return lock.tryLock((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                ThreadState.tickCurrent(0); // interrupted by a cancel or time limit: stop, not KeyboardInterrupt
                Thread.currentThread().interrupt();
                throw PyErr.format(ExceptionTypes.KEYBOARD_INTERRUPT, "");
            }
        }

        void release() {
            if (!lock.isHeldByCurrentThread()) {
                throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "cannot release un-acquired lock");
            }
            lock.unlock();
        }
    }
}
