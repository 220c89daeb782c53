package org.enginehost.jsr223;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.enginehost.host.EngineHost;
import org.enginehost.host.LoadedEngine;
import org.enginehost.spi.Engine;

/**
 * {@code javax.script} access to engines an {@link EngineHost} loaded, including those from plugin
 * jars, which {@link ScriptEngineManager}'s own class-path discovery cannot see.
 *
 * <pre>{@code
 * try (EngineHost host = EngineHost.builder().pluginsDirectory(Path.of("plugins")).build()) {
 *     ScriptEngine python = EnginehostScriptEngines.manager(host).getEngineByName("python");
 *     ...
 * }
 * }</pre>
 */
public final class EnginehostScriptEngines {

    private EnginehostScriptEngines() {
    }

    /**
     * A manager that knows every engine of {@code host} by {@code enginehost-<id>} and by its alias
     * ({@code python}, {@code python-stackless}, {@code python-parallel}), ahead of anything
     * discovered on the class path.
     */
    public static ScriptEngineManager manager(EngineHost host) {
        ScriptEngineManager manager = new ScriptEngineManager();
        for (LoadedEngine loaded : host.engines()) {
            EnginehostScriptEngineFactory factory = factory(loaded.engine());
            for (String name : factory.getNames()) {
                manager.registerEngineName(name, factory);
            }
            if (loaded.id().equals("baseline")) {
                manager.registerEngineExtension("py", factory);
                manager.registerEngineMimeType("text/x-python", factory);
            }
        }
        return manager;
    }

    /** A factory for one engine. */
    public static EnginehostScriptEngineFactory factory(Engine engine) {
        return new EnginehostScriptEngineFactory(engine);
    }

    /** A script engine with a fresh interpreter of {@code engine}. */
    public static ScriptEngine forEngine(Engine engine) {
        return factory(engine).getScriptEngine();
    }

    /**
     * A script engine whose interpreter takes its limits, permissions, host modules and engine
     * options from {@code config} ({@code javax.script} has no words for them); the standard
     * streams follow the engine's {@link javax.script.ScriptContext} as usual. Engines made any
     * other way are sandboxed with no limits beyond the defaults.
     */
    public static ScriptEngine forEngine(Engine engine, org.enginehost.spi.InterpreterConfig config) {
        return new EnginehostScriptEngine(factory(engine), engine, config);
    }
}
