package org.enginehost.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.pf4j.JarPluginLoader;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/** PF4J's loader of jar plugins, giving each a {@link PluginJarClassLoader}. */
final class PluginJarLoader extends JarPluginLoader {

    PluginJarLoader(PluginManager manager) {
        super(manager);
    }

    @Override
    protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
        try {
            return new PluginJarClassLoader(pluginManager, descriptor, PluginJarLoader.class.getClassLoader(),
                    pluginPath);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + pluginPath, e);
        }
    }
}
