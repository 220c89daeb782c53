package org.enginehost.host;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.enginehost.spi.Capability;
import org.enginehost.spi.Engine;

/**
 * The set of engines available to an application: those registered on the class path, then
 * those in PF4J plugin jars of one directory. Engine ids are unique; the first engine with an id
 * wins and every later one is reported as a {@link LoadProblem}. Loading never fails as a whole.
 *
 * <pre>{@code
 * try (EngineHost host = EngineHost.builder().pluginsDirectory(Path.of("plugins")).build()) {
 *     Engine engine = host.engine("baseline");
 *     ...
 * }
 * }</pre>
 */
public final class EngineHost implements AutoCloseable {

    private final Map<String, LoadedEngine> engines;
    private final List<LoadProblem> problems;
    private final PluginEngineLoader plugins;

    private EngineHost(Map<String, LoadedEngine> engines, List<LoadProblem> problems,
                       PluginEngineLoader plugins) {
        this.engines = Collections.unmodifiableMap(engines);
        this.problems = List.copyOf(problems);
        this.plugins = plugins;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every engine found, class-path engines first, in discovery order. */
    public List<LoadedEngine> engines() {
        return List.copyOf(engines.values());
    }

    /** The ids of every engine found, in discovery order. */
    public List<String> ids() {
        return List.copyOf(engines.keySet());
    }

    /** Everything that went wrong while loading. */
    public List<LoadProblem> problems() {
        return problems;
    }

    public Optional<LoadedEngine> find(String id) {
        return Optional.ofNullable(engines.get(id));
    }

    /**
     * The engine with this id.
     *
     * @throws UnknownEngineException naming the ids that do exist
     */
    public Engine engine(String id) {
        LoadedEngine found = engines.get(id);
        if (found == null) {
            throw new UnknownEngineException(id, ids());
        }
        return found.engine();
    }

    /** The first engine (in discovery order) that has every capability asked for. */
    public Optional<Engine> engineWith(Capability... required) {
        Set<Capability> wanted = Set.copyOf(Arrays.asList(required));
        return engines.values().stream()
                .map(LoadedEngine::engine)
                .filter(e -> e.capabilities().containsAll(wanted))
                .findFirst();
    }

    /** Stops and unloads plugins. Interpreters created from plugin engines must be closed first. */
    @Override
    public void close() {
        if (plugins != null) {
            plugins.close();
        }
    }

    /** Chooses where to look for engines. By default: the context class loader, no plugins. */
    public static final class Builder {
        private ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        private boolean useClasspath = true;
        private Path pluginsDirectory;
        private String untilEngine;

        private Builder() {
        }

        /** Look for {@code META-INF/services} engines through this class loader. */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = loader;
            return this;
        }

        /** Skip the class path; only plugin jars count. */
        public Builder withoutClasspath() {
            this.useClasspath = false;
            return this;
        }

        /** Load every {@code *.jar} in this directory as a PF4J plugin. */
        public Builder pluginsDirectory(Path dir) {
            this.pluginsDirectory = dir;
            return this;
        }

        /**
         * For a caller that needs one engine (a launcher running a script): plugin jars are
         * loaded in the usual order only until one of them provides engine {@code id}, or not at
         * all when the class path does. The engine found is the one a full load would pick (the
         * first provider wins either way); later jars are not opened, so their engines and
         * problems are not listed. Start-up is shorter by the jars left alone.
         */
        public Builder untilEngine(String id) {
            this.untilEngine = id;
            return this;
        }

        public EngineHost build() {
            Map<String, LoadedEngine> engines = new LinkedHashMap<>();
            List<LoadProblem> problems = new ArrayList<>();
            if (useClasspath) {
                new ClasspathEngineLoader(classLoader).load(
                        e -> {
                            String refusal = register(engines, e);
                            if (refusal != null) {
                                problems.add(new LoadProblem("classpath", refusal, null));
                            }
                        },
                        problems::add);
            }
            PluginEngineLoader plugins = null;
            if (pluginsDirectory != null) {
                plugins = new PluginEngineLoader(pluginsDirectory);
                plugins.load(e -> register(engines, e), problems::add,
                        () -> untilEngine != null && engines.containsKey(untilEngine));
            }
            return new EngineHost(engines, problems, plugins);
        }

        private static String register(Map<String, LoadedEngine> engines, LoadedEngine candidate) {
            String id;
            try {
                id = candidate.engine().id();
            } catch (RuntimeException | LinkageError e) {
                return "engine " + candidate.engine().getClass().getName() + " failed to report its id: "
                        + Problems.describe(e);
            }
            LoadedEngine existing = engines.get(id);
            if (existing != null) {
                return "engine id '" + id + "' is already provided by " + existing.origin()
                        + "; this one is ignored";
            }
            engines.put(id, candidate);
            return null;
        }
    }

    /** Convenience for callers that only need the {@link Engine}s. */
    public List<Engine> engineList() {
        return engines.values().stream().map(LoadedEngine::engine).toList();
    }
}
