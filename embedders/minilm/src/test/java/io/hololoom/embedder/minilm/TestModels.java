package io.hololoom.embedder.minilm;

import java.nio.file.Path;

/** Shared test settings: models extract under the build directory, one shared embedder per variant. */
final class TestModels {
    static final Path DATA_DIRECTORY = Path.of("target", "test-data");
    static final Path CACHE_DIRECTORY = DATA_DIRECTORY.resolve("minilm");

    static final MiniLmEmbedder FP32 = new MiniLmEmbedder(config(MiniLmVariant.FP32));
    static final MiniLmEmbedder INT8 = new MiniLmEmbedder(config(MiniLmVariant.INT8));

    private TestModels() {
    }

    static MiniLmEmbedderConfig config(MiniLmVariant variant) {
        return MiniLmEmbedderConfig.defaults(variant).withCacheDirectory(CACHE_DIRECTORY);
    }
}
