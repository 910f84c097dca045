package io.hololoom.benchmarks.retrieval;

import io.hololoom.core.retrieval.VectorIndex.Hit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Times one search configuration: a warm-up pass (results discarded), then every query once, each timed
 * alone with {@link System#nanoTime()}, single-threaded.
 *
 * @param results the ids returned per query, in query order
 * @param nanos the latency of each query, in query order
 */
record LatencyRun(List<List<String>> results, long[] nanos) {
    static LatencyRun measure(Function<float[], List<Hit>> search, List<float[]> queries, int warmup) {
        for (int i = 0; i < warmup; i++) {
            blackhole += search.apply(queries.get(i % queries.size())).size();
        }
        List<List<String>> results = new ArrayList<>(queries.size());
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            List<Hit> hits = search.apply(queries.get(i));
            nanos[i] = System.nanoTime() - start;
            results.add(hits.stream().map(Hit::id).toList());
        }
        return new LatencyRun(results, nanos);
    }

    /** Keeps the JIT from discarding warm-up work. */
    static volatile long blackhole;

    double percentileMillis(double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    double meanMillis() {
        return Arrays.stream(nanos).average().orElse(0) / 1e6;
    }

    /** Mean recall@k of these results against {@code truth} (same query order). */
    double recall(List<List<String>> truth) {
        double sum = 0;
        for (int q = 0; q < truth.size(); q++) {
            List<String> want = truth.get(q);
            List<String> got = results.get(q);
            sum += got.stream().filter(want::contains).count() / (double) want.size();
        }
        return sum / truth.size();
    }
}
