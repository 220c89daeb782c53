package org.enginehost.python.runtime;

import org.enginehost.spi.ScriptException;

/**
 * Thrown when a script must stop from outside: the embedder cancelled it, or a limit (time,
 * instruction budget) ran out. Not a Python exception: no {@code except} clause can catch it; it
 * unwinds every frame and becomes a ScriptException of the kind it carries.
 */
public final class CancelledSignal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the script stops: CANCELLED (which also covers the time limit), or INSTRUCTION_LIMIT. */
    public final ScriptException.Kind kind;

    public CancelledSignal() {
        this(ScriptException.Kind.CANCELLED);
    }

    public CancelledSignal(ScriptException.Kind kind) {
        super(kind.name().toLowerCase(java.util.Locale.ROOT), null, false, false);
        this.kind = kind;
    }
}
