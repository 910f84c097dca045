package io.hololoom.benchmarks.retrieval;

import io.hololoom.api.Embedder;
import io.hololoom.core.retrieval.MatryoshkaGate;
import io.hololoom.core.retrieval.ScaleTransform;
import io.hololoom.core.retrieval.ScaleTransforms;
import io.hololoom.core.retrieval.VectorIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Coarse-to-fine against brute force on a memory of 100,000 MiniLM-embedded shards: latency (p50 / p99 over
 * the queries, single-threaded, after warm-up) and recall@10 against the exact full-dimension top 10.
 *
 * <p>Shards and queries are spliced corpus sentences ({@link SyntheticShards}, different seeds, no overlap),
 * embedded with the real model and cached under {@code benchmarks/target/retrieval-cache}. Each transform gets
 * its own {@link VectorIndex} ({@code pca} is refitted after loading); each configuration is a set of scales
 * and a gate passed per search.
 *
 * <p>Usage: {@code RetrievalAtScale [--shards 100000] [--queries 1000] [--warmup 300] [--variant fp32|int8]}.
 */
public final class RetrievalAtScale {
    private static final int K = 10;
    private static final long SEED = 42;

    private RetrievalAtScale() {
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        int shardCount = Integer.parseInt(options.getOrDefault("shards", "100000"));
        int queryCount = Integer.parseInt(options.getOrDefault("queries", "1000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "300"));
        String variant = options.getOrDefault("variant", "fp32");

        List<String> corpus = Corpus.load();
        List<String> shardTexts = SyntheticShards.generate(corpus, shardCount, 1, java.util.Set.of());
        List<String> queryTexts = SyntheticShards.generate(corpus, queryCount, 2, new HashSet<>(shardTexts));
        EmbeddingCache cache = EmbeddingCache.defaultLocation();
        Embedder embedder = StudyEmbedders.minilm(variant);
        List<float[]> shards = cache.embed("shards-" + shardCount + "-seed1-" + variant, shardTexts, embedder,
                1024);
        List<float[]> queries = cache.embed("queries-" + queryCount + "-seed2-" + variant, queryTexts,
                embedder, 1024);
        int dimension = shards.get(0).length;
        System.out.printf(Locale.ROOT, "# Retrieval at scale, %s: %d shards, %d queries, minilm/%s, %d-d, k=%d, "
                + "warm-up %d, %d cores, Java %s%n%n", LocalDate.now(), shardCount, queryCount, variant, dimension, K,
                warmup, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        Map<String, int[]> scaleSets = new LinkedHashMap<>();
        scaleSets.put("96→384", new int[] {dimension / 4, dimension});
        scaleSets.put("96→192→384", new int[] {dimension / 4, dimension / 2, dimension});
        scaleSets.put("48→96→384", new int[] {dimension / 8, dimension / 4, dimension});
        scaleSets.put("192→384", new int[] {dimension / 2, dimension});
        Map<String, MatryoshkaGate> gates = new LinkedHashMap<>();
        gates.put("shortlist 5×,2×", MatryoshkaGate.shortlist(K, 5, 2));
        gates.put("shortlist 10×,3×", MatryoshkaGate.shortlist(K, 10, 3));
        gates.put("shortlist 20×,5×", MatryoshkaGate.shortlist(K, 20, 5));
        gates.put("shortlist 40×,10×", MatryoshkaGate.shortlist(K, 40, 10));
        gates.put("default " + MatryoshkaGate.defaults().values() + " min "
                + MatryoshkaGate.defaults().minCandidates(), MatryoshkaGate.defaults());

        List<List<String>> truth = null;
        List<String> rows = new ArrayList<>();
        for (String name : List.of("prefix", "random-rotation", "pca")) {
            ScaleTransform transform = ScaleTransforms.create(name, dimension, SEED);
            VectorIndex index = new VectorIndex(dimension, transform, MatryoshkaGate.defaults());
            long start = System.nanoTime();
            for (int i = 0; i < shards.size(); i++) {
                index.add("s" + i, shards.get(i));
            }
            double addSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            index.refit();
            double refitSeconds = (System.nanoTime() - start) / 1e9;
            System.err.printf(Locale.ROOT, "%s: %d adds in %.1f s, refit %.1f s%n", name, shards.size(), addSeconds,
                    refitSeconds);

            LatencyRun exact = LatencyRun.measure(q -> index.searchExact(q, K), queries, warmup);
            if (truth == null) {
                truth = exact.results();
            }
            rows.add(row(name, "exact (brute force)", "-", exact, truth, exact));
            for (Map.Entry<String, int[]> scales : scaleSets.entrySet()) {
                for (Map.Entry<String, MatryoshkaGate> gate : gates.entrySet()) {
                    LatencyRun run = LatencyRun.measure(
                            q -> index.search(q, K, scales.getValue(), gate.getValue()), queries, warmup);
                    rows.add(row(name, scales.getKey(), gate.getKey(), run, truth, exact));
                }
            }
            LatencyRun original = LatencyRun.measure(
                    q -> index.search(q, K, scaleSets.get("96→192→384"), MatryoshkaGate.original()), queries, warmup);
            rows.add(row(name, "96→192→384", "original thresholds", original, truth, exact));
            System.err.printf("%s done%n", name);
        }
        System.out.println("| transform | scales | gate | recall@10 | p50 ms | p99 ms | mean ms | speed-up (p50) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static String row(String transform, String scales, String gate, LatencyRun run,
            List<List<String>> truth, LatencyRun exact) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %.2f | %.2f | %.2f | %.1f× |", transform, scales,
                gate, run.recall(truth), run.percentileMillis(50), run.percentileMillis(99), run.meanMillis(),
                exact.percentileMillis(50) / run.percentileMillis(50));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> known = List.of("shards", "queries", "warmup", "variant");
        for (int i = 0; i < args.length; i++) {
            String key = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!known.contains(key) || i + 1 >= args.length) {
                throw new IllegalArgumentException("Unknown or incomplete argument [" + args[i] + "]; known "
                        + "arguments " + Arrays.toString(known.stream().map(k -> "--" + k + " VALUE").toArray()));
            }
            out.put(key, args[++i]);
        }
        return out;
    }
}
