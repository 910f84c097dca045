package io.hololoom.benchmarks.embedder;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.hololoom.embedder.minilm.MiniLmEmbedder;
import io.hololoom.embedder.minilm.MiniLmEmbedderConfig;
import io.hololoom.embedder.minilm.MiniLmVariant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** One embedder under test, created by id, so the in-process runs and the forked probes measure the same thing. */
interface Candidate {
    /** Ids in report order. */
    List<String> IDS = List.of("hololoom-fp32", "langchain4j-fp32", "hololoom-int8", "langchain4j-int8",
            "hololoom-int8-batched");

    String id();

    float[] embed(String text);

    /** Embeds {@code texts} in one call (the implementation decides how to batch or parallelise). */
    List<float[]> embedAll(List<String> texts);

    static Candidate create(String id) {
        return switch (id) {
            case "hololoom-fp32" -> ours(id, MiniLmVariant.FP32, false);
            case "hololoom-int8" -> ours(id, MiniLmVariant.INT8, false);
            case "hololoom-int8-batched" -> ours(id, MiniLmVariant.INT8, true);
            case "langchain4j-fp32" -> langchain4j(id, AllMiniLmL6V2EmbeddingModel::new);
            case "langchain4j-int8" -> langchain4j(id, AllMiniLmL6V2QuantizedEmbeddingModel::new);
            default -> throw new IllegalArgumentException("Unknown candidate [" + id + "]; known candidates " + IDS);
        };
    }

    /**
     * Our embedder with its defaults; the model loads on the first call, as in production. The system property
     * {@code hololoom.bench.spinning=true} turns ONNX Runtime's spinning on (it is per process: one model per
     * variant), to compare with LangChain4j on equal threading.
     */
    private static Candidate ours(String id, MiniLmVariant variant, boolean int8Batching) {
        MiniLmEmbedderConfig config = MiniLmEmbedderConfig.defaults(variant);
        MiniLmEmbedder embedder = new MiniLmEmbedder(config
                .withThreads(config.threads(), Boolean.getBoolean("hololoom.bench.spinning"))
                .withInt8Batching(int8Batching)
                .withCacheDirectory(Texts.workDirectory("embedder-cache")));
        return new Candidate() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public float[] embed(String text) {
                return embedder.embed(text);
            }

            @Override
            public List<float[]> embedAll(List<String> texts) {
                return embedder.embedAll(texts);
            }
        };
    }

    /** LangChain4j's model with its defaults (its embedAll runs one text per task on a thread per core). */
    private static Candidate langchain4j(String id, Supplier<EmbeddingModel> factory) {
        EmbeddingModel model = factory.get();
        return new Candidate() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public float[] embed(String text) {
                return model.embed(text).content().vector();
            }

            @Override
            public List<float[]> embedAll(List<String> texts) {
                List<TextSegment> segments = new ArrayList<>(texts.size());
                for (String t : texts) {
                    segments.add(TextSegment.from(t));
                }
                List<float[]> out = new ArrayList<>(texts.size());
                for (Embedding e : model.embedAll(segments).content()) {
                    out.add(e.vector());
                }
                return out;
            }
        };
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    static String head(float[] v) {
        return Arrays.toString(Arrays.copyOf(v, 3));
    }
}
