package org.enginehost.engine.baseline;

import org.enginehost.python.golden.GoldenPrograms;
import org.enginehost.spi.Engine;

/** The end-to-end golden programs on the baseline engine. */
class BaselineGoldenProgramsTest extends GoldenPrograms {
    @Override
    protected Engine engine() {
        return new BaselineEngine();
    }
}
