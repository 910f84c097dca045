package io.hololoom.benchmarks.routing;

import io.hololoom.api.Policy;
import io.hololoom.api.Query;
import io.hololoom.api.Spacetime;
import io.hololoom.core.Hololoom;
import io.hololoom.core.config.HololoomConfig;
import io.hololoom.core.learn.Workload;
import io.hololoom.core.loom.Loom;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How long each tool takes per weave, for the latency-penalty reward experiment: the {@code uniform} policy
 * routes every query of a workload to a random tool (result cache off), after a warm-up pass; per tool, the
 * median and 90th percentile of the {@code tool_execution} stage and of the whole weave
 * ({@code trace.durationMs}, what {@code hololoom.reward.outcome.latency-weight} penalises).
 *
 * <pre>
 * benchmarks/run io.hololoom.benchmarks.routing.ToolLatency [--embedder minilm] [--workload builtin:test] [--passes 2]
 *     [--no-warm-up]
 * </pre>
 */
public final class ToolLatency {
    private ToolLatency() {
    }

    public static void main(String[] args) throws IOException {
        String embedder = "minilm";
        String workload = "builtin:test";
        int passes = 2;
        boolean warmUp = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--embedder" -> embedder = args[++i];
                case "--workload" -> workload = args[++i];
                case "--passes" -> passes = Integer.parseInt(args[++i]);
                case "--no-warm-up" -> warmUp = false;
                default -> throw new IllegalArgumentException("unknown argument [" + args[i] + "]");
            }
        }
        List<Workload.Example> examples = Workload.read(workload);
        Path home = Files.createTempDirectory("hololoom-latency");
        Map<String, String> flags = Map.of("hololoom.embedder", embedder, "hololoom.policy", "uniform",
                "hololoom.policy.warm-start", "false");
        Map<String, List<Double>> tool = new TreeMap<>();
        Map<String, List<Double>> total = new TreeMap<>();
        try (Hololoom h = Hololoom.open(HololoomConfig.load(home, flags, Map.of()))) {
            Workload.seedNotes(h.memory());
            Loom loom = h.coldLoom();
            for (int pass = warmUp ? 0 : 1; pass <= passes; pass++) {
                for (Workload.Example e : examples) {
                    Spacetime s = loom.weave(Query.of(e.query()), Policy.Mode.EXPLORE, false);
                    if (pass == 0) {
                        continue; // warm-up: JIT, model, embedding cache
                    }
                    tool.computeIfAbsent(s.tool(), k -> new ArrayList<>())
                            .add(s.trace().stages().getOrDefault("tool_execution", Double.NaN));
                    total.computeIfAbsent(s.tool(), k -> new ArrayList<>()).add(s.trace().durationMs());
                }
            }
        }
        System.out.printf(Locale.ROOT, "# %s, %s, %d timed passes %s (uniform routing)%n", embedder, workload, passes,
                warmUp ? "after one warm-up pass" : "from a fresh data directory, no warm-up");
        System.out.println("| tool | weaves | tool_execution median ms | p90 ms | whole weave median ms | p90 ms |");
        System.out.println("|---|---|---|---|---|---|");
        for (String t : tool.keySet()) {
            System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n", t, tool.get(t).size(),
                    quantile(tool.get(t), 0.5), quantile(tool.get(t), 0.9), quantile(total.get(t), 0.5),
                    quantile(total.get(t), 0.9));
        }
    }

    static double quantile(List<Double> values, double q) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
    }
}
