package io.hololoom.tool.testkit;

import io.hololoom.api.Embedder;
import java.util.Locale;

/**
 * A tiny deterministic bag-of-words embedder for tests: each lower-cased word is hashed into one of
 * {@code dimension} buckets and the vector is L2-normalised. Texts sharing words get a positive cosine.
 */
public final class FakeEmbedder implements Embedder {
    private final int dimension;

    public FakeEmbedder(int dimension) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be positive, was [" + dimension + "]");
        }
        this.dimension = dimension;
    }

    public FakeEmbedder() {
        this(64);
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public float[] embed(String text) {
        float[] v = new float[dimension];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                v[Math.floorMod(word.hashCode(), dimension)] += 1f;
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < v.length; i++) {
                v[i] *= inv;
            }
        }
        return v;
    }

    @Override
    public String fingerprint() {
        return "fake-bow/" + dimension;
    }
}
