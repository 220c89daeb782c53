package org.enginehost.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import picocli.CommandLine;

/** Entry point of the {@code host} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int status = execute(new Terminal(System.in, System.out, System.err, System.getenv()), args);
        System.out.flush();
        System.err.flush();
        System.exit(status);
    }

    /** Runs one command line against the given streams and environment; returns the exit status. */
    public static int execute(Terminal terminal, String... args) {
        QuickRun quick = QuickRun.parse(args);
        if (quick != null) {
            HostCommand root = new HostCommand(terminal, quick);
            try {
                return new RunCommand(root, quick.file, quick.args).call();
            } catch (RuntimeException e) {
                InternalErrorHandler.report(root, e);
                return InternalErrorHandler.INTERNAL_ERROR;
            }
        }
        HostCommand root = new HostCommand(terminal);
        CommandLine cli = new CommandLine(root);
        cli.setOut(new java.io.PrintWriter(terminal.out(), true));
        cli.setErr(new java.io.PrintWriter(terminal.err(), true));
        cli.setExecutionExceptionHandler(new InternalErrorHandler(root));
        // Everything after the script's name belongs to the script, options included.
        cli.getSubcommands().get("run").setStopAtPositional(true);
        cli.getSubcommands().get("run").setUnmatchedOptionsArePositionalParams(true);
        return cli.execute(args);
    }

    /** The process's view of the outside world, replaceable in tests. */
    public record Terminal(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
    }
}
