package org.enginehost.engine.parallel;

import org.enginehost.python.golden.GoldenCorpus;
import org.enginehost.spi.Engine;

/** GoldenCorpus on the parallel engine (its main interpreter behaves like baseline). */
class ParallelGoldenCorpusTest extends GoldenCorpus {
    @Override
    protected Engine engine() {
        return new ParallelEngine();
    }
}
