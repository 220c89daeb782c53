package org.enginehost.python.runtime;

/**
 * The Java carrier of a raised Python exception. No Java stack trace is filled in: the Python
 * traceback lives in {@link PyBaseException#traceback}.
 */
public final class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final PyBaseException value;
    /**
     * Set by RERAISE: the frame re-raising already has a traceback entry, so the unwinder must
     * not add another for it.
     */
    public boolean reraised;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    @Override
    public String getMessage() {
        return value.getType().name + ": " + value.str();
    }
}
