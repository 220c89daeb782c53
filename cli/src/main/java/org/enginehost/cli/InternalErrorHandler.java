package org.enginehost.cli;

import picocli.CommandLine;

/**
 * Last line of defence: a Java exception that escaped an engine or the host is a bug, reported in
 * one line. The Java stack trace is shown only with {@code --debug}.
 */
final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {

    /** EX_SOFTWARE from sysexits.h: an internal software error. */
    static final int INTERNAL_ERROR = 70;

    private final HostCommand root;

    InternalErrorHandler(HostCommand root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        report(root, e);
        return INTERNAL_ERROR;
    }

    static void report(HostCommand root, Throwable e) {
        var err = root.terminal().err();
        err.println("host: internal error: " + e + (root.debug() ? "" : " (run with --debug for the Java stack trace)"));
        if (root.debug()) {
            e.printStackTrace(err);
        }
        err.flush();
    }
}
