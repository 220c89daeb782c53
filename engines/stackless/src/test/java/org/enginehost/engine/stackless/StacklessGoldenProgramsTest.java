package org.enginehost.engine.stackless;

import org.enginehost.python.golden.GoldenPrograms;
import org.enginehost.spi.Engine;

/** The end-to-end golden programs on the stackless engine. */
class StacklessGoldenProgramsTest extends GoldenPrograms {
    @Override
    protected Engine engine() {
        return new StacklessEngine();
    }
}
