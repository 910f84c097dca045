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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where an uncached weave's time goes, per query: the same assembly and the same ten queries as
 * {@link WeaveBenchmark} (hashing embedder, result cache bypassed), warmed up, then the median wall time of each
 * query and the mean of each stage the Spacetime trace records. {@code WeaveBenchmark} gives the distribution
 * over the mix; this says which query and which stage make its tail.
 *
 * <pre>
 * benchmarks/run io.hololoom.benchmarks.loom.WeaveStages [--warm-up 20000] [--per-query 3000]
 * </pre>
 */
public final class WeaveStages {
    private WeaveStages() {
    }

    public static void main(String[] args) throws IOException {
        int warmUp = 20_000;
        int perQuery = 3_000;
        try {
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                int v = Integer.parseInt(args[i + 1]);
                switch (args[i]) {
                    case "--warm-up" -> warmUp = v;
                    case "--per-query" -> perQuery = v;
                    default -> throw new IllegalArgumentException("unknown option [" + args[i] + "]");
                }
                if (v < 1) {
                    throw new IllegalArgumentException(args[i] + " must be at least 1");
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("WeaveStages: " + e.getMessage() + "\nusage: WeaveStages [--warm-up N] [--per-query N]");
            System.exit(2);
            return;
        }
        List<String> queries = WeaveBenchmark.QUERIES;
        Path home = Files.createTempDirectory("hololoom-stages");
        HololoomConfig config = HololoomConfig.load(home, Map.of("hololoom.embedder", "hashing",
                "hololoom.cache", "caffeine", "hololoom.reflect.on-weave", "false"), Map.of());
        try (Hololoom h = Hololoom.open(config)) {
            Loom loom = h.loom();
            for (int i = 0; i < warmUp; i++) {
                loom.weave(Query.of(queries.get(i % queries.size())), Policy.Mode.EXPLORE, false);
            }
            Map<String, List<Double>> micros = new LinkedHashMap<>();
            Map<String, Map<String, Double>> stages = new LinkedHashMap<>();
            List<Double> all = new ArrayList<>();
            for (int i = 0; i < perQuery * queries.size(); i++) {
                String q = queries.get(i % queries.size());
                long start = System.nanoTime();
                Spacetime s = loom.weave(Query.of(q), Policy.Mode.EXPLORE, false);
                double us = (System.nanoTime() - start) / 1e3;
                micros.computeIfAbsent(q, k -> new ArrayList<>()).add(us);
                all.add(us);
                Map<String, Double> m = stages.computeIfAbsent(q, k -> new LinkedHashMap<>());
                int n = perQuery;
                s.trace().stages().forEach((stage, ms) -> m.merge(stage, ms * 1000 / n, Double::sum));
            }
            Collections.sort(all);
            System.out.printf(Locale.ROOT, "all %d weaves: p50 %.0f us, p90 %.0f us (warm-up %d weaves)%n", all.size(),
                    all.get(all.size() / 2), all.get(all.size() * 9 / 10), warmUp);
            for (String q : queries) {
                List<Double> l = micros.get(q);
                Collections.sort(l);
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-56s p50 %6.0f us; mean us by stage:",
                        q, l.get(l.size() / 2)));
                stages.get(q).forEach((stage, us) -> line.append(String.format(Locale.ROOT, " %s %.0f", stage, us)));
                System.out.println(line);
            }
        }
        try (var files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
