package org.enginehost.python;

/** Versions reported by the Python engines built on this core. */
public final class PythonVersion {
    /** Version of the engine implementation. */
    public static final String ENGINE_VERSION = "0.1.0";
    /** The Python language level the core aims at. */
    public static final String LANGUAGE_VERSION = "3.11";

    private PythonVersion() {
    }
}
