package io.hololoom.core.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.hololoom.api.Cache;
import io.hololoom.api.CacheStats;
import io.hololoom.api.plugin.CacheFactory;
import io.hololoom.api.plugin.CacheProvider;
import io.hololoom.api.plugin.CacheSpec;
import io.hololoom.api.plugin.PluginContext;
import java.util.Optional;

/** {@code caffeine}: W-TinyLFU size eviction with expire-after-write, the default. */
public final class CaffeineCacheProvider implements CacheProvider {
    public static final String NAME = "caffeine";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Caffeine W-TinyLFU with expire-after-write (default)";
    }

    @Override
    public CacheFactory create(PluginContext context) {
        return CaffeineCacheProvider::build;
    }

    static <K, V> Cache<K, V> build(CacheSpec spec) {
        com.github.benmanes.caffeine.cache.Cache<K, V> cache = Caffeine.newBuilder()
                .maximumSize(spec.maximumSize())
                .expireAfterWrite(spec.ttl())
                .executor(Runnable::run)
                .recordStats()
                .build();
        return new Cache<>() {
            @Override
            public Optional<V> get(K key) {
                return Optional.ofNullable(cache.getIfPresent(key));
            }

            @Override
            public void put(K key, V value) {
                cache.put(key, value);
            }

            @Override
            public void invalidateAll() {
                cache.invalidateAll();
            }

            @Override
            public CacheStats stats() {
                var s = cache.stats();
                return new CacheStats(s.hitCount(), s.missCount(), s.evictionCount(), cache.estimatedSize());
            }
        };
    }
}
