package org.enginehost.engine.parallel;

import org.enginehost.python.embedding.EmbeddingConversions;
import org.enginehost.spi.Engine;

/** The embedding conversions (both ways) on the parallel engine. */
class ParallelEmbeddingConversionsTest extends EmbeddingConversions {
    @Override
    protected Engine engine() {
        return new ParallelEngine();
    }
}
