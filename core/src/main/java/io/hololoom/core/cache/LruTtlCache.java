package io.hololoom.core.cache;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Cache;
import io.hololoom.api.CacheStats;
import io.hololoom.api.plugin.CacheSpec;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The original system's strategy: least-recently-used eviction plus a time-to-live, made thread-safe with one
 * lock. Kept so it can be compared with W-TinyLFU.
 */
final class LruTtlCache<K, V> implements Cache<K, V> {
    private record Entry<V>(V value, long writtenAt) {
    }

    private final long maximumSize;
    private final long ttlNanos;
    private final LongSupplier clock;
    private final LinkedHashMap<K, Entry<V>> map = new LinkedHashMap<>(16, 0.75f, true);
    private long hits;
    private long misses;
    private long evictions;

    LruTtlCache(CacheSpec spec, LongSupplier nanoClock) {
        this.maximumSize = spec.maximumSize();
        this.ttlNanos = spec.ttl().toNanos();
        this.clock = requireNonNull(nanoClock, "nanoClock is null");
    }

    @Override
    public synchronized Optional<V> get(K key) {
        requireNonNull(key, "key is null");
        Entry<V> e = map.get(key);
        if (e == null) {
            misses++;
            return Optional.empty();
        }
        if (clock.getAsLong() - e.writtenAt() >= ttlNanos) {
            map.remove(key);
            evictions++;
            misses++;
            return Optional.empty();
        }
        hits++;
        return Optional.of(e.value());
    }

    @Override
    public synchronized void put(K key, V value) {
        requireNonNull(key, "key is null");
        requireNonNull(value, "value is null");
        map.put(key, new Entry<>(value, clock.getAsLong()));
        Iterator<Map.Entry<K, Entry<V>>> it = map.entrySet().iterator();
        while (map.size() > maximumSize && it.hasNext()) {
            it.next();
            it.remove();
            evictions++;
        }
    }

    @Override
    public synchronized void invalidateAll() {
        map.clear();
    }

    @Override
    public synchronized CacheStats stats() {
        return new CacheStats(hits, misses, evictions, map.size());
    }
}
