package org.enginehost.python;

import org.enginehost.spi.Engine;

/**
 * What every Python engine built on engines/core says about itself: the language, its version and
 * the engine version. An engine supplies its id, description, capabilities and interpreters.
 */
public abstract class PythonEngine implements Engine {

    @Override
    public final String version() {
        return PythonVersion.ENGINE_VERSION;
    }

    @Override
    public final String language() {
        return "python";
    }

    @Override
    public final String languageVersion() {
        return PythonVersion.LANGUAGE_VERSION;
    }
}
