package org.enginehost.jsr223;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import org.enginehost.spi.Engine;

/**
 * A {@link ScriptEngineFactory} for one Enginehost engine. Its names are the engine's alias, if
 * it has one ({@code python} for {@code baseline}, {@code python-stackless},
 * {@code python-parallel}), and {@code enginehost-<id>}. Every {@link ScriptEngine} it makes owns
 * a fresh interpreter.
 */
public class EnginehostScriptEngineFactory implements ScriptEngineFactory {

    private final String engineId;
    private final Supplier<Engine> engine;

    /** A factory for an engine already loaded, e.g. from a plugin jar through an {@code EngineHost}. */
    public EnginehostScriptEngineFactory(Engine engine) {
        Objects.requireNonNull(engine);
        this.engineId = engine.id();
        this.engine = () -> engine;
    }

    /** A factory for the engine with this id on the class path, looked up when first needed. */
    protected EnginehostScriptEngineFactory(String engineId) {
        this.engineId = engineId;
        this.engine = () -> ClasspathEngines.engine(engineId);
    }

    /** The alias {@code javax.script} users know an engine by, or {@code null}. */
    static String alias(String engineId) {
        return switch (engineId) {
            case "baseline" -> "python";
            case "stackless" -> "python-stackless";
            case "parallel" -> "python-parallel";
            default -> null;
        };
    }

    /** The engine this factory serves; fails when it is not available. */
    public Engine engine() {
        return engine.get();
    }

    public String engineId() {
        return engineId;
    }

    @Override
    public String getEngineName() {
        return "Enginehost " + engineId;
    }

    @Override
    public String getEngineVersion() {
        return engine().version();
    }

    @Override
    public List<String> getExtensions() {
        return isPython() ? List.of("py") : List.of();
    }

    @Override
    public List<String> getMimeTypes() {
        return isPython() ? List.of("text/x-python", "application/x-python") : List.of();
    }

    @Override
    public List<String> getNames() {
        List<String> names = new ArrayList<>();
        String alias = alias(engineId);
        if (alias != null) {
            names.add(alias);
        }
        names.add("enginehost-" + engineId);
        return List.copyOf(names);
    }

    @Override
    public String getLanguageName() {
        return engine().language();
    }

    @Override
    public String getLanguageVersion() {
        return engine().languageVersion();
    }

    @Override
    public Object getParameter(String key) {
        return switch (key) {
            case ScriptEngine.ENGINE -> getEngineName();
            case ScriptEngine.ENGINE_VERSION -> getEngineVersion();
            case ScriptEngine.LANGUAGE -> getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION -> getLanguageVersion();
            case ScriptEngine.NAME -> getNames().get(0);
            // An interpreter runs one thing at a time: not safe for concurrent use.
            case "THREADING" -> null;
            default -> null;
        };
    }

    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return obj + "." + m + "(" + String.join(", ", args) + ")";
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        if (!isPython()) {
            throw new UnsupportedOperationException("no output statement known for " + getLanguageName());
        }
        StringBuilder sb = new StringBuilder("print('");
        for (int i = 0; i < toDisplay.length(); i++) {
            char c = toDisplay.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.append("')").toString();
    }

    @Override
    public String getProgram(String... statements) {
        return String.join("\n", statements) + "\n";
    }

    @Override
    public ScriptEngine getScriptEngine() {
        return new EnginehostScriptEngine(this, engine());
    }

    private boolean isPython() {
        return alias(engineId) != null || "python".equals(engine().language());
    }
}
