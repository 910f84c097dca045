package io.hololoom.core.testing;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Embedder;
import io.hololoom.api.plugin.EmbedderProvider;
import io.hololoom.api.plugin.PluginContext;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A deterministic bag-of-words embedder for tests: every word (letters and digits) is hashed (FNV-1a) to one
 * signed component; the result is L2-normalised. Text without words gives the zero vector, as the contract
 * allows. The {@code variant} only changes the fingerprint (to simulate a changed model).
 * Kept beside the testkit's FixedEmbedder: core tests pin these vectors and fingerprints, count embeddings
 * and select it by plugin name.
 */
public final class TestEmbedder implements Embedder {
    private final int dimension;
    private final String variant;
    private final AtomicLong texts = new AtomicLong();

    public TestEmbedder(int dimension, String variant) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be positive");
        }
        this.dimension = dimension;
        this.variant = requireNonNull(variant, "variant is null");
    }

    public TestEmbedder() {
        this(32, "v1");
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public float[] embed(String text) {
        requireNonNull(text, "text is null");
        texts.incrementAndGet();
        float[] v = new float[dimension];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            int h = fnv(word);
            v[Math.floorMod(h, dimension)] += ((h >>> 16) & 1) == 0 ? 1f : -1f;
        }
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        if (sum > 0) {
            float inv = (float) (1 / Math.sqrt(sum));
            for (int i = 0; i < v.length; i++) {
                v[i] *= inv;
            }
        }
        return v;
    }

    static int fnv(String word) {
        int h = 0x811c9dc5;
        for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x01000193;
        }
        return h;
    }

    /** How many texts this instance has embedded (to observe caching). */
    public long embedded() {
        return texts.get();
    }

    @Override
    public String fingerprint() {
        return "test-embedder/d" + dimension + "/" + variant;
    }

    /** {@code test-embedder}; settings {@code dimension} (32) and {@code variant} (v1). */
    public static final class Provider implements EmbedderProvider {
        @Override
        public String name() {
            return "test-embedder";
        }

        @Override
        public String description() {
            return "bag-of-words hashing embedder for core tests";
        }

        @Override
        public Embedder create(PluginContext context) {
            return new TestEmbedder(context.config().integer("dimension", 32, 4, 1024),
                    context.config().string("variant", "v1"));
        }
    }
}
