package org.enginehost.jsr223;

/** {@code javax.script} name {@code python}: the {@code baseline} engine from the class path. */
public final class PythonScriptEngineFactory extends EnginehostScriptEngineFactory {

    public PythonScriptEngineFactory() {
        super("baseline");
    }
}
