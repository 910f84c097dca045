package io.hololoom.benchmarks.retrieval;

import io.hololoom.api.Embedder;
import io.hololoom.embedder.minilm.MiniLmEmbedder;
import io.hololoom.embedder.minilm.MiniLmEmbedderConfig;
import io.hololoom.embedder.minilm.MiniLmVariant;

/** The embedder the retrieval studies use: the project's MiniLM module. */
final class StudyEmbedders {
    private StudyEmbedders() {
    }

    /**
     * all-MiniLM-L6-v2 in {@code variant} ({@code fp32} or {@code int8}) with the module's defaults; the model
     * loads on the first embed.
     */
    static Embedder minilm(String variant) {
        return new MiniLmEmbedder(MiniLmEmbedderConfig.defaults(MiniLmVariant.of(variant)));
    }
}
