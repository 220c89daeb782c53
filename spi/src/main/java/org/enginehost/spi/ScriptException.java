package org.enginehost.spi;

import java.util.List;
import java.util.Objects;

/**
 * The only exception an interpreter lets reach its embedder. It describes what happened in the
 * script's own terms: the script's exception type and message, the script-level stack, and the
 * traceback text exactly as the language's users read it.
 */
public class ScriptException extends RuntimeException {

    /** Why the script stopped. */
    public enum Kind {
        /** The script raised an exception nobody caught. */
        ERROR,
        /** The source did not compile. */
        SYNTAX_ERROR,
        /** The script asked to end the program ({@code sys.exit}); see {@link #exitStatus()}. */
        EXIT,
        /** {@link Interpreter#cancel()} was called. */
        CANCELLED,
        /** The wall-clock limit ran out. */
        TIME_LIMIT,
        /** The instruction budget ran out. */
        INSTRUCTION_LIMIT
    }

    /** One level of the script's stack: where it was when the exception passed through. */
    public record StackEntry(String file, int line, String function) {
        public StackEntry {
            Objects.requireNonNull(file);
            Objects.requireNonNull(function);
        }
    }

    private static final long serialVersionUID = 1L;

    private final Kind kind;
    private final String exceptionType;
    private final String scriptMessage;
    private final List<StackEntry> stack;
    private final String formatted;
    private final int exitStatus;

    public ScriptException(Kind kind, String exceptionType, String scriptMessage,
                           List<StackEntry> stack, String formatted, int exitStatus) {
        super(summary(exceptionType, scriptMessage));
        this.kind = Objects.requireNonNull(kind);
        this.exceptionType = Objects.requireNonNull(exceptionType);
        this.scriptMessage = scriptMessage == null ? "" : scriptMessage;
        this.stack = List.copyOf(stack);
        this.formatted = Objects.requireNonNull(formatted);
        this.exitStatus = exitStatus;
    }

    private static String summary(String type, String message) {
        return message == null || message.isEmpty() ? type : type + ": " + message;
    }

    public Kind kind() {
        return kind;
    }

    /** The script-level type name, e.g. {@code ZeroDivisionError}. */
    public String exceptionType() {
        return exceptionType;
    }

    /** The script-level message, e.g. {@code division by zero}; empty when there is none. */
    public String scriptMessage() {
        return scriptMessage;
    }

    /** The script's stack, outermost call first, as a traceback lists it. */
    public List<StackEntry> stack() {
        return stack;
    }

    /** The complete traceback as the language prints it, ending with a newline. */
    public String formatted() {
        return formatted;
    }

    /**
     * The exit status this outcome maps to: the requested status for {@link Kind#EXIT}, 1 for
     * everything else.
     */
    public int exitStatus() {
        return exitStatus;
    }
}
