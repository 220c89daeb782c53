package org.enginehost.engine.stackless;

import org.enginehost.python.golden.GoldenCorpus;
import java.util.Set;
import org.enginehost.spi.Engine;

/** The ratcheted golden corpus on the stackless engine. */
class StacklessGoldenCorpusTest extends GoldenCorpus {
    /** Stackless pickles generators (a suspended computation); CPython refuses with TypeError. */
    @Override
    protected Set<String> designedDifferences() {
        return Set.of("pickle/003_errors.py");
    }

    @Override
    protected Engine engine() {
        return new StacklessEngine();
    }
}
