package org.enginehost.jsr223;

/** {@code javax.script} name {@code python-parallel}: the {@code parallel} engine from the class path. */
public final class PythonParallelScriptEngineFactory extends EnginehostScriptEngineFactory {

    public PythonParallelScriptEngineFactory() {
        super("parallel");
    }
}
