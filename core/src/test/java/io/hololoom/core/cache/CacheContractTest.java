package io.hololoom.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.Cache;
import io.hololoom.api.CacheStats;
import io.hololoom.api.plugin.CacheFactory;
import io.hololoom.api.plugin.CacheProvider;
import io.hololoom.api.plugin.CacheSpec;
import io.hololoom.core.plugin.Family;
import io.hololoom.core.testing.FakePluginContext;
import io.hololoom.core.testing.TestHololoom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The contract every cache strategy keeps, run for each one by a subclass. A strategy that does not store
 * ({@code none}) must still count its lookups and reject nulls.
 */
abstract class CacheContractTest {
    /** The strategy's name in the registry. */
    abstract String name();

    /** Whether the strategy keeps values at all. */
    boolean stores() {
        return true;
    }

    CacheFactory factory() {
        CacheProvider provider = (CacheProvider) TestHololoom.registry().<CacheFactory>provider(Family.CACHE, name());
        return provider.create(FakePluginContext.of(Family.CACHE.settingsPrefix(name()), Map.of()));
    }

    <K, V> Cache<K, V> cache(long size) {
        return factory().create(new CacheSpec("test", size, Duration.ofHours(1)));
    }

    @Test
    void isDiscoveredByItsName() {
        assertThat(TestHololoom.registry().contains(Family.CACHE, name())).isTrue();
        assertThat(TestHololoom.registry().provider(Family.CACHE, name()).name()).isEqualTo(name());
    }

    @Test
    void aNewCacheIsEmpty() {
        Cache<String, String> c = cache(10);
        assertThat(c.stats()).isEqualTo(CacheStats.EMPTY);
        assertThat(c.stats().hitRate()).isZero();
    }

    @Test
    void getReturnsWhatWasPutAndCountsHitsAndMisses() {
        Cache<String, String> c = cache(10);
        assertThat(c.get("a")).isEmpty();
        c.put("a", "1");
        c.put("b", "2");
        Optional<String> a = c.get("a");
        Optional<String> b = c.get("b");
        CacheStats s = c.stats();
        if (stores()) {
            assertThat(a).contains("1");
            assertThat(b).contains("2");
            assertThat(s.hits()).isEqualTo(2);
            assertThat(s.misses()).isEqualTo(1);
            assertThat(s.size()).isEqualTo(2);
            assertThat(s.hitRate()).isEqualTo(2 / 3.0);
        } else {
            assertThat(a).isEmpty();
            assertThat(b).isEmpty();
            assertThat(s.hits()).isZero();
            assertThat(s.misses()).isEqualTo(3);
            assertThat(s.size()).isZero();
        }
    }

    @Test
    void putReplacesTheValueOfAKey() {
        Cache<String, String> c = cache(10);
        c.put("a", "1");
        c.put("a", "2");
        if (stores()) {
            assertThat(c.get("a")).contains("2");
            assertThat(c.stats().size()).isEqualTo(1);
        } else {
            assertThat(c.get("a")).isEmpty();
        }
    }

    @Test
    void invalidateAllEmptiesTheCache() {
        Cache<String, String> c = cache(10);
        c.put("a", "1");
        c.put("b", "2");
        c.invalidateAll();
        assertThat(c.get("a")).isEmpty();
        assertThat(c.get("b")).isEmpty();
        assertThat(c.stats().size()).isZero();
    }

    @Test
    void neverHoldsMoreThanItsMaximumSize() {
        Cache<Integer, Integer> c = cache(10);
        for (int i = 0; i < 1000; i++) {
            c.put(i, i);
        }
        assertThat(c.stats().size()).isLessThanOrEqualTo(10);
        if (stores()) {
            assertThat(c.stats().evictions()).isGreaterThanOrEqualTo(990);
            assertThat(c.get(999)).contains(999);
        }
    }

    @Test
    void rejectsNullKeysOnPut() {
        Cache<String, String> c = cache(10);
        assertThatThrownBy(() -> c.put(null, "v")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void rejectsNullValues() {
        Cache<String, String> c = cache(10);
        assertThatThrownBy(() -> c.put("k", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void rejectsNullKeysOnGet() {
        Cache<String, String> c = cache(10);
        assertThatThrownBy(() -> c.get(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void isSafeForConcurrentUse() throws Exception {
        Cache<Integer, Integer> c = cache(64);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int seed = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 2000; i++) {
                        int k = (i * 31 + seed) % 100;
                        c.put(k, k);
                        c.get(k).ifPresent(v -> assertThat(v).isEqualTo(k));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        CacheStats s = c.stats();
        assertThat(s.hits() + s.misses()).isEqualTo(16_000);
        assertThat(s.size()).isLessThanOrEqualTo(64);
    }
}
