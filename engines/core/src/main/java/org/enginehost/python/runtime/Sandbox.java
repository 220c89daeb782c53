package org.enginehost.python.runtime;

import org.enginehost.spi.Permission;

/**
 * The permission checks of everything that reaches outside the interpreter (files, the
 * environment, the network, processes, Java). An interpreter holds only the permissions its
 * embedder granted ({@code InterpreterConfig.Builder.grant}); a feature needing one it lacks
 * raises {@code PermissionError} naming the operation and the missing permission.
 */
public final class Sandbox {

    private Sandbox() {
    }

    /** Whether the interpreter running on this thread holds {@code p}. */
    public static boolean permits(Permission p) {
        return ThreadState.current().interpreter.permits(p);
    }

    /**
     * Fails with PermissionError unless the running interpreter holds {@code p}.
     *
     * @param action the operation as the script wrote it, e.g. {@code open('x.txt', 'r')}
     */
    public static void require(Permission p, String action) {
        if (!permits(p)) {
            throw denied(p, action);
        }
    }

    /** The PermissionError for {@code action} lacking {@code p}. */
    public static PyException denied(Permission p, String action) {
        return PyErr.format(ExceptionTypes.PERMISSION_ERROR, action + " needs the " + p.displayName()
                + " permission, which this interpreter was not granted");
    }
}
