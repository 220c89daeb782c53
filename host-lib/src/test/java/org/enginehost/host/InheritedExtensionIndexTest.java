package org.enginehost.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enginehost.host.fixtures.CaseInterpreter;
import org.enginehost.host.fixtures.ShoutEngine;
import org.enginehost.spi.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginManager;

/**
 * A PF4J plugin class loader looks for resources in the plugin first and then in the application,
 * so a jar without its own {@code META-INF/extensions.idx} reads the host application's. That
 * happens for real when an {@code @Extension}-annotated engine (baseline, say) sits on the host's
 * class path. The host must not adopt such an engine as the plugin's.
 *
 * <p>The test class path cannot carry a non-empty index without disturbing every other test, so
 * this test runs the host inside its own class loader whose class path starts with one.
 */
class InheritedExtensionIndexTest {

    @TempDir
    Path dir;

    private static URL locationOf(Class<?> type) throws URISyntaxException, IOException {
        return type.getProtectionDomain().getCodeSource().getLocation().toURI().toURL();
    }

    /** The host, PF4J, SPI, SLF4J and fixtures, behind a directory whose index names ShoutEngine. */
    private URLClassLoader isolatedHost() throws Exception {
        Path indexRoot = Files.createDirectories(dir.resolve("app-index/META-INF")).getParent();
        Files.writeString(indexRoot.resolve("META-INF/extensions.idx"),
                "# the application's own index\n" + ShoutEngine.class.getName() + "\n");
        List<URL> urls = new ArrayList<>();
        urls.add(indexRoot.toUri().toURL()); // first, so its index is the one found
        urls.add(locationOf(EngineHost.class));
        urls.add(locationOf(Engine.class));
        urls.add(locationOf(PluginManager.class));
        urls.add(locationOf(org.slf4j.LoggerFactory.class));
        urls.add(locationOf(ShoutEngine.class));
        try {
            urls.add(locationOf(Class.forName("org.slf4j.nop.NOPServiceProvider")));
        } catch (ClassNotFoundException e) {
            // without a provider SLF4J prints one warning; harmless
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    @Test
    void jarWithoutIndexDoesNotAdoptTheApplicationsEngines() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path jar = PluginJarBuilder.plugin("unindexed").withoutIndex()
                .withClasses(ShoutEngine.class, CaseInterpreter.class).writeTo(plugins, "unindexed.jar");

        try (URLClassLoader isolated = isolatedHost()) {
            // Premise: inside the isolated host, the application index is what PF4J would find.
            assertTrue(isolated.getResource("META-INF/extensions.idx").toString().contains("app-index"));

            Class<?> hostType = isolated.loadClass(EngineHost.class.getName());
            Object builder = hostType.getMethod("builder").invoke(null);
            builder.getClass().getMethod("withoutClasspath").invoke(builder);
            builder.getClass().getMethod("pluginsDirectory", Path.class).invoke(builder, plugins);
            Object host = builder.getClass().getMethod("build").invoke(builder);
            try {
                List<?> ids = (List<?>) hostType.getMethod("ids").invoke(host);
                List<?> problems = (List<?>) hostType.getMethod("problems").invoke(host);

                assertEquals(List.of(), ids);
                assertEquals(1, problems.size(), problems::toString);
                String problem = problems.get(0).toString();
                assertTrue(problem.startsWith(jar + ": holds no engine"), problem);
                assertTrue(problem.contains("META-INF/extensions.idx"), problem);
            } finally {
                hostType.getMethod("close").invoke(host);
            }
        }
    }
}
