package org.enginehost.spi;

/**
 * A language value that has no plain Java form (a function, a class instance, …). It can be passed
 * back to the interpreter that made it, and shows the language's own {@code repr} in
 * {@link #toString()}, but its contents stay inside the engine.
 */
public interface Handle {

    /** The name of the value's type in the script's language, e.g. {@code "function"}. */
    String typeName();
}
