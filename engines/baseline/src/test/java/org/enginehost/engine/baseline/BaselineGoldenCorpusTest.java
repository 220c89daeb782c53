package org.enginehost.engine.baseline;

import org.enginehost.python.golden.GoldenCorpus;
import org.enginehost.spi.Engine;

/** The ratcheted golden corpus on the baseline engine. */
class BaselineGoldenCorpusTest extends GoldenCorpus {
    @Override
    protected Engine engine() {
        return new BaselineEngine();
    }
}
