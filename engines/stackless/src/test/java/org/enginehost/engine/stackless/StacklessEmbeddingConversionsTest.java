package org.enginehost.engine.stackless;

import org.enginehost.python.embedding.EmbeddingConversions;
import org.enginehost.spi.Engine;

/** The embedding conversions (both ways) on the stackless engine. */
class StacklessEmbeddingConversionsTest extends EmbeddingConversions {
    @Override
    protected Engine engine() {
        return new StacklessEngine();
    }
}
