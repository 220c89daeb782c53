package org.enginehost.host;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** Where an engine came from: the class/module path, or a plugin jar. */
public final class EngineOrigin {

    private static final EngineOrigin CLASSPATH = new EngineOrigin(null, null);

    private final Path jar;
    private final String pluginId;

    private EngineOrigin(Path jar, String pluginId) {
        this.jar = jar;
        this.pluginId = pluginId;
    }

    public static EngineOrigin classpath() {
        return CLASSPATH;
    }

    public static EngineOrigin plugin(Path jar, String pluginId) {
        return new EngineOrigin(Objects.requireNonNull(jar), Objects.requireNonNull(pluginId));
    }

    public boolean isPlugin() {
        return jar != null;
    }

    /** The plugin jar, when the engine came from one. */
    public Optional<Path> jar() {
        return Optional.ofNullable(jar);
    }

    /** The PF4J plugin id, when the engine came from a plugin. */
    public Optional<String> pluginId() {
        return Optional.ofNullable(pluginId);
    }

    /** "classpath", or the plugin jar's path. */
    @Override
    public String toString() {
        return jar == null ? "classpath" : jar.toString();
    }
}
