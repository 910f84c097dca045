package io.hololoom.benchmarks.cache;

import io.hololoom.api.Cache;
import io.hololoom.api.plugin.CacheSpec;
import io.hololoom.core.plugin.Family;
import io.hololoom.core.plugin.PluginRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of a cache hit through the Cache protocol, per strategy, single-threaded and with 2 threads.
 *
 * <pre>benchmarks/run jmh CacheHitBenchmark -f 1 -wi 3 -i 5</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CacheHitBenchmark {
    @Param({"caffeine", "lru-ttl"})
    public String strategy;

    private Cache<String, String> cache;
    private final String[] keys = new String[256];

    @Setup
    public void setUp() {
        io.hololoom.api.plugin.PluginProvider<io.hololoom.api.plugin.CacheFactory> provider = PluginRegistry.discover(getClass().getClassLoader())
                .provider(Family.CACHE, strategy);
        cache = provider.create(null).create(new CacheSpec("bench", 1024, Duration.ofHours(1)));
        for (int i = 0; i < keys.length; i++) {
            keys[i] = "query number " + i;
            cache.put(keys[i], "value " + i);
        }
    }

    @Benchmark
    @Threads(1)
    public Optional<String> hitOneThread(ThreadIndex t) {
        return cache.get(keys[t.next()]);
    }

    @Benchmark
    @Threads(2)
    public Optional<String> hitTwoThreads(ThreadIndex t) {
        return cache.get(keys[t.next()]);
    }

    /** Per-thread cursor over the keys. */
    @State(Scope.Thread)
    public static class ThreadIndex {
        private int i;

        int next() {
            return i++ & 255;
        }
    }
}
