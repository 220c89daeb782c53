package org.enginehost.python.runtime;

/**
 * Thrown when the embedder cancels a running script. Not a Python exception: no {@code except}
 * clause can catch it; it unwinds every frame and becomes a CANCELLED ScriptException.
 */
public final class CancelledSignal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledSignal() {
        super("cancelled", null, false, false);
    }
}
