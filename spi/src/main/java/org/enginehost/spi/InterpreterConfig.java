package org.enginehost.spi;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an engine needs to create an interpreter: standard streams, the program's argument
 * list, limits and engine-specific options. Immutable; build one with {@link #builder()}.
 */
public final class InterpreterConfig {

    private final InputStream stdin;
    private final OutputStream stdout;
    private final OutputStream stderr;
    private final List<String> argv;
    private final Limits limits;
    private final Path workingDirectory;
    private final Map<String, String> options;

    private InterpreterConfig(Builder b) {
        this.stdin = b.stdin;
        this.stdout = b.stdout;
        this.stderr = b.stderr;
        this.argv = List.copyOf(b.argv);
        this.limits = b.limits;
        this.workingDirectory = b.workingDirectory;
        this.options = Map.copyOf(b.options);
    }

    /** A configuration with the process's own standard streams and no limits beyond the defaults. */
    public static InterpreterConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public InputStream stdin() {
        return stdin;
    }

    public OutputStream stdout() {
        return stdout;
    }

    public OutputStream stderr() {
        return stderr;
    }

    /** The program's argument list, element 0 being the program name (Python's sys.argv). */
    public List<String> argv() {
        return argv;
    }

    public Limits limits() {
        return limits;
    }

    /** Directory against which a script resolves relative paths, if different from the process's. */
    public Optional<Path> workingDirectory() {
        return Optional.ofNullable(workingDirectory);
    }

    /** Engine-specific settings; an engine rejects keys it does not know. */
    public Map<String, String> options() {
        return options;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.stdin = stdin;
        b.stdout = stdout;
        b.stderr = stderr;
        b.argv = argv;
        b.limits = limits;
        b.workingDirectory = workingDirectory;
        b.options.putAll(options);
        return b;
    }

    public static final class Builder {
        private InputStream stdin = System.in;
        private OutputStream stdout = System.out;
        private OutputStream stderr = System.err;
        private List<String> argv = List.of("");
        private Limits limits = Limits.none();
        private Path workingDirectory;
        private final Map<String, String> options = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder stdin(InputStream in) {
            this.stdin = Objects.requireNonNull(in);
            return this;
        }

        public Builder stdout(OutputStream out) {
            this.stdout = Objects.requireNonNull(out);
            return this;
        }

        public Builder stderr(OutputStream err) {
            this.stderr = Objects.requireNonNull(err);
            return this;
        }

        public Builder argv(List<String> argv) {
            this.argv = List.copyOf(argv);
            return this;
        }

        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits);
            return this;
        }

        public Builder workingDirectory(Path dir) {
            this.workingDirectory = dir;
            return this;
        }

        public Builder option(String key, String value) {
            options.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
            return this;
        }

        public InterpreterConfig build() {
            return new InterpreterConfig(this);
        }
    }
}
