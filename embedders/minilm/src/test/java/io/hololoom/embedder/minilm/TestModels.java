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

    static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += (double) x * x;
        }
        return Math.sqrt(s);
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
        }
        return dot / (norm(a) * norm(b));
    }
}
