package org.enginehost.jsr223;

/** {@code javax.script} name {@code python-stackless}: the {@code stackless} engine from the class path. */
public final class PythonStacklessScriptEngineFactory extends EnginehostScriptEngineFactory {

    public PythonStacklessScriptEngineFactory() {
        super("stackless");
    }
}
