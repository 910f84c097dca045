package io.hololoom.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.Cache;
import io.hololoom.api.CacheStats;
import io.hololoom.api.plugin.CacheSpec;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LruTtlCacheTest extends CacheContractTest {
    private final AtomicLong nanos = new AtomicLong(1_000);

    @Override
    String name() {
        return LruTtlCacheProvider.NAME;
    }

    private Cache<String, String> cache(long size, Duration ttl) {
        return new LruTtlCache<>(new CacheSpec("lru", size, ttl), nanos::get);
    }

    @Test
    void evictsTheLeastRecentlyUsedEntry() {
        Cache<String, String> c = cache(2, Duration.ofHours(1));
        c.put("a", "1");
        c.put("b", "2");
        assertThat(c.get("a")).contains("1");
        c.put("c", "3");
        assertThat(c.get("b")).isEmpty();
        assertThat(c.get("a")).contains("1");
        assertThat(c.get("c")).contains("3");
        assertThat(c.stats()).isEqualTo(new CacheStats(3, 1, 1, 2));
    }

    @Test
    void rewritingAKeyMakesItRecent() {
        Cache<String, String> c = cache(2, Duration.ofHours(1));
        c.put("a", "1");
        c.put("b", "2");
        c.put("a", "1b");
        c.put("c", "3");
        assertThat(c.get("a")).contains("1b");
        assertThat(c.get("b")).isEmpty();
    }

    @Test
    void entriesExpireTheirTtlAfterBeingWritten() {
        Cache<String, String> c = cache(10, Duration.ofSeconds(10));
        c.put("a", "1");
        nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        c.put("b", "2");
        nanos.addAndGet(Duration.ofSeconds(5).toNanos() - 1);
        assertThat(c.get("a")).as("just before its ttl").contains("1");
        nanos.addAndGet(1);
        assertThat(c.get("a")).as("at its ttl").isEmpty();
        assertThat(c.get("b")).contains("2");
        assertThat(c.stats()).isEqualTo(new CacheStats(2, 1, 1, 1));
    }

    @Test
    void readingDoesNotExtendTheTtl() {
        Cache<String, String> c = cache(10, Duration.ofSeconds(10));
        c.put("a", "1");
        for (int i = 0; i < 9; i++) {
            nanos.addAndGet(Duration.ofSeconds(1).toNanos());
            assertThat(c.get("a")).contains("1");
        }
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(c.get("a")).isEmpty();
    }

    @Test
    void rewritingRestartsTheTtl() {
        Cache<String, String> c = cache(10, Duration.ofSeconds(10));
        c.put("a", "1");
        nanos.addAndGet(Duration.ofSeconds(9).toNanos());
        c.put("a", "2");
        nanos.addAndGet(Duration.ofSeconds(9).toNanos());
        assertThat(c.get("a")).contains("2");
    }
}
