package org.enginehost.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.enginehost.host.EngineHost;
import org.enginehost.spi.InterpreterConfig;
import org.enginehost.spi.Limits;
import org.enginehost.spi.Permission;
import org.enginehost.spi.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code host}: the root command. Holds the options every subcommand shares. */
@Command(
        name = "host",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Runs scripts on pluggable interpreter engines.",
        subcommands = {RunCommand.class, ReplCommand.class, EnginesCommand.class, BenchCommand.class},
        footer = {
            "",
            "Environment:",
            "  HOST_ENGINE   engine used when --engine is not given (default: baseline)",
            "  HOST_PLUGINS  plugins directory used when --plugins is not given",
            "",
            "Exit status: 0 on success, 1 after an uncaught script error or a syntax error,",
            "n after sys.exit(n), 2 for a usage error or an unknown engine."
        })
public final class HostCommand implements Callable<Integer> {

    static final String DEFAULT_ENGINE = "baseline";

    private final Main.Terminal terminal;

    @Option(names = "--engine", paramLabel = "ID",
            description = "Engine to run on (default: $HOST_ENGINE, else baseline). See 'host engines'.")
    private String engine;

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Directory of engine plugin jars (default: $HOST_PLUGINS, else the distribution's plugins/).")
    private Path plugins;

    @Option(names = "--option", paramLabel = "KEY=VALUE",
            description = "Engine-specific option, repeatable (stack-size-mb=N, jit=off|N).")
    private java.util.Map<String, String> engineOptions = new java.util.LinkedHashMap<>();

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Stop the script after SECONDS of wall-clock time (decimals allowed).")
    private java.math.BigDecimal timeLimit;

    @Option(names = "--instruction-limit", paramLabel = "N",
            description = "Stop the script after about N executed instructions (see the engine's documentation).")
    private Long instructionLimit;

    @Option(names = "--sandbox",
            description = "Run without file access (by default the script may read and write files).")
    private boolean sandbox;

    @Option(names = "--debug", description = "Show Java stack traces for internal errors.")
    private boolean debug;

    @Option(names = "-c", paramLabel = "CODE", description = "Run CODE as a script; ARGS become sys.argv[1:].")
    private String code;

    @Parameters(paramLabel = "ARGS", arity = "0..*", description = "Arguments for -c CODE.")
    private List<String> codeArgs = new ArrayList<>();

    public HostCommand(Main.Terminal terminal) {
        this.terminal = terminal;
    }

    /** This command as picocli would have set it from {@code quick}'s command line. */
    HostCommand(Main.Terminal terminal, QuickRun quick) {
        this(terminal);
        this.engine = quick.engine;
        this.engineOptions.putAll(quick.options);
        this.debug = quick.debug;
        if (quick.code != null) {
            this.code = quick.code;
            this.codeArgs.addAll(quick.args);
        }
    }

    @Override
    public Integer call() {
        if (code != null) {
            List<String> argv = new ArrayList<>();
            argv.add("-c");
            argv.addAll(codeArgs);
            return new ScriptLauncher(this).launch(Source.of("<string>", code), argv);
        }
        if (!codeArgs.isEmpty()) {
            terminal.err().println("host: unknown command '" + codeArgs.get(0) + "' (try 'host --help')");
            return 2;
        }
        if (Repl.stdinIsTerminal(terminal)) {
            return new Repl(this).start();
        }
        terminal.err().println("host: nothing to do: give a command such as 'run FILE' or 'engines', or -c CODE");
        terminal.err().println("Try 'host --help' for more information.");
        return 2;
    }

    /**
     * Applies the limits and permissions of the command line to an interpreter configuration: the
     * user runs their own script, so it may read and write files unless --sandbox says otherwise.
     *
     * @throws IllegalArgumentException for a limit that is not positive
     */
    InterpreterConfig.Builder applySafety(InterpreterConfig.Builder builder) {
        Limits limits = Limits.none();
        if (timeLimit != null) {
            if (timeLimit.signum() <= 0) {
                throw new IllegalArgumentException("--time-limit must be positive: " + timeLimit.toPlainString());
            }
            long nanos = timeLimit.movePointRight(9).setScale(0, java.math.RoundingMode.CEILING).longValueExact();
            limits = limits.withTimeLimit(java.time.Duration.ofNanos(nanos));
        }
        if (instructionLimit != null) {
            if (instructionLimit <= 0) {
                throw new IllegalArgumentException("--instruction-limit must be positive: " + instructionLimit);
            }
            limits = limits.withInstructionLimit(instructionLimit);
        }
        builder.limits(limits);
        if (!sandbox) {
            // A user running their own script: their files and environment, as python3 would.
            builder.grant(Permission.FILE_READ, Permission.FILE_WRITE, Permission.ENV);
        }
        return builder;
    }

    /** Engine options from --option, in the order given. */
    java.util.Map<String, String> engineOptions() {
        return engineOptions;
    }

    Main.Terminal terminal() {
        return terminal;
    }

    boolean debug() {
        return debug;
    }

    /** The engine asked for: --engine, then $HOST_ENGINE, then the default. */
    String engineId() {
        if (engine != null && !engine.isBlank()) {
            return engine;
        }
        String fromEnv = terminal.env().get("HOST_ENGINE");
        return fromEnv == null || fromEnv.isBlank() ? DEFAULT_ENGINE : fromEnv;
    }

    /**
     * Where plugin jars live: --plugins, then $HOST_PLUGINS, then {@code plugins/} of the
     * distribution this command was started from (bin/host passes its home as host.home).
     * Empty when none applies, e.g. when run from an IDE with engines on the class path.
     */
    Path pluginsDirectory() {
        if (plugins != null) {
            return plugins;
        }
        String fromEnv = terminal.env().get("HOST_PLUGINS");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        String home = System.getProperty("host.home");
        if (home != null) {
            Path dir = Path.of(home, "plugins");
            if (Files.isDirectory(dir)) {
                return dir;
            }
        }
        return null;
    }

    /** Loads every engine this command can see. */
    EngineHost openHost() {
        return openHost(null);
    }

    /**
     * Loads engines until the one this command selected is found ({@link EngineHost.Builder#untilEngine}):
     * for commands that run that engine only. When it does not exist, everything is loaded, so
     * the error can list every engine and every problem.
     */
    EngineHost openHostForSelectedEngine() {
        return openHost(engineId());
    }

    private EngineHost openHost(String untilEngine) {
        EngineHost.Builder builder = EngineHost.builder().classLoader(HostCommand.class.getClassLoader());
        if (System.getProperty("host.home") != null) {
            // Started from a distribution (bin/host): its class path is its own lib/, which holds
            // no engines (they are plugins). Looking there anyway opened every jar in lib/ in
            // every run, about 15 ms of start-up.
            builder.withoutClasspath();
        }
        Path dir = pluginsDirectory();
        if (dir != null) {
            builder.pluginsDirectory(dir.toAbsolutePath().normalize());
        }
        if (untilEngine != null) {
            builder.untilEngine(untilEngine);
        }
        return builder.build();
    }
}
