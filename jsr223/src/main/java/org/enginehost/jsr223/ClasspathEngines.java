package org.enginehost.jsr223;

import org.enginehost.host.EngineHost;
import org.enginehost.spi.Engine;

/** The engines on the class path, found once, for the factories {@code ScriptEngineManager} loads. */
final class ClasspathEngines {

    private static volatile EngineHost host;

    private ClasspathEngines() {
    }

    static Engine engine(String id) {
        EngineHost h = host;
        if (h == null) {
            synchronized (ClasspathEngines.class) {
                h = host;
                if (h == null) {
                    ClassLoader loader = Thread.currentThread().getContextClassLoader();
                    h = EngineHost.builder()
                            .classLoader(loader != null ? loader : ClasspathEngines.class.getClassLoader())
                            .build();
                    host = h;
                }
            }
        }
        EngineHost found = h;
        return found.find(id).orElseThrow(() -> new IllegalStateException(
                "no engine '" + id + "' on the class path (found: "
                        + (found.ids().isEmpty() ? "none" : String.join(", ", found.ids())) + ")"))
                .engine();
    }
}
