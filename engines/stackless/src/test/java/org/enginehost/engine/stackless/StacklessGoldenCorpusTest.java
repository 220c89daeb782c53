package org.enginehost.engine.stackless;

import org.enginehost.python.golden.GoldenCorpus;
import org.enginehost.spi.Engine;

/** The ratcheted golden corpus on the stackless engine. */
class StacklessGoldenCorpusTest extends GoldenCorpus {
    @Override
    protected Engine engine() {
        return new StacklessEngine();
    }
}
