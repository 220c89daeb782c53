package org.enginehost.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.enginehost.spi.Engine;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Loads engines from PF4J plugin jars in one directory, one jar at a time, so that a broken jar
 * is reported with its path and reason instead of disappearing into a log.
 */
final class PluginEngineLoader {

    /** An engine a plugin offered; the host decides whether its id is still free. */
    interface Sink {
        /** @return null when accepted, otherwise why the engine was refused */
        String offer(LoadedEngine engine);
    }

    private final Path directory;
    private final PluginManager manager;

    PluginEngineLoader(Path directory) {
        this.directory = directory;
        this.manager = new DefaultPluginManager(directory);
    }

    PluginManager manager() {
        return manager;
    }

    void load(Sink sink, Consumer<LoadProblem> problems) {
        if (!Files.isDirectory(directory)) {
            problems.accept(new LoadProblem(directory.toString(), "plugins directory does not exist", null));
            return;
        }
        for (Path jar : pluginJars(problems)) {
            loadJar(jar, sink, problems);
        }
    }

    private List<Path> pluginJars(Consumer<LoadProblem> problems) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries
                    .filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.accept(new LoadProblem(directory.toString(),
                    "cannot list plugins directory: " + Problems.describe(e), e));
            return List.of();
        }
    }

    private void loadJar(Path jar, Sink sink, Consumer<LoadProblem> problems) {
        String where = jar.toString();
        String pluginId;
        try {
            pluginId = manager.loadPlugin(jar);
        } catch (RuntimeException | LinkageError e) {
            problems.accept(new LoadProblem(where, "not a loadable plugin jar: " + Problems.describe(e), e));
            return;
        }
        if (pluginId == null) {
            problems.accept(new LoadProblem(where, "not a loadable plugin jar", null));
            return;
        }
        PluginWrapper plugin = manager.getPlugin(pluginId);
        if (bundlesOwnSpi(plugin)) {
            problems.accept(new LoadProblem(where, "the jar bundles its own copy of the SPI ("
                    + Engine.class.getName() + "); its engines would be invisible to the host. "
                    + "Build it with enginehost-spi in 'provided' scope.", null));
            unload(pluginId);
            return;
        }
        PluginState state;
        try {
            state = manager.startPlugin(pluginId);
        } catch (RuntimeException | LinkageError e) {
            problems.accept(new LoadProblem(where, "plugin failed to start: " + Problems.describe(e), e));
            unload(pluginId);
            return;
        }
        if (state != PluginState.STARTED) {
            Throwable failure = plugin.getFailedException();
            problems.accept(new LoadProblem(where, "plugin failed to start"
                    + (failure == null ? " (state " + state + ")" : ": " + Problems.describe(failure)), failure));
            unload(pluginId);
            return;
        }
        int accepted = 0;
        List<String> candidates = new ArrayList<>(manager.getExtensionClassNames(pluginId));
        for (String className : candidates) {
            Engine engine = instantiate(plugin, className, where, problems);
            if (engine == null) {
                continue;
            }
            String refusal = sink.offer(new LoadedEngine(engine, EngineOrigin.plugin(jar, pluginId)));
            if (refusal == null) {
                accepted++;
            } else {
                problems.accept(new LoadProblem(where, refusal, null));
            }
        }
        if (accepted == 0) {
            if (!hasEngineClass(plugin, candidates)) {
                problems.accept(new LoadProblem(where, "holds no engine: no class in META-INF/extensions.idx implements "
                        + Engine.class.getName(), null));
            }
            unload(pluginId);
        }
    }

    private static boolean bundlesOwnSpi(PluginWrapper plugin) {
        try {
            return plugin.getPluginClassLoader().loadClass(Engine.class.getName()) != Engine.class;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private boolean hasEngineClass(PluginWrapper plugin, List<String> classNames) {
        for (String name : classNames) {
            try {
                if (Engine.class.isAssignableFrom(plugin.getPluginClassLoader().loadClass(name))) {
                    return true;
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // reported by instantiate()
            }
        }
        return false;
    }

    private Engine instantiate(PluginWrapper plugin, String className, String where,
                               Consumer<LoadProblem> problems) {
        Class<?> type;
        try {
            type = plugin.getPluginClassLoader().loadClass(className);
        } catch (ClassNotFoundException | LinkageError e) {
            problems.accept(new LoadProblem(where, "extension class " + className
                    + " listed in META-INF/extensions.idx cannot be loaded: " + Problems.describe(e), e));
            return null;
        }
        if (!Engine.class.isAssignableFrom(type)) {
            return null; // another kind of extension; not ours to judge
        }
        try {
            Engine engine = (Engine) manager.getExtensionFactory().create(type);
            if (engine == null) {
                problems.accept(new LoadProblem(where, "engine " + className + " could not be created", null));
                return null;
            }
            String id = engine.id();
            if (id == null || id.isBlank()) {
                problems.accept(new LoadProblem(where, "engine " + className + " has no id", null));
                return null;
            }
            return engine;
        } catch (RuntimeException | LinkageError e) {
            problems.accept(new LoadProblem(where, "engine " + className + " failed to start: "
                    + Problems.describe(e), e));
            return null;
        }
    }

    private void unload(String pluginId) {
        try {
            manager.unloadPlugin(pluginId);
        } catch (RuntimeException e) {
            // Unloading is best effort; the plugin is already reported.
        }
    }

    void close() {
        try {
            manager.stopPlugins();
            manager.unloadPlugins();
        } catch (RuntimeException e) {
            // Closing must not mask whatever the application is doing.
        }
    }
}
