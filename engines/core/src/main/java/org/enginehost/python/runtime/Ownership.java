package org.enginehost.python.runtime;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

/**
 * PyParallel-style ownership of mutable objects (the parallel engine's {@code parallel.map}).
 * While workers run ({@link #active}), every mutable container records the worker call that
 * creates it ({@code owner}: null means the main thread), and every mutation path calls
 * {@link #check}: a worker may change only what its own call created, or what main protected;
 * anything else raises {@link #SHARING_ERROR} before the object is touched.
 *
 * <p>Cost when no workers run: each mutation and each container allocation reads the plain static
 * {@link #active}, which is false. It need not be volatile: it is set before the worker threads
 * are handed their work and cleared after they are joined, and both are happens-before edges;
 * the main thread itself never needs to see it (main may write anything).
 */
public final class Ownership {
    private Ownership() {
    }

    /** True while a {@code parallel.map} has workers running. */
    public static boolean active;

    /** {@code parallel.SharingError}. */
    public static final PyType SHARING_ERROR = new PyType("SharingError",
            new PyType[] {ExceptionTypes.RUNTIME_ERROR}, null, "parallel");

    /** The worker call running on this thread (its objects' owner), absent on main. */
    private static final ThreadLocal<Object> WORKER = new ThreadLocal<>();
    /** The protected object whose lock this worker holds (one at a time, so no deadlock among them). */
    private static final ThreadLocal<Protected> HELD = new ThreadLocal<>();
    /** Deep copy used for values stored into protected objects (installed by the parallel module). */
    private static volatile UnaryOperator<PyObject> copier;

    /** The owner mark of a protected object: its lock. */
    public static final class Protected {
        final ReentrantLock lock = new ReentrantLock();
    }

    /**
     * The owner of the builtin types' namespaces: they belong to the process, not to main, and
     * are filled lazily (a class initialiser adding its type's methods may run on a worker).
     */
    public static final Object SHARED = new Object();

    /** The owner for an object being created now: the worker call, or null (main). */
    public static Object owner() {
        return active ? WORKER.get() : null;
    }

    /** Marks the calling thread as running worker call {@code token} (null: back to main rules). */
    public static void enterWorker(Object token) {
        if (token == null) {
            WORKER.remove();
            Protected p = HELD.get();
            if (p != null) {
                HELD.remove();
                p.lock.unlock();
            }
        } else {
            WORKER.set(token);
        }
    }

    public static void setCopier(UnaryOperator<PyObject> c) {
        copier = c;
    }

    /**
     * Called (only while {@link #active}) before mutating an object owned by {@code owner}: raises
     * SharingError when the calling worker does not own it; for a protected object, takes its lock
     * (held until the worker touches another protected object or its call ends).
     */
    public static void check(Object owner) {
        Object w = WORKER.get();
        if (w == null || w == owner || owner == SHARED) {
            return;
        }
        Protected held = HELD.get();
        if (owner instanceof Protected p) {
            if (held != p) {
                if (held != null) {
                    HELD.remove();
                    held.lock.unlock();
                }
                p.lock.lock();
                HELD.set(p);
            }
            return;
        }
        if (held != null) {
            HELD.remove();
            held.lock.unlock();
        }
        throw new PyException(PyErr.newException(SHARING_ERROR,
                "cannot modify an object owned by the main thread from a parallel worker"));
    }

    /**
     * A value a worker stores into an object with owner {@code owner}: into a protected object, a
     * main-owned deep copy; otherwise the value itself.
     */
    public static PyObject stored(Object owner, PyObject v) {
        if (!(owner instanceof Protected) || WORKER.get() == null || isImmutable(v)) {
            return v;
        }
        UnaryOperator<PyObject> c = copier;
        if (c == null) {
            return v;
        }
        Object w = WORKER.get();
        WORKER.remove();
        try {
            return c.apply(v);
        } finally {
            WORKER.set(w);
        }
    }

    static boolean isImmutable(PyObject v) {
        return v == PyNone.NONE || v instanceof PyInt || v instanceof PyFloat || v instanceof PyStr
                || v instanceof PyBool || v instanceof PyBytes;
    }
}
