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
        // PF4J logs through SLF4J, and the distribution ships its no-op binding. Named here, it
        // is used at once; otherwise SLF4J searches every jar of the class path for a binding
        // (a ServiceLoader scan that opens all of lib/: hello.py 9 ms slower, 20 alternating pairs). A binding chosen by the user wins.
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.nop.NOPServiceProvider");
            // SLF4J announces a binding so named on stderr unless told to keep to warnings.
            if (System.getProperty("slf4j.internal.verbosity") == null) {
                System.setProperty("slf4j.internal.verbosity", "WARN");
            }
        }
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
                return quick.code != null ? root.call() : new RunCommand(root, quick.file, quick.args).call();
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
