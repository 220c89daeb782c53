package org.enginehost.spi;

import java.util.List;

/**
 * One isolated instance of a language runtime: its own globals, modules and standard streams.
 *
 * <p>An interpreter runs one thing at a time; calling it from two threads at once is an error the
 * engine reports with {@link IllegalStateException}. {@link #cancel()} is the exception: it may be
 * called from any thread while a script runs.
 *
 * <p>Values cross this boundary as plain Java values: {@code null}, {@link Boolean}, {@link Long}
 * or {@link java.math.BigInteger}, {@link Double}, {@link String}, {@code byte[]}, {@link List},
 * {@link java.util.Map}. A value with no such form comes out as an opaque {@link Handle}, which an
 * embedder may pass back in but never looks inside, or turn into a Java functional interface
 * ({@link #asInterface}) when it is callable. Going in, a Java function (a lambda, a method
 * reference or an instance of one {@link FunctionalInterface}) becomes a callable, and an
 * {@link Exposed} object an object with only the methods the embedder allowed.
 */
public interface Interpreter extends AutoCloseable {

    /** Runs statements in this interpreter's global namespace. */
    void exec(Source source);

    default void exec(String code) {
        exec(Source.of("<string>", code));
    }

    /** Evaluates one expression in the global namespace and returns its value. */
    Object eval(String expression);

    /**
     * Runs a script as the main program, the way a command-line interpreter would. {@code argv}
     * is the complete argument list the script sees (Python's {@code sys.argv}): element 0 is the
     * program name as the user gave it (a path, {@code "-"} for standard input, {@code "-c"} for
     * a command string), the rest are its arguments; an empty list means {@code [script.name()]}.
     * An uncaught error is printed, in the language's usual form, to the configured standard error.
     *
     * @return the process exit status the script asked for: 0 on normal completion, 1 after an
     *     uncaught error (including a syntax error), or the status the script passed to its exit
     *     function
     */
    int run(Source script, List<String> argv);

    /** Reads a global variable; {@code null} if it is unset or holds the language's null. */
    Object get(String name);

    /** Binds a global variable to a converted Java value. */
    void set(String name, Object value);

    /** Calls the global callable {@code name} with converted arguments and returns its result. */
    Object call(String name, Object... args);

    /**
     * A callable script value ({@link #get}, {@link #eval} or {@link #call} returned it as a
     * {@link Handle}) as an implementation of the functional interface {@code iface}; see
     * {@link Handle#as}. A value that already implements {@code iface} (a Java function that went
     * into the script and came back) is returned as it is.
     *
     * @throws IllegalArgumentException when {@code value} is not callable or {@code iface} has no
     *     single abstract method
     */
    default <T> T asInterface(Object value, Class<T> iface) {
        if (iface.isInstance(value)) {
            return iface.cast(value);
        }
        if (value instanceof Handle h) {
            return h.as(iface);
        }
        throw new IllegalArgumentException("not a callable script value: " + (value == null ? "null" : value.getClass().getName()));
    }

    /** Shorthand for {@code asInterface(get(name), iface)}: a global function as a Java interface. */
    default <T> T getInterface(String name, Class<T> iface) {
        Object value = get(name);
        if (value == null) {
            throw new IllegalArgumentException("no global named " + name);
        }
        return asInterface(value, iface);
    }

    /**
     * Asks the running script to stop as soon as it can. Safe from any thread; the interrupted
     * call ends with a {@link ScriptException} whose {@link ScriptException#kind()} is
     * {@link ScriptException.Kind#CANCELLED}. Does nothing when nothing runs.
     */
    void cancel();

    /** Releases the interpreter. Later calls throw {@link IllegalStateException}. */
    @Override
    void close();

    /** Whether a piece of interactive input is a whole unit, needs more lines, or can never be valid. */
    enum Completeness {
        /** The input can run as it is. */
        COMPLETE,
        /** The input is the beginning of something longer: an open block, bracket or string. */
        INCOMPLETE,
        /** The input has an error that more lines cannot fix. */
        INVALID
    }

    /**
     * Decides, for a read-eval-print loop, whether {@code source} (the lines typed so far, joined
     * by newlines, without a final newline) should run now or wait for more lines. An empty last
     * line means the user ended a block. The default treats every input as complete.
     */
    default Completeness checkComplete(String source) {
        return Completeness.COMPLETE;
    }

    /**
     * Runs one interactive input the way the language's own interactive prompt does: in Python,
     * the value of each top-level expression statement other than {@code None} is written with
     * its {@code repr} to standard output. Errors leave as {@link ScriptException}, like
     * {@link #exec(Source)}; the interpreter stays usable. The default simply executes.
     */
    default void execInteractive(Source source) {
        exec(source);
    }
}
