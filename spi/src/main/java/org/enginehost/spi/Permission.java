package org.enginehost.spi;

/**
 * Something a script may do outside its interpreter. An interpreter starts with none of them
 * (see {@link InterpreterConfig.Builder#grant}): a script an embedder did not write reaches no
 * file, environment variable, network, process or Java class unless the embedder says so. An
 * engine that offers a feature needing a permission checks it on every use and reports a missing
 * grant the language's usual way (in Python, {@code PermissionError}), naming the permission by
 * its {@link #displayName()}.
 */
public enum Permission {
    /** Reading files and directories: opening files for reading, importing modules from disk. */
    FILE_READ("file-read"),
    /** Creating, changing and deleting files and directories. */
    FILE_WRITE("file-write"),
    /** Reading or changing the process's environment variables. */
    ENV("environment"),
    /** Opening network connections or listening sockets. */
    NETWORK("network"),
    /** Starting, signalling or ending processes (including the host's own). */
    PROCESS("process"),
    /** Reaching arbitrary Java classes and objects beyond the host modules the embedder registered. */
    JAVA("java");

    private final String displayName;

    Permission(String displayName) {
        this.displayName = displayName;
    }

    /** The name users see in messages and on command lines, e.g. {@code file-read}. */
    public String displayName() {
        return displayName;
    }

    /** The permission whose {@link #displayName()} or constant name is {@code name}. */
    public static Permission byName(String name) {
        for (Permission p : values()) {
            if (p.displayName.equalsIgnoreCase(name) || p.name().equalsIgnoreCase(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown permission: " + name);
    }
}
