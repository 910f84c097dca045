package io.hololoom.embedder.minilm;

import io.hololoom.api.Embedder;

/** The family contract for the default configuration (the shared, lazily loaded model). */
class MiniLmEmbedderContractTest extends EmbedderContractTest {
    @Override
    protected Embedder createEmbedder() {
        return new MiniLmEmbedder(MiniLmEmbedderConfig.defaults().withCacheDirectory(TestModels.CACHE_DIRECTORY));
    }
}
