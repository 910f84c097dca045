package io.hololoom.benchmarks.cache;

import io.hololoom.api.Cache;
import io.hololoom.api.plugin.CacheSpec;
import io.hololoom.core.plugin.Family;
import io.hololoom.core.plugin.PluginRegistry;
import java.time.Duration;
import java.util.Locale;
import org.apache.commons.math3.distribution.ZipfDistribution;
import org.apache.commons.math3.random.Well19937c;

/**
 * Hit rate of {@code caffeine} (W-TinyLFU) vs {@code lru-ttl} on a skewed query trace: Zipf-distributed repeat
 * queries (exponent 0.9 over 10,000 distinct queries) mixed with 20 % one-time queries, at several cache sizes
 * (50 is the result cache's default, 500 the embedding cache's). Seeded; prints a markdown table.
 *
 * <pre>benchmarks/run io.hololoom.benchmarks.cache.CacheHitRate</pre>
 */
public final class CacheHitRate {
    private CacheHitRate() {
    }

    public static void main(String[] args) {
        int requests = 1_000_000;
        PluginRegistry registry = PluginRegistry.discover(CacheHitRate.class.getClassLoader());
        System.out.println("| cache size | caffeine hit rate | lru-ttl hit rate | caffeine / lru-ttl |");
        System.out.println("|---|---|---|---|");
        for (int size : new int[] {50, 500, 2000}) {
            double caffeine = run(registry, "caffeine", size, requests);
            double lru = run(registry, "lru-ttl", size, requests);
            System.out.printf(Locale.ROOT, "| %d | %.2f %% | %.2f %% | %.2f× |%n", size, 100 * caffeine, 100 * lru,
                    caffeine / lru);
        }
    }

    static double run(PluginRegistry registry, String strategy, int size, int requests) {
        io.hololoom.api.plugin.PluginProvider<io.hololoom.api.plugin.CacheFactory> provider = registry.provider(Family.CACHE, strategy);
        Cache<String, Boolean> cache = provider.create(null).create(new CacheSpec("trace", size, Duration.ofHours(1)));
        ZipfDistribution zipf = new ZipfDistribution(new Well19937c(42), 10_000, 0.9);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
        long oneTime = 0;
        for (int i = 0; i < requests; i++) {
            String key = rng.nextDouble() < 0.2 ? "once-" + oneTime++ : "q-" + zipf.sample();
            if (cache.get(key).isEmpty()) {
                cache.put(key, Boolean.TRUE);
            }
        }
        return cache.stats().hitRate();
    }
}
