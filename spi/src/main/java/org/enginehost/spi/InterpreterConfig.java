package org.enginehost.spi;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything an engine needs to create an interpreter: standard streams, the program's argument
 * list, limits, permissions, host modules and engine-specific options. Immutable; build one with
 * {@link #builder()}.
 *
 * <p>By default an interpreter is sandboxed: it holds no {@link Permission}, so a script reaches no
 * file, environment variable, network, process or Java class; grant what it needs with
 * {@link Builder#grant(Permission...)}.
 */
public final class InterpreterConfig {

    private final InputStream stdin;
    private final OutputStream stdout;
    private final OutputStream stderr;
    private final List<String> argv;
    private final Limits limits;
    private final Path workingDirectory;
    private final Map<String, String> options;
    private final Set<Permission> permissions;
    private final Map<String, HostModule> hostModules;
    private final Map<String, Object> globals;

    private InterpreterConfig(Builder b) {
        this.stdin = b.stdin;
        this.stdout = b.stdout;
        this.stderr = b.stderr;
        this.argv = List.copyOf(b.argv);
        this.limits = b.limits;
        this.workingDirectory = b.workingDirectory;
        this.options = Map.copyOf(b.options);
        this.permissions = Collections.unmodifiableSet(EnumSet.copyOf(b.permissions));
        this.hostModules = Collections.unmodifiableMap(new LinkedHashMap<>(b.hostModules));
        this.globals = Collections.unmodifiableMap(new LinkedHashMap<>(b.globals));
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

    /** What scripts may do outside the interpreter; empty (a sandbox) unless granted. */
    public Set<Permission> permissions() {
        return permissions;
    }

    /** Whether {@code p} was granted. */
    public boolean permits(Permission p) {
        return permissions.contains(p);
    }

    /** Java modules scripts can import, by module name, in the order they were added. */
    public Map<String, HostModule> hostModules() {
        return hostModules;
    }

    /**
     * Global variables every interpreter made from this configuration starts with, converted as
     * {@link Interpreter#set} converts values (an {@link Exposed} object, a Java function, ...).
     */
    public Map<String, Object> globals() {
        return globals;
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
        b.permissions.addAll(permissions);
        b.hostModules.putAll(hostModules);
        b.globals.putAll(globals);
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
        private final EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
        private final Map<String, HostModule> hostModules = new LinkedHashMap<>();
        private final Map<String, Object> globals = new LinkedHashMap<>();

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

        /** Allows scripts to do what {@code granted} names (nothing is granted by default). */
        public Builder grant(Permission... granted) {
            for (Permission p : granted) {
                permissions.add(Objects.requireNonNull(p));
            }
            return this;
        }

        /** Takes back permissions granted earlier (for instance on a copy made with toBuilder). */
        public Builder revoke(Permission... revoked) {
            for (Permission p : revoked) {
                permissions.remove(Objects.requireNonNull(p));
            }
            return this;
        }

        /** Makes {@code module} importable by its name; a later module with the same name replaces it. */
        public Builder hostModule(HostModule module) {
            hostModules.put(module.name(), Objects.requireNonNull(module));
            return this;
        }

        /** Shorthand for a host module made of functions taking any number of arguments. */
        public Builder hostModule(String name, Map<String, ? extends HostFunction> functions) {
            HostModule.Builder b = HostModule.builder(name);
            functions.forEach(b::function);
            return hostModule(b.build());
        }

        /** Shorthand for {@link HostModule#ofObject}: the public methods of {@code target} as a module. */
        public Builder hostModule(String name, Object target) {
            return hostModule(HostModule.ofObject(name, target));
        }

        /**
         * A global variable every interpreter starts with; {@code value} converts as
         * {@link Interpreter#set} converts it (nulls are allowed).
         */
        public Builder global(String name, Object value) {
            globals.put(Objects.requireNonNull(name), value);
            return this;
        }

        /**
         * Binds global {@code name} to {@code target}, of which scripts may call only the public
         * methods named in {@code allowedMethods}: shorthand for
         * {@code global(name, Exposed.of(target, allowedMethods))}.
         */
        public Builder expose(String name, Object target, String... allowedMethods) {
            return global(name, Exposed.of(target, allowedMethods));
        }

        public InterpreterConfig build() {
            return new InterpreterConfig(this);
        }
    }
}
