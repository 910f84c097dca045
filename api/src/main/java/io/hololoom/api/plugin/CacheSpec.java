package io.hololoom.api.plugin;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * What one cache should hold.
 *
 * @param name e.g. {@code result} or {@code embedding}; shown in statistics
 * @param maximumSize at most this many entries, at least 1
 * @param ttl entries expire this long after they were written; positive
 */
public record CacheSpec(String name, long maximumSize, Duration ttl) {
    public CacheSpec {
        requireNonNull(name, "name is null");
        requireNonNull(ttl, "ttl is null");
        if (maximumSize < 1) {
            throw new IllegalArgumentException("cache [" + name + "] maximum size must be at least 1, was ["
                    + maximumSize + "]");
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("cache [" + name + "] ttl must be positive, was [" + ttl + "]");
        }
    }
}
