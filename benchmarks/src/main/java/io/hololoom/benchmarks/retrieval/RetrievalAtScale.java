package io.hololoom.benchmarks.retrieval;

import io.hololoom.api.Embedder;
import io.hololoom.benchmarks.retrieval.LatencyRun.Config;
import io.hololoom.benchmarks.retrieval.LatencyRun.Result;
import io.hololoom.core.retrieval.MatryoshkaGate;
import io.hololoom.core.retrieval.ScaleTransforms;
import io.hololoom.core.retrieval.VectorIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Coarse-to-fine against brute force on a memory of 100,000 MiniLM-embedded shards: latency (p50 / p99 over
 * the queries, single-threaded, after warm-up) and recall@10 against the exact full-dimension top 10.
 *
 * <p>Shards and queries are spliced corpus sentences ({@link SyntheticShards}, different seeds, no overlap),
 * embedded with the real model and cached under {@code benchmarks/target/retrieval-cache}. Each transform gets
 * its own {@link VectorIndex} ({@code pca} is fitted on the loaded shards); each configuration is a set of
 * scales and a gate passed per search. The baseline is {@link PlainBruteForce}; the truth is its top 10. All
 * configurations are timed interleaved, query by query (see {@link LatencyRun}).
 *
 * <p>Usage: {@code RetrievalAtScale [--shards 100000] [--queries 1000] [--warmup 200] [--variant fp32|int8]
 * [--full-grid true]}.
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
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "200"));
        String variant = options.getOrDefault("variant", "fp32");
        boolean fullGrid = Boolean.parseBoolean(options.getOrDefault("full-grid", "false"));

        List<String> corpus = Corpus.load();
        List<String> shardTexts = SyntheticShards.generate(corpus, shardCount, 1, Set.of());
        List<String> queryTexts = SyntheticShards.generate(corpus, queryCount, 2, new HashSet<>(shardTexts));
        EmbeddingCache cache = EmbeddingCache.defaultLocation();
        Embedder embedder = StudyEmbedders.minilm(variant);
        List<float[]> shards = cache.embed("shards-" + shardCount + "-seed1-" + variant, shardTexts, embedder,
                1024);
        List<float[]> queries = cache.embed("queries-" + queryCount + "-seed2-" + variant, queryTexts,
                embedder, 1024);
        int d = shards.get(0).length;

        PlainBruteForce plain = new PlainBruteForce(shards);
        Map<String, VectorIndex> indexes = new LinkedHashMap<>();
        Map<String, String> buildNotes = new HashMap<>();
        for (String name : List.of("prefix", "random-rotation", "pca")) {
            VectorIndex index = new VectorIndex(d, ScaleTransforms.create(name, d, SEED), MatryoshkaGate.defaults());
            Map<String, float[]> bulk = new LinkedHashMap<>();
            for (int i = 0; i < shards.size(); i++) {
                bulk.put("s" + i, shards.get(i));
            }
            long start = System.nanoTime();
            index.addAll(bulk);
            double seconds = (System.nanoTime() - start) / 1e9;
            buildNotes.put(name, String.format(Locale.ROOT, "%.1f s", seconds));
            System.err.printf(Locale.ROOT, "%s: addAll of %d (with the PCA fit, if any) in %.1f s%n", name,
                    shards.size(), seconds);
            indexes.put(name, index);
        }

        Map<String, int[]> scaleSets = new LinkedHashMap<>();
        scaleSets.put(d / 4 + "→" + d + " (BARE)", new int[] {d / 4, d});
        scaleSets.put(d / 4 + "→" + d / 2 + "→" + d + " (FAST, FUSED)", new int[] {d / 4, d / 2, d});
        scaleSets.put(d / 8 + "→" + d / 4 + "→" + d, new int[] {d / 8, d / 4, d});
        scaleSets.put(d / 2 + "→" + d, new int[] {d / 2, d});
        Map<String, MatryoshkaGate> gates = new LinkedHashMap<>();
        gates.put("5×,2× (50, 20)", MatryoshkaGate.shortlist(K, 5, 2));
        gates.put("10×,3× (100, 30)", MatryoshkaGate.shortlist(K, 10, 3));
        gates.put("20×,5× (200, 50)", MatryoshkaGate.shortlist(K, 20, 5));
        gates.put("40×,10× (400, 100)", MatryoshkaGate.shortlist(K, 40, 10));
        MatryoshkaGate defaults = MatryoshkaGate.defaults();
        String defaultName = "default " + defaults.values() + " min " + defaults.minCandidates();
        if (!gates.containsValue(defaults)) {
            gates.put(defaultName, defaults);
        }

        List<Config> configs = new ArrayList<>();
        configs.add(new Config("-", "plain brute force (baseline)", "-", q -> plain.search(q, K)));
        for (Map.Entry<String, VectorIndex> entry : indexes.entrySet()) {
            String name = entry.getKey();
            VectorIndex index = entry.getValue();
            configs.add(new Config(name, "index exact", "-", q -> ids(index.searchExact(q, K))));
            boolean reduced = name.equals("random-rotation") && !fullGrid;
            int setNo = 0;
            for (Map.Entry<String, int[]> scales : scaleSets.entrySet()) {
                if (reduced && setNo++ >= 2) {
                    continue;
                }
                for (Map.Entry<String, MatryoshkaGate> gate : gates.entrySet()) {
                    configs.add(new Config(name, scales.getKey(), gate.getKey(),
                            q -> ids(index.search(q, K, scales.getValue(), gate.getValue()))));
                }
            }
            int[] fused = {d / 4, d / 2, d};
            configs.add(new Config(name, d / 4 + "→" + d / 2 + "→" + d + " (FAST, FUSED)",
                    "original thresholds 0.6/0.75, ratios 0.3/0.5, min 5",
                    q -> ids(index.search(q, K, fused, MatryoshkaGate.original()))));
        }
        System.err.printf("%d configurations, %d queries, warm-up %d rounds%n", configs.size(), queries.size(),
                warmup);
        List<Result> results = LatencyRun.measure(configs, queries, warmup);
        List<List<String>> truth = results.get(0).results();
        double baseline = results.get(0).percentileMillis(50);

        System.out.printf(Locale.ROOT, "# Retrieval at scale, %s: %d shards, %d queries, minilm/%s, %d-d, k=%d, "
                + "warm-up %d rounds, %d cores, Java %s%n%n", LocalDate.now(), shardCount, queryCount, variant, d, K,
                warmup, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.println("Index build (addAll of all shards, including the PCA fit): " + buildNotes);
        System.out.println();
        System.out.println("| transform | scales | gate (kept per coarse stage at k=10) | recall@10 | p50 ms | p99 ms "
                + "| mean ms | speed-up vs baseline (p50) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %.3f | %.2f | %.2f | %.2f | %.1f× |%n",
                    r.config().transform(), r.config().scales(), r.config().gate(), r.recall(truth),
                    r.percentileMillis(50), r.percentileMillis(99), r.meanMillis(),
                    baseline / r.percentileMillis(50));
        }
    }

    private static List<String> ids(List<VectorIndex.Hit> hits) {
        return hits.stream().map(VectorIndex.Hit::id).toList();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> known = List.of("shards", "queries", "warmup", "variant", "full-grid");
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
