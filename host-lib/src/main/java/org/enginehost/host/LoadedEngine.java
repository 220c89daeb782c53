package org.enginehost.host;

import java.util.Objects;
import org.enginehost.spi.Engine;

/** An engine the host found, and where it found it. */
public record LoadedEngine(Engine engine, EngineOrigin origin) {

    public LoadedEngine {
        Objects.requireNonNull(engine);
        Objects.requireNonNull(origin);
    }

    public String id() {
        return engine.id();
    }
}
