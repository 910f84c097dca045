package io.hololoom.api;

import java.util.Optional;

/**
 * A bounded cache the loom puts in front of expensive work (query results, embeddings).
 *
 * <p><b>Contract:</b> thread-safe; keys and values are immutable; a value may disappear at any time
 * (size or age), so a miss is always acceptable. Null keys and values are rejected with
 * {@link NullPointerException}.
 */
public interface Cache<K, V> {
    Optional<V> get(K key);

    void put(K key, V value);

    void invalidateAll();

    CacheStats stats();
}
