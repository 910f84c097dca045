package io.hololoom.testkit;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Embedder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A deterministic {@link Embedder} for tests that keeps the {@link Embedder} contract: vectors have
 * {@link #dimension()} finite components and unit norm, or are zero for a text without words; the same text
 * gives the same vector everywhere; thread-safe.
 *
 * <p>By default each lower-cased word (letters and digits) is hashed (FNV-1a, stable across JVMs) to one
 * component with a sign, and the sum is normalised, so texts that share words have a positive cosine. A test
 * can pin exact vectors for chosen texts with {@link #with(String, float...)} (they are normalised).
 */
public final class FixedEmbedder implements Embedder {
    private final int dimension;
    private final Map<String, float[]> pinned = new ConcurrentHashMap<>();

    /**
     * @param dimension at least 1
     * @throws IllegalArgumentException if {@code dimension} is less than 1
     */
    public FixedEmbedder(int dimension) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be at least 1, was [" + dimension + "]");
        }
        this.dimension = dimension;
    }

    /** 64 dimensions. */
    public FixedEmbedder() {
        this(64);
    }

    /**
     * Makes {@code text} embed to {@code vector}, normalised to unit length.
     *
     * @throws IllegalArgumentException if the vector has the wrong length, is zero or not finite
     */
    public FixedEmbedder with(String text, float... vector) {
        requireNonNull(text, "text is null");
        requireNonNull(vector, "vector is null");
        if (vector.length != dimension) {
            throw new IllegalArgumentException("vector has [" + vector.length + "] components, this embedder ["
                    + dimension + "]");
        }
        double norm = 0;
        for (float x : vector) {
            if (!Float.isFinite(x)) {
                throw new IllegalArgumentException("vector component is not finite: " + x);
            }
            norm += (double) x * x;
        }
        if (norm == 0) {
            throw new IllegalArgumentException("a pinned vector must not be zero");
        }
        float[] v = vector.clone();
        scale(v, norm);
        pinned.put(text, v);
        return this;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public float[] embed(String text) {
        requireNonNull(text, "text is null");
        float[] fixed = pinned.get(text);
        if (fixed != null) {
            return fixed.clone();
        }
        float[] v = new float[dimension];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
            if (!word.isEmpty()) {
                int h = fnv1a(word);
                v[Math.floorMod(h, dimension)] += ((h >>> 31) == 0) ? 1f : -1f;
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += (double) x * x;
        }
        if (norm > 0) {
            scale(v, norm);
        }
        return v;
    }

    @Override
    public String fingerprint() {
        if (pinned.isEmpty()) {
            return "testkit-fixed/" + dimension;
        }
        // pinned vectors change the vector space, so they must change the fingerprint
        int h = 1;
        for (Map.Entry<String, float[]> e : new TreeMap<>(pinned).entrySet()) {
            h = 31 * (31 * h + e.getKey().hashCode()) + Arrays.hashCode(e.getValue());
        }
        return "testkit-fixed/" + dimension + "/pinned-" + Integer.toHexString(h);
    }

    private static void scale(float[] v, double squaredNorm) {
        double inv = 1 / Math.sqrt(squaredNorm);
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (v[i] * inv);
        }
    }

    private static int fnv1a(String word) {
        int h = 0x811c9dc5;
        for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x01000193;
        }
        return h;
    }
}
