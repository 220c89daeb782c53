package org.enginehost.engine.baseline;

import org.enginehost.python.embedding.EmbeddingConversions;
import org.enginehost.spi.Engine;

/** The embedding conversions (both ways) on the baseline engine. */
class BaselineEmbeddingConversionsTest extends EmbeddingConversions {
    @Override
    protected Engine engine() {
        return new BaselineEngine();
    }
}
