package org.enginehost.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.enginehost.host.EngineHost;
import org.enginehost.host.UnknownEngineException;
import org.enginehost.spi.Engine;
import org.enginehost.spi.Interpreter;
import org.enginehost.spi.InterpreterConfig;
import org.enginehost.spi.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code host bench FILE}: runs a script repeatedly in one JVM, each time in a fresh interpreter,
 * to measure steady-state speed once the JIT has warmed up. Whole-process time (start-up included)
 * is what {@code run} shows; this shows what a long-running embedder sees.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a script repeatedly in one JVM and report warmed-up times.")
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    private HostCommand root;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3", description = "Uncounted runs first (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "5", description = "Counted runs (default: ${DEFAULT-VALUE}).")
    private int iterations;

    @Parameters(index = "0", paramLabel = "FILE", description = "The script.")
    private Path file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the script.")
    private List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintStream out = root.terminal().out();
        Source source;
        try {
            source = Source.fromFile(file);
        } catch (IOException e) {
            root.terminal().err().println("host: can't open file '" + file + "': " + e.getMessage());
            return ScriptLauncher.USAGE;
        }
        List<String> argv = new ArrayList<>();
        argv.add(file.toString());
        argv.addAll(args);
        try (EngineHost host = root.openHostForSelectedEngine()) {
            Engine engine;
            try {
                engine = host.engine(root.engineId());
            } catch (UnknownEngineException e) {
                root.terminal().err().println("host: " + e.getMessage());
                return ScriptLauncher.USAGE;
            }
            double[] counted = new double[iterations];
            for (int i = 0; i < warmup + iterations; i++) {
                // Script output is discarded: only the timings are the result here.
                InterpreterConfig config = root.applySafety(InterpreterConfig.builder()
                        .stdin(root.terminal().in()).stdout(OutputStream.nullOutputStream())
                        .stderr(root.terminal().err()).argv(argv)).build();
                long start = System.nanoTime();
                int status;
                try (Interpreter interpreter = engine.create(config)) {
                    status = interpreter.run(source, argv);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                if (status != 0) {
                    root.terminal().err().println("host: the script exited with status " + status + "; no timing");
                    return status;
                }
                boolean isWarmup = i < warmup;
                out.printf("%s %d: %.3f s%n", isWarmup ? "warmup" : "run", isWarmup ? i + 1 : i - warmup + 1, seconds);
                if (!isWarmup) {
                    counted[i - warmup] = seconds;
                }
            }
            if (iterations > 0) {
                double[] sorted = counted.clone();
                Arrays.sort(sorted);
                out.printf("%s on %s: median %.3f s, min %.3f s, max %.3f s over %d runs after %d warm-up runs%n",
                        file.getFileName(), engine.id(), sorted[sorted.length / 2], sorted[0],
                        sorted[sorted.length - 1], iterations, warmup);
            }
        }
        return 0;
    }
}
