package io.hololoom.benchmarks.loom;

import io.hololoom.api.Policy;
import io.hololoom.api.Query;
import io.hololoom.api.Spacetime;
import io.hololoom.core.Hololoom;
import io.hololoom.core.config.HololoomConfig;
import io.hololoom.core.loom.Loom;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Weave latency, warm, on the default assembly with the hashing embedder: uncached (every call a full weave:
 * validation → features → retrieval → decision → tool) and cached (a repeated calc query served from the
 * result cache). Sample time, so JMH reports p50/p90/p99.
 *
 * <p>The warm-up is long on purpose: on 2 cores the uncached p50 keeps falling for ~20 s of weaving while the JIT
 * compiles the path (BENCHMARKS.md §1).
 *
 * <pre>benchmarks/run jmh WeaveBenchmark -f 1</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class WeaveBenchmark {
    static final List<String> QUERIES = List.of("what is 17 * 23?", "compute 2^10 - 1",
            "what is the default TTL of the result cache?", "find documents about cache eviction",
            "how many notes mention PPO?", "explain how PPO clips the ratio", "sqrt(2)*3",
            "which documents talk about TLS certificates?", "list notes tagged infra",
            "why does the reflection buffer keep a learning window?");

    @Param({"caffeine"})
    public String cache;

    private Path home;
    private Hololoom hololoom;
    private Loom loom;
    private int next;

    @Setup(Level.Trial)
    public void open() throws IOException {
        home = Files.createTempDirectory("hololoom-bench");
        HololoomConfig config = HololoomConfig.load(home, Map.of("hololoom.embedder", "hashing",
                "hololoom.cache", cache, "hololoom.reflect.on-weave", "false"), Map.of());
        hololoom = Hololoom.open(config);
        loom = hololoom.loom();
        for (String q : QUERIES) {
            loom.weave(Query.of(q), Policy.Mode.EXPLORE, false);
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        hololoom.close();
        try (var files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A full weave of a rotating query, result cache bypassed. */
    @Benchmark
    public Spacetime weaveUncached() {
        String q = QUERIES.get(next++ % QUERIES.size());
        return loom.weave(Query.of(q), Policy.Mode.EXPLORE, false);
    }

    /** The same calc query again: served from the result cache. */
    @Benchmark
    public Spacetime weaveCached() {
        return loom.weave(Query.of("what is 17 * 23?"), Policy.Mode.EXPLORE, true);
    }
}
