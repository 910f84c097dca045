package io.hololoom.benchmarks.embedder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.hololoom.embedder.minilm.MiniLmEmbedder;
import io.hololoom.embedder.minilm.MiniLmEmbedderConfig;
import io.hololoom.embedder.minilm.MiniLmVariant;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an embedding cache saves: embedding a query cold against finding its vector in a Caffeine cache keyed by
 * (embedder fingerprint, text). The 256 benchmark queries are cycled; the cache holds all of them.
 *
 * <p>Run: {@code java -cp <benchmarks class path> org.openjdk.jmh.Main EmbeddingCacheBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EmbeddingCacheBenchmark {
    /** The cache key: the fingerprint keeps vectors of different models apart. */
    record Key(String fingerprint, String text) {
    }

    @Param({"fp32", "int8"})
    public String variant;

    private MiniLmEmbedder embedder;
    private Cache<Key, float[]> cache;
    private List<String> texts;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        embedder = new MiniLmEmbedder(MiniLmEmbedderConfig.defaults(MiniLmVariant.of(variant))
                .withCacheDirectory(Texts.workDirectory("embedder-cache")));
        texts = Texts.sentences();
        cache = Caffeine.newBuilder().maximumSize(10_000).build();
        for (String t : texts) {
            cache.put(new Key(embedder.fingerprint(), t), embedder.embed(t));
        }
    }

    private String nextText() {
        String t = texts.get(next);
        next = next + 1 == texts.size() ? 0 : next + 1;
        return t;
    }

    /** A cold embedding: what every query costs without a cache. */
    @Benchmark
    public float[] coldEmbed() {
        return embedder.embed(nextText());
    }

    /** A cache hit: key construction, hashing, lookup. */
    @Benchmark
    public float[] cacheHit() {
        return cache.getIfPresent(new Key(embedder.fingerprint(), nextText()));
    }

    /** A miss through the cache API: the lookup, then embedding and storing (the entry is removed again). */
    @Benchmark
    public float[] cacheMissThenEmbed() {
        Key key = new Key(embedder.fingerprint(), "miss " + nextText());
        float[] v = cache.get(key, k -> embedder.embed(k.text()));
        cache.invalidate(key);
        return v;
    }
}
