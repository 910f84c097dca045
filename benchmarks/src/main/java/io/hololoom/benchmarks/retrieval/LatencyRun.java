package io.hololoom.benchmarks.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Times several search configurations on the same queries, interleaved: for each query every configuration
 * runs once (starting at a rotating position), so background load on a shared machine falls on all of them
 * alike instead of on whichever ran during a busy minute. Each search is timed alone with
 * {@link System#nanoTime()}, single-threaded, after a warm-up pass whose results are discarded.
 */
final class LatencyRun {
    /** One configuration: a name and a search from query to the ids found, best first. */
    record Config(String transform, String scales, String gate, Function<float[], List<String>> search) {
    }

    /**
     * The results of one configuration.
     *
     * @param results the ids returned per query, in query order
     * @param nanos the latency of each query, in query order
     */
    record Result(Config config, List<List<String>> results, long[] nanos) {
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

    /** Keeps the JIT from discarding warm-up work. */
    static volatile long blackhole;

    private LatencyRun() {
    }

    static List<Result> measure(List<Config> configs, List<float[]> queries, int warmup) {
        int c = configs.size();
        for (int i = 0; i < warmup; i++) {
            for (Config config : configs) {
                blackhole += config.search().apply(queries.get(i % queries.size())).size();
            }
        }
        List<List<List<String>>> results = new ArrayList<>();
        long[][] nanos = new long[c][queries.size()];
        for (int j = 0; j < c; j++) {
            results.add(new ArrayList<>(queries.size()));
        }
        for (int q = 0; q < queries.size(); q++) {
            float[] query = queries.get(q);
            List<List<String>> found = new ArrayList<>(c);
            for (int j = 0; j < c; j++) {
                found.add(null);
            }
            for (int step = 0; step < c; step++) {
                int j = (q + step) % c;
                long start = System.nanoTime();
                List<String> ids = configs.get(j).search().apply(query);
                nanos[j][q] = System.nanoTime() - start;
                found.set(j, ids);
            }
            for (int j = 0; j < c; j++) {
                results.get(j).add(found.get(j));
            }
            if ((q + 1) % 100 == 0) {
                System.err.printf("measured %d / %d queries%n", q + 1, queries.size());
            }
        }
        List<Result> out = new ArrayList<>(c);
        for (int j = 0; j < c; j++) {
            out.add(new Result(configs.get(j), results.get(j), nanos[j]));
        }
        return out;
    }
}
