package org.enginehost.engine.parallel;

import java.util.ArrayList;
import java.util.List;
import org.enginehost.python.PythonInterpreter;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.HasDict;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.Ownership;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyByteArray;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PySet;
import org.enginehost.python.runtime.ThreadState;

/**
 * {@code parallel}, after PyParallel: {@code map(func, iterable)} calls {@code func} on worker
 * threads of the SAME interpreter, which may read every object of the main thread but change only
 * the objects their own call creates ({@link Ownership}); {@code protect(obj)} makes one main
 * container writable by workers, one operation at a time under the object's lock.
 */
final class ParallelModule {
    private static final long WORKER_STACK = 256L << 20;
    /** Number of parallel.map calls with workers running (maps in several interpreters may overlap). */
    private static int runningMaps;
    private static final Object MAPS = new Object();
    /** copy.deepcopy keeps its memo tables in its module: one copy at a time. */
    private static final Object COPY_LOCK = new Object();

    private ParallelModule() {
    }

    static PyModule create(PythonInterpreter interp) {
        ParallelInterpreter self = (ParallelInterpreter) interp;
        PyObject deepcopy = ((PyModule) self.importName("copy", 0, true, null)).getAttr("deepcopy");
        Ownership.setCopier(v -> copy(deepcopy, v));
        PyModule m = new PyModule("parallel", null);
        m.define("SharingError", Ownership.SHARING_ERROR);
        m.defineFunction("map", (a, k) -> {
            PyBuiltinFunction.checkArgs("map", a, k, 2, 2);
            return map(self, deepcopy, a[0], a[1]);
        });
        m.defineFunction("protect", (a, k) -> {
            PyBuiltinFunction.checkArgs("protect", a, k, 1, 1);
            return protect(a[0]);
        });
        m.defineFunction("workers", (a, k) -> org.enginehost.python.runtime.PyInt.of(workerCount(Integer.MAX_VALUE)));
        return m;
    }

    private static PyObject copy(PyObject deepcopy, PyObject v) {
        synchronized (COPY_LOCK) {
            return deepcopy.call(new PyObject[] {v}, null);
        }
    }

    static int workerCount(int items) {
        return Math.max(1, Math.min(items, Runtime.getRuntime().availableProcessors()));
    }

    private static PyObject map(ParallelInterpreter interp, PyObject deepcopy, PyObject func, PyObject iterable) {
        List<PyObject> items = new ArrayList<>();
        PyObject it = Operations.iter(iterable);
        for (PyObject x = it.next(); x != null; x = it.next()) {
            items.add(x);
        }
        int n = items.size();
        PyObject[] results = new PyObject[n];
        PyException[] errors = new PyException[n];
        Throwable[] internal = new Throwable[1];
        if (n > 0) {
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            int nthreads = workerCount(n);
            Thread[] threads = new Thread[nthreads];
            synchronized (MAPS) {
                runningMaps++;
                Ownership.active = true;
            }
            try {
                for (int t = 0; t < nthreads; t++) {
                    threads[t] = new Thread(null, () -> interp.enter(() -> {
                        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                            Ownership.enterWorker(new Object());
                            try {
                                results[i] = func.call(new PyObject[] {items.get(i)}, null);
                            } catch (PyException e) {
                                errors[i] = e;
                            } catch (StackOverflowError e) {
                                errors[i] = PyErr.recursion();
                            } catch (RuntimeException | Error e) {
                                internal[0] = e;
                            } finally {
                                Ownership.enterWorker(null);
                            }
                        }
                        return null;
                    }), "parallel-worker-" + t, WORKER_STACK);
                    threads[t].setDaemon(true);
                    threads[t].start();
                }
                for (Thread t : threads) {
                    join(t);
                }
            } finally {
                synchronized (MAPS) {
                    if (--runningMaps == 0) {
                        Ownership.active = false;
                    }
                }
            }
        }
        if (internal[0] instanceof RuntimeException re) {
            throw re;
        }
        if (internal[0] instanceof Error err) {
            throw err;
        }
        for (PyException e : errors) {
            if (e != null) {
                throw e;
            }
        }
        PyObject[] out = new PyObject[n];
        for (int i = 0; i < n; i++) {
            out[i] = copy(deepcopy, results[i]);
        }
        return new PyList(out);
    }

    private static void join(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                ThreadState.tickCurrent(0); // interrupted by a cancel or time limit: stop, not KeyboardInterrupt
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static PyObject protect(PyObject obj) {
        if (obj instanceof PyList l) {
            l.owner = protectedMark(l.owner);
        } else if (obj instanceof PyDict d) {
            d.owner = protectedMark(d.owner);
        } else if (obj instanceof PySet s && s.getType() != PySet.FROZEN_TYPE && !s.getType().isSubtypeOf(PySet.FROZEN_TYPE)) {
            s.owner = protectedMark(s.owner);
        } else if (obj instanceof PyByteArray b) {
            b.owner = protectedMark(b.owner);
        } else if (obj instanceof HasDict h && obj.getType().heap && h.instanceDict() != null) {
            PyDict d = h.instanceDict();
            d.owner = protectedMark(d.owner);
        } else {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                    "cannot protect an object of type '" + obj.getType().name + "'");
        }
        return obj;
    }

    private static Object protectedMark(Object owner) {
        return owner instanceof Ownership.Protected ? owner : new Ownership.Protected();
    }
}
