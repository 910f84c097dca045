package io.hololoom.core.loom;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Cache;
import io.hololoom.api.Embedder;
import java.util.ArrayList;
import java.util.List;

/**
 * An embedder with a cache in front, keyed by (fingerprint, text) so that two embedders or variants never
 * share entries. Cached vectors are never handed out directly: callers get copies.
 */
public final class CachedEmbedder implements Embedder {
    /** The cache key. */
    public record Key(String fingerprint, String text) {
    }

    private final Embedder delegate;
    private final Cache<Key, float[]> cache;

    public CachedEmbedder(Embedder delegate, Cache<Key, float[]> cache) {
        this.delegate = requireNonNull(delegate, "delegate is null");
        this.cache = requireNonNull(cache, "cache is null");
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public float[] embed(String text) {
        Key key = new Key(delegate.fingerprint(), text);
        float[] v = cache.get(key).orElse(null);
        if (v == null) {
            v = delegate.embed(text);
            cache.put(key, v.clone());
            return v;
        }
        return v.clone();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        List<Integer> missing = new ArrayList<>();
        List<String> missingTexts = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            float[] v = cache.get(new Key(delegate.fingerprint(), texts.get(i))).orElse(null);
            out.add(v == null ? null : v.clone());
            if (v == null) {
                missing.add(i);
                missingTexts.add(texts.get(i));
            }
        }
        if (!missingTexts.isEmpty()) {
            List<float[]> computed = delegate.embedAll(missingTexts);
            for (int j = 0; j < missing.size(); j++) {
                out.set(missing.get(j), computed.get(j));
                cache.put(new Key(delegate.fingerprint(), missingTexts.get(j)), computed.get(j).clone());
            }
        }
        return out;
    }

    @Override
    public String fingerprint() {
        return delegate.fingerprint();
    }

    public Cache<Key, float[]> cache() {
        return cache;
    }

    public Embedder delegate() {
        return delegate;
    }
}
