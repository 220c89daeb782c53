package org.enginehost.spi;

import java.util.Set;

/**
 * An interpreter implementation that the host can load: from the class path through
 * {@code META-INF/services/org.enginehost.spi.Engine}, or from a plugin jar.
 *
 * <p>An engine is stateless and thread-safe; all execution state lives in the {@link Interpreter}s
 * it creates. Implementations need a public no-argument constructor.
 */
public interface Engine {

    /** Short, unique, lower-case name used to select the engine, e.g. {@code "stackless"}. */
    String id();

    /** Version of the engine implementation. */
    String version();

    /** One line for humans. */
    String description();

    /** The language this engine runs, e.g. {@code "python"}. */
    String language();

    /** The language level this engine aims at, e.g. {@code "3.11"}; empty when not applicable. */
    default String languageVersion() {
        return "";
    }

    /** What this engine can do beyond running scripts. */
    Set<Capability> capabilities();

    /**
     * Creates a fresh interpreter with its own global state.
     *
     * @throws IllegalArgumentException when the configuration asks for something this engine
     *     cannot honour (an unknown engine option, say)
     */
    Interpreter create(InterpreterConfig config);
}
