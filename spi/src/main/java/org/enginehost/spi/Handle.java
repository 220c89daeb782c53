package org.enginehost.spi;

/**
 * A language value that has no plain Java form (a function, a class instance, …). It can be passed
 * back to the interpreter that made it, and shows the language's own {@code repr} in
 * {@link #toString()}, but its contents stay inside the engine.
 */
public interface Handle {

    /** The name of the value's type in the script's language, e.g. {@code "function"}. */
    String typeName();

    /**
     * This value, which must be callable, as an implementation of the functional interface
     * {@code iface} (one abstract method; {@code java.util.function.*}, {@link Runnable},
     * {@link java.util.Comparator}, or the embedder's own). Calling the interface method calls the
     * value in its interpreter (on the interpreter's thread) with the arguments converted as
     * {@link Interpreter#set} converts values, and converts the result to the method's return type
     * ({@code boolean} by the language's truth rules); an error in the script leaves as a
     * {@link ScriptException}. Default methods of {@code iface} run as written; {@code equals} is
     * identity. Passing the result back into the interpreter gives the script its own value again.
     *
     * @throws IllegalArgumentException when the value is not callable or {@code iface} is not a
     *     functional interface
     * @throws UnsupportedOperationException when the engine cannot do this
     */
    default <T> T as(Class<T> iface) {
        throw new UnsupportedOperationException("this engine cannot turn a " + typeName() + " into a Java interface");
    }
}
