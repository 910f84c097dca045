package io.hololoom.api.plugin;

import io.hololoom.api.Cache;

/** Builds caches of one strategy (W-TinyLFU, LRU + TTL, none). Thread-safe. */
public interface CacheFactory {
    <K, V> Cache<K, V> create(CacheSpec spec);
}
