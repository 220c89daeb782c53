package org.enginehost.host;

import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.enginehost.spi.Engine;

/** Finds engines registered in {@code META-INF/services} on the class or module path. */
final class ClasspathEngineLoader {

    private final ClassLoader classLoader;

    ClasspathEngineLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    void load(Consumer<LoadedEngine> found, Consumer<LoadProblem> problems) {
        ServiceLoader<Engine> loader = classLoader == null
                ? ServiceLoader.load(Engine.class)
                : ServiceLoader.load(Engine.class, classLoader);
        Iterator<Engine> it = loader.iterator();
        // Each provider is instantiated separately, so one broken provider costs only itself.
        while (true) {
            try {
                if (!it.hasNext()) {
                    return;
                }
                found.accept(new LoadedEngine(it.next(), EngineOrigin.classpath()));
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                problems.accept(new LoadProblem("classpath",
                        "engine provider failed: " + Problems.describe(e), e));
            }
        }
    }
}
