package io.hololoom.core.cache;

import io.hololoom.api.Cache;
import io.hololoom.api.CacheStats;
import io.hololoom.api.plugin.CacheFactory;
import io.hololoom.api.plugin.CacheProvider;
import io.hololoom.api.plugin.CacheSpec;
import io.hololoom.api.plugin.PluginContext;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** {@code none}: caches nothing (every lookup misses); for measuring uncached cost. */
public final class NoCacheProvider implements CacheProvider {
    public static final String NAME = "none";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "no caching: every lookup misses";
    }

    @Override
    public CacheFactory create(PluginContext context) {
        return new CacheFactory() {
            @Override
            public <K, V> Cache<K, V> create(CacheSpec spec) {
                AtomicLong misses = new AtomicLong();
                return new Cache<>() {
                    @Override
                    public Optional<V> get(K key) {
                        java.util.Objects.requireNonNull(key, "key is null");
                        misses.incrementAndGet();
                        return Optional.empty();
                    }

                    @Override
                    public void put(K key, V value) {
                        java.util.Objects.requireNonNull(key, "key is null");
                        java.util.Objects.requireNonNull(value, "value is null");
                    }

                    @Override
                    public void invalidateAll() {
                    }

                    @Override
                    public CacheStats stats() {
                        return new CacheStats(0, misses.get(), 0, 0);
                    }
                };
            }
        };
    }
}
