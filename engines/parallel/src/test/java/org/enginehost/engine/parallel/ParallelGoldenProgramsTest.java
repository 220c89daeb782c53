package org.enginehost.engine.parallel;

import org.enginehost.python.golden.GoldenPrograms;
import org.enginehost.spi.Engine;

/** GoldenPrograms on the parallel engine (its main interpreter behaves like baseline). */
class ParallelGoldenProgramsTest extends GoldenPrograms {
    @Override
    protected Engine engine() {
        return new ParallelEngine();
    }
}
