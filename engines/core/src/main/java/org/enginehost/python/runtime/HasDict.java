package org.enginehost.python.runtime;

/** An object of a user class that may carry an instance {@code __dict__} (null when it has none). */
public interface HasDict {
    PyDict instanceDict();

    /** Storage of {@code __slots__} members, or null. */
    default PyObject[] slotStorage() {
        return null;
    }
}
