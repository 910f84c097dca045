package io.hololoom.core.cache;

import io.hololoom.api.plugin.CacheFactory;
import io.hololoom.api.plugin.CacheProvider;
import io.hololoom.api.plugin.CacheSpec;
import io.hololoom.api.plugin.PluginContext;

/** {@code lru-ttl}: the original's LRU + TTL strategy, thread-safe. */
public final class LruTtlCacheProvider implements CacheProvider {
    public static final String NAME = "lru-ttl";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "least-recently-used with time-to-live (the original's strategy)";
    }

    @Override
    public CacheFactory create(PluginContext context) {
        return new CacheFactory() {
            @Override
            public <K, V> io.hololoom.api.Cache<K, V> create(CacheSpec spec) {
                return new LruTtlCache<>(spec, System::nanoTime);
            }
        };
    }
}
