package org.enginehost.host;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.function.Consumer;
import org.enginehost.spi.Engine;
import org.pf4j.CompoundPluginDescriptorFinder;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.CompoundPluginRepository;
import org.pf4j.DefaultPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.DevelopmentPluginLoader;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginLoader;
import org.pf4j.PluginManager;
import org.pf4j.PluginRepository;
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

    private static final String EXTENSION_INDEX = "META-INF/extensions.idx";

    private final Path directory;
    private final PluginManager manager;

    PluginEngineLoader(Path directory) {
        this.directory = directory;
        this.manager = new DefaultPluginManager(directory) {
            // PF4J's loaders, in its order, with its jar loader's class loader replaced (see PluginJarClassLoader).
            @Override
            protected PluginLoader createPluginLoader() {
                return new CompoundPluginLoader()
                        .add(new DevelopmentPluginLoader(this), this::isDevelopment)
                        .add(new PluginJarLoader(this), this::isNotDevelopment)
                        .add(new DefaultPluginLoader(this), this::isNotDevelopment);
            }

            // Jars are loaded one by one (loadJar), never by scanning a repository: an empty one
            // spares building PF4J's default repositories and their file filters at each start.
            @Override
            protected PluginRepository createPluginRepository() {
                return new CompoundPluginRepository();
            }

            @Override
            protected PluginDescriptorFinder createPluginDescriptorFinder() {
                return descriptorFinder();
            }
        };
    }

    /** The descriptor sources of DefaultPluginManager, in its order (properties, then manifest). */
    private static PluginDescriptorFinder descriptorFinder() {
        return new CompoundPluginDescriptorFinder()
                .add(new JarPropertiesDescriptorFinder())
                .add(new ManifestPluginDescriptorFinder());
    }

    PluginManager manager() {
        return manager;
    }

    void load(Sink sink, Consumer<LoadProblem> problems) {
        load(sink, problems, () -> false);
    }

    /** Loads the jars in name order, stopping before the next one as soon as {@code enough} says so. */
    void load(Sink sink, Consumer<LoadProblem> problems, java.util.function.BooleanSupplier enough) {
        if (!Files.isDirectory(directory)) {
            problems.accept(new LoadProblem(directory.toString(), "plugins directory does not exist", null));
            return;
        }
        for (Path jar : pluginJars(problems)) {
            if (enough.getAsBoolean()) {
                return;
            }
            loadJar(jar, sink, problems);
        }
    }

    private List<Path> pluginJars(Consumer<LoadProblem> problems) {
        // A plain loop: a stream pipeline here linked a dozen of the JDK's lambdas at each start.
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "*.jar")) {
            List<Path> jars = new ArrayList<>();
            for (Path p : entries) {
                if (Files.isRegularFile(p)) {
                    jars.add(p);
                }
            }
            Collections.sort(jars);
            return jars;
        } catch (IOException e) {
            problems.accept(new LoadProblem(directory.toString(),
                    "cannot list plugins directory: " + Problems.describe(e), e));
            return List.of();
        }
    }

    private void loadJar(Path jar, Sink sink, Consumer<LoadProblem> problems) {
        String where = jar.toString();
        // Opened first for the reason PF4J would lose ("not a valid jar file (...)"): opening is the
        // whole check, the JDK reads and validates the central directory when it opens an archive.
        // Held open while PF4J loads the plugin, because the JDK shares one reading of a directory
        // among the JarFiles open on it: the descriptor finder and the class loader reuse it.
        JarFile held;
        try {
            held = new JarFile(jar.toFile());
        } catch (IOException | RuntimeException e) {
            problems.accept(new LoadProblem(where, "not a loadable plugin jar: not a valid jar file ("
                    + Problems.describe(e) + ")", null));
            return;
        }
        try {
            loadValidJar(jar, where, sink, problems);
        } finally {
            try {
                held.close();
            } catch (IOException e) {
                // only read from
            }
        }
    }

    private void loadValidJar(Path jar, String where, Sink sink, Consumer<LoadProblem> problems) {
        String pluginId;
        try {
            pluginId = manager.loadPlugin(jar);
        } catch (RuntimeException | LinkageError e) {
            PluginWrapper holder = holderOfSameId(jar);
            if (holder != null) {
                problems.accept(new LoadProblem(where, "plugin id '" + holder.getPluginId()
                        + "' is already used by " + holder.getPluginPath()
                        + "; this jar is ignored. Give each plugin its own Plugin-Id.", e));
            } else {
                problems.accept(new LoadProblem(where, "not a loadable plugin jar: " + Problems.describe(e), e));
            }
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
        List<String> candidates;
        try {
            candidates = ownExtensionIndex(plugin);
        } catch (IOException e) {
            problems.accept(new LoadProblem(where, "cannot read its " + EXTENSION_INDEX + ": " + Problems.describe(e), e));
            unload(pluginId);
            return;
        }
        if (candidates == null) {
            // PF4J would read the host application's index instead and offer the host's classes.
            problems.accept(new LoadProblem(where, "holds no engine: the jar has no " + EXTENSION_INDEX
                    + " listing an implementation of " + Engine.class.getName(), null));
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

    /**
     * The already loaded plugin whose id this jar declares too, if that is why PF4J refused it.
     * PF4J's own message for this case dumps whole plugin descriptors.
     */
    private PluginWrapper holderOfSameId(Path jar) {
        try {
            String id = descriptorFinder().find(jar).getPluginId();
            PluginWrapper holder = id == null ? null : manager.getPlugin(id);
            return holder != null && !jar.equals(holder.getPluginPath()) ? holder : null;
        } catch (RuntimeException e) {
            return null; // the jar is unreadable; the caller reports PF4J's own reason
        }
    }

    /**
     * The class names the jar's own extension index lists, in its order, or null when the jar has
     * none. Read here rather than through PF4J's extension finder, which reads the index of every
     * jar on the host's class path too (it opened all of lib/ in every run) and would fall back to
     * the host's own index for a jar without one. The format is PF4J's: one name a line, '#' to
     * the end of a line is a comment, white space is ignored.
     */
    private static List<String> ownExtensionIndex(PluginWrapper plugin) throws IOException {
        ClassLoader loader = plugin.getPluginClassLoader();
        URL index = loader instanceof URLClassLoader own
                ? own.findResource(EXTENSION_INDEX) // the jar itself, not its parents
                : loader.getResource(EXTENSION_INDEX);
        if (index == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                StringBuilder name = new StringBuilder();
                for (int i = 0; i < line.length() && line.charAt(i) != '#'; i++) {
                    if (!Character.isWhitespace(line.charAt(i))) {
                        name.append(line.charAt(i));
                    }
                }
                if (name.length() > 0) {
                    names.add(name.toString());
                }
            }
        }
        return new ArrayList<>(names);
    }

    /** Whether the plugin's own class loader defined the class, rather than the host's class path. */
    private static boolean isOwnClass(PluginWrapper plugin, Class<?> type) {
        return type.getClassLoader() == plugin.getPluginClassLoader();
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
                Class<?> type = plugin.getPluginClassLoader().loadClass(name);
                if (isOwnClass(plugin, type) && Engine.class.isAssignableFrom(type)) {
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
        if (!isOwnClass(plugin, type)) {
            problems.accept(new LoadProblem(where, "engine " + className + " listed in " + EXTENSION_INDEX
                    + " is not in the jar; it comes from "
                    + (type.getClassLoader() instanceof PluginClassLoader ? "another plugin" : "the host's class path")
                    + " and is ignored here", null));
            return null;
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
