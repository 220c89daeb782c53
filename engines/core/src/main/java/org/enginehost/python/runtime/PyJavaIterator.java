package org.enginehost.python.runtime;

/** An iterator implemented by a Java lambda (enumerate, zip, reversed, map...). */
public final class PyJavaIterator extends PyObject {
    /** Produces the next item, or null when exhausted. */
    @FunctionalInterface
    public interface Source {
        PyObject next();
    }

    private final PyType type;
    private final Source source;
    private boolean done;
    /** Steps left until the next cancel/limit checkpoint (see ThreadState#tick). */
    private int countdown = ThreadState.POLL_INTERVAL;

    public PyJavaIterator(PyType type, Source source) {
        this.type = type;
        this.source = source;
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public PyObject next() {
        if (done) {
            return null;
        }
        if (--countdown < 0) {
            countdown = ThreadState.POLL_INTERVAL;
            ThreadState.tickCurrent(ThreadState.POLL_INTERVAL);
        }
        PyObject v = source.next();
        if (v == null) {
            done = true;
        }
        return v;
    }
}
