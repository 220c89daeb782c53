package org.enginehost.cli;

import java.io.PrintStream;
import java.util.List;
import org.enginehost.host.EngineHost;
import org.enginehost.host.LoadProblem;
import org.enginehost.host.UnknownEngineException;
import org.enginehost.spi.Engine;
import org.enginehost.spi.Interpreter;
import org.enginehost.spi.InterpreterConfig;
import org.enginehost.spi.ScriptException;
import org.enginehost.spi.Source;

/** Runs one script on the engine the command line selected and turns the outcome into an exit status. */
final class ScriptLauncher {

    /** Status for a usage problem, such as an engine that does not exist. */
    static final int USAGE = 2;

    private final HostCommand root;

    ScriptLauncher(HostCommand root) {
        this.root = root;
    }

    int launch(Source source, List<String> argv) {
        Main.Terminal term = root.terminal();
        try (EngineHost host = root.openHostForSelectedEngine()) {
            Engine engine;
            try {
                engine = host.engine(root.engineId());
            } catch (UnknownEngineException e) {
                reportUnknown(term.err(), e, host.problems());
                return USAGE;
            }
            InterpreterConfig.Builder builder = InterpreterConfig.builder()
                    .stdin(term.in())
                    .stdout(term.out())
                    .stderr(term.err())
                    .argv(argv);
            root.engineOptions().forEach(builder::option);
            Interpreter created;
            try {
                root.applySafety(builder);
            } catch (IllegalArgumentException | ArithmeticException e) {
                term.err().println("host: " + e.getMessage());
                return USAGE;
            }
            try {
                created = engine.create(builder.build());
            } catch (IllegalArgumentException e) {
                term.err().println("host: engine '" + engine.id() + "': " + e.getMessage());
                return USAGE;
            }
            try (Interpreter interpreter = created) {
                return interpreter.run(source, argv);
            } catch (ScriptException e) {
                // run() reports script errors itself; what still arrives here is a stop from
                // outside the script (cancellation, an exhausted limit).
                term.err().print(e.formatted());
                return e.exitStatus();
            } finally {
                term.out().flush();
                term.err().flush();
            }
        }
    }

    static void reportUnknown(PrintStream err, UnknownEngineException e, List<LoadProblem> problems) {
        err.println("host: unknown engine '" + e.requested() + "'");
        err.println("known engines: " + (e.known().isEmpty() ? "(none)" : String.join(", ", e.known())));
        // The engine may exist but have failed to load; say so rather than leave the user guessing.
        for (LoadProblem p : problems) {
            err.println("problem: " + p);
        }
    }
}
