package io.hololoom.api;

/**
 * Counters of one cache.
 *
 * @param hits lookups that found a value
 * @param misses lookups that did not
 * @param evictions entries removed for size or age
 * @param size entries held now
 */
public record CacheStats(long hits, long misses, long evictions, long size) {
    public static final CacheStats EMPTY = new CacheStats(0, 0, 0, 0);

    public CacheStats {
        if (hits < 0 || misses < 0 || evictions < 0 || size < 0) {
            throw new IllegalArgumentException("cache counters must not be negative");
        }
    }

    /** Hits over lookups, 0 when there were none. */
    public double hitRate() {
        long lookups = hits + misses;
        return lookups == 0 ? 0 : (double) hits / lookups;
    }
}
