package org.enginehost.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.enginehost.host.EngineHost;
import org.enginehost.host.UnknownEngineException;
import org.enginehost.spi.Engine;
import org.enginehost.spi.Interpreter;
import org.enginehost.spi.InterpreterConfig;
import org.enginehost.spi.ScriptException;
import org.enginehost.spi.Source;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/**
 * The read-eval-print loop behind {@code host repl}. Lines are read with JLine (editing, history
 * kept in the user's cache directory); the engine decides when the lines typed so far form a whole
 * input ({@link Interpreter#checkComplete}) and runs it the interactive way
 * ({@link Interpreter#execInteractive}). Errors are printed and the session goes on.
 */
final class Repl {

    static final String PROMPT = ">>> ";
    static final String CONTINUATION = "... ";

    private final HostCommand root;

    Repl(HostCommand root) {
        this.root = root;
    }

    /** Whether the process's standard input is an interactive terminal. */
    static boolean stdinIsTerminal(Main.Terminal term) {
        if (term.in() != System.in) {
            return false;
        }
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // JDK 22+ returns a console even for redirected streams; it says so through isTerminal().
            Method isTerminal = java.io.Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    int start() {
        Main.Terminal term = root.terminal();
        try (EngineHost host = root.openHost()) {
            Engine engine;
            try {
                engine = host.engine(root.engineId());
            } catch (UnknownEngineException e) {
                ScriptLauncher.reportUnknown(term.err(), e, host.problems());
                return ScriptLauncher.USAGE;
            }
            try (Terminal terminal = openTerminal(term)) {
                InterpreterConfig config = root.applySafety(InterpreterConfig.builder()
                        .stdin(term.in())
                        .stdout(term.out())
                        .stderr(term.err())
                        .argv(List.of("")))
                        .build();
                try (Interpreter interpreter = engine.create(config)) {
                    return loop(engine, interpreter, terminal, term.err());
                }
            } catch (IOException e) {
                term.err().println("host: cannot open the terminal: " + e.getMessage());
                return 1;
            }
        }
    }

    private Terminal openTerminal(Main.Terminal term) throws IOException {
        if (stdinIsTerminal(term)) {
            return TerminalBuilder.builder().system(true).name("host").build();
        }
        // Piped input or a test: no line editing, but the same loop.
        return new DumbTerminal("host", Terminal.TYPE_DUMB, term.in(), term.out(), StandardCharsets.UTF_8);
    }

    private int loop(Engine engine, Interpreter interpreter, Terminal terminal, PrintStream err) {
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("host")
                .variable(LineReader.HISTORY_FILE, historyFile())
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, true)
                .build();
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> interpreter.cancel());
        PrintWriter screen = terminal.writer();
        screen.println(banner(engine));
        screen.flush();
        StringBuilder pending = new StringBuilder();
        try {
            while (true) {
                String line;
                try {
                    line = reader.readLine(pending.length() == 0 ? PROMPT : CONTINUATION);
                } catch (UserInterruptException e) {
                    pending.setLength(0);
                    screen.println();
                    screen.println("KeyboardInterrupt");
                    screen.flush();
                    continue;
                } catch (EndOfFileException e) {
                    screen.println();
                    screen.flush();
                    return 0;
                }
                if (pending.length() == 0 && line.isBlank()) {
                    continue;
                }
                String source = pending.length() == 0 ? line : pending + "\n" + line;
                if (interpreter.checkComplete(source) == Interpreter.Completeness.INCOMPLETE) {
                    pending.setLength(0);
                    pending.append(source);
                    continue;
                }
                pending.setLength(0);
                try {
                    interpreter.execInteractive(Source.of("<stdin>", source + "\n"));
                } catch (ScriptException e) {
                    err.print(e.formatted());
                    err.flush();
                    if (e.kind() == ScriptException.Kind.EXIT) {
                        return e.exitStatus();
                    }
                }
            }
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            try {
                reader.getHistory().save();
            } catch (IOException | RuntimeException e) {
                // history is a convenience; losing it is not worth an error message
            }
        }
    }

    static String banner(Engine engine) {
        String language = engine.language();
        if (!language.isEmpty()) {
            language = Character.toUpperCase(language.charAt(0)) + language.substring(1);
        }
        String level = engine.languageVersion().isEmpty() ? "" : " " + engine.languageVersion() + " subset";
        return "Enginehost " + VersionProvider.version() + " (" + engine.id() + ", " + language + level
                + ") on Java " + System.getProperty("java.version");
    }

    /** $XDG_CACHE_HOME/enginehost/history, else ~/.cache/enginehost/history. */
    private Path historyFile() {
        String cache = root.terminal().env().get("XDG_CACHE_HOME");
        Path base;
        if (cache != null && !cache.isBlank()) {
            base = Path.of(cache);
        } else {
            String home = root.terminal().env().get("HOME");
            base = Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"), ".cache");
        }
        return base.resolve("enginehost").resolve("history");
    }
}
