package io.hololoom.benchmarks.routing;

import io.hololoom.core.Hololoom;
import io.hololoom.core.config.HololoomConfig;
import io.hololoom.core.learn.Evaluation;
import io.hololoom.core.learn.LearnLoop;
import io.hololoom.core.learn.Workload;
import io.hololoom.core.loom.Loom;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.StatUtils;

/**
 * The routing benchmark: for each policy configuration and embedder, and each seed, the real
 * {@code hololoom learn} loop from a cold start on {@code builtin:train} (500 episodes), then the greedy accuracy
 * on {@code builtin:test}; a markdown table of means ± sample standard deviations over the seeds and a
 * learning-curve PNG (mean success per window over the seeds, one line per configuration).
 *
 * <p>Each run gets a fresh temporary data directory ({@code HololoomConfig.load(home, flags, Map.of())}, so no
 * environment variable leaks in), the workload's seed notes as the CLI loads them, {@code Hololoom.coldLoom()}
 * (no warm start), autosave off (as {@code learn} does), {@code hololoom.seed} = the run's seed (network
 * initialisation, sampling) and {@code LearnLoop.run(loom, train, episodes, seed, window, null)} (episode order).
 *
 * <pre>
 * benchmarks/run io.hololoom.benchmarks.routing.RoutingBenchmark
 *     [--configs uniform,thompson,epsilon-greedy,linucb,neural] [--config LABEL@POLICY:KEY=VALUE,...]...
 *     [--embedders hashing,minilm] [--seeds 1,2,3,4,5]
 *     [--episodes 500] [--window 50] [--png docs/img/learning-curves.png] [--csv FILE]
 *     [--set KEY=VALUE]...         (every run)
 *     [--neural-set KEY=VALUE]...  (neural runs only, e.g. PPO settings)
 * </pre>
 *
 * A configuration names a policy ({@code neural} runs with {@code hololoom.trainer=ppo}); {@code POLICY:KEY=VALUE,...}
 * adds settings for that configuration only (applied after {@code --set} and {@code --neural-set}), and
 * {@code LABEL@POLICY:...} names it in the table and the chart (e.g.
 * {@code linucb-a0.5@linucb:hololoom.policy.linucb.alpha=0.5}).
 */
public final class RoutingBenchmark {
    /** One seeded run. */
    record Run(String config, String embedder, long seed, double last100, double testAccuracy, double seconds,
            List<Double> windows) {
    }

    private RoutingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> configs = List.of("uniform", "thompson", "epsilon-greedy", "linucb", "neural");
        List<String> embedders = List.of("hashing", "minilm");
        List<Long> seeds = List.of(1L, 2L, 3L, 4L, 5L);
        int episodes = 500;
        int window = 50;
        Path png = Path.of("docs/img/learning-curves.png");
        Path csv = null;
        Map<String, String> common = new LinkedHashMap<>();
        Map<String, String> neural = new LinkedHashMap<>();
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--configs" -> configs = List.of(args[++i].split(","));
                case "--config" -> {
                    extra.add(args[++i]);
                }
                case "--embedders" -> embedders = List.of(args[++i].split(","));
                case "--seeds" -> seeds = Arrays.stream(args[++i].split(",")).map(Long::parseLong).toList();
                case "--episodes" -> episodes = Integer.parseInt(args[++i]);
                case "--window" -> window = Integer.parseInt(args[++i]);
                case "--png" -> png = Path.of(args[++i]);
                case "--csv" -> csv = Path.of(args[++i]);
                case "--set" -> put(common, args[++i]);
                case "--neural-set" -> put(neural, args[++i]);
                default -> throw new IllegalArgumentException("unknown argument [" + args[i] + "]; see the javadoc of "
                        + RoutingBenchmark.class.getName());
            }
        }
        if (!extra.isEmpty()) {
            List<String> all = new ArrayList<>(configs);
            all.addAll(extra);
            configs = all;
        }
        List<Workload.Example> train = Workload.read("builtin:train");
        List<Workload.Example> test = Workload.read("builtin:test");
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "# routing benchmark: %s × %s, seeds %s, %d episodes, common %s, neural %s%n",
                configs, embedders, seeds, episodes, common, neural);
        List<Run> runs = new ArrayList<>();
        for (String embedder : embedders) {
            for (String config : configs) {
                for (long seed : seeds) {
                    Run r = run(config, embedder, seed, episodes, window, common, neural, train, test);
                    runs.add(r);
                    out.printf(Locale.ROOT, "%-16s %-8s seed %d: last-100 %.1f %%, test %.1f %%, %.1f s%n",
                            r.config(), r.embedder(), r.seed(), 100 * r.last100(), 100 * r.testAccuracy(), r.seconds());
                    if (csv != null) {
                        writeCsv(csv, runs);
                    }
                }
            }
        }
        out.println();
        out.print(table(runs));
        if (png != null) {
            Files.createDirectories(png.toAbsolutePath().getParent());
            LearningCurves.write(png, runs, window, episodes, seeds.size());
            out.println("learning curves: " + png);
        }
    }

    private static void put(Map<String, String> into, String kv) {
        int eq = kv.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("expected KEY=VALUE, was [" + kv + "]");
        }
        into.put(kv.substring(0, eq), kv.substring(eq + 1));
    }

    static Run run(String config, String embedder, long seed, int episodes, int window, Map<String, String> common,
            Map<String, String> neural, List<Workload.Example> train, List<Workload.Example> test) throws IOException {
        String label = config.contains("@") ? config.substring(0, config.indexOf('@')) : config;
        String spec = config.substring(config.indexOf('@') + 1);
        String policy = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put("hololoom.embedder", embedder);
        flags.put("hololoom.policy", policy);
        flags.put("hololoom.seed", Long.toString(seed));
        flags.put("hololoom.policy.warm-start", "false");
        flags.putAll(common);
        if (policy.equals("neural")) {
            flags.put("hololoom.trainer", "ppo");
            flags.putAll(neural);
        }
        if (spec.contains(":")) {
            for (String kv : spec.substring(spec.indexOf(':') + 1).split(",")) {
                put(flags, kv);
            }
        }
        Path home = Files.createTempDirectory("hololoom-routing");
        try (Hololoom h = Hololoom.open(HololoomConfig.load(home, flags, Map.of()))) {
            Workload.seedNotes(h.memory());
            Loom loom = h.coldLoom();
            loom.learner().setAutosave(false);
            LearnLoop.Report report = LearnLoop.run(loom, train, episodes, seed, window, null);
            Evaluation eval = Evaluation.run(loom, test, null);
            return new Run(label, embedder, seed, report.lastSuccess(100), eval.accuracy(), report.seconds(),
                    report.windows());
        } finally {
            delete(home);
        }
    }

    /** The markdown table: one row per configuration and embedder, in the order they ran. */
    static String table(List<Run> runs) {
        StringBuilder b = new StringBuilder();
        b.append("| config | embedder | seeds | last-100 success (train, exploring) | test accuracy (greedy) | s per run |\n");
        b.append("|---|---|---|---|---|---|\n");
        Map<String, List<Run>> groups = new LinkedHashMap<>();
        for (Run r : runs) {
            groups.computeIfAbsent(r.config() + "\u0000" + r.embedder(), k -> new ArrayList<>()).add(r);
        }
        for (List<Run> g : groups.values()) {
            double[] last = g.stream().mapToDouble(Run::last100).toArray();
            double[] acc = g.stream().mapToDouble(Run::testAccuracy).toArray();
            double[] sec = g.stream().mapToDouble(Run::seconds).toArray();
            b.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f ± %.1f %% (min %.0f) | %.1f ± %.1f %% (min %.1f) | %.1f |%n",
                    g.get(0).config(), g.get(0).embedder(), g.size(), 100 * mean(last), 100 * sd(last), 100 * min(last),
                    100 * mean(acc), 100 * sd(acc), 100 * min(acc), mean(sec)));
        }
        return b.toString();
    }

    private static void writeCsv(Path csv, List<Run> runs) throws IOException {
        StringBuilder b = new StringBuilder("config,embedder,seed,last100,test_accuracy,seconds,windows\n");
        for (Run r : runs) {
            b.append(String.format(Locale.ROOT, "\"%s\",%s,%d,%.4f,%.4f,%.2f,%s%n", r.config(), r.embedder(), r.seed(),
                    r.last100(), r.testAccuracy(), r.seconds(), String.join(" ", r.windows().stream()
                            .map(w -> String.format(Locale.ROOT, "%.2f", w)).toList())));
        }
        Files.writeString(csv, b.toString());
    }

    /** Mean over the seeds (Commons Math), NaN for none. */
    static double mean(double[] x) {
        return StatUtils.mean(x);
    }

    /** Sample standard deviation (n − 1); 0 for one value. */
    static double sd(double[] x) {
        return Math.sqrt(StatUtils.variance(x));
    }

    static double min(double[] x) {
        return StatUtils.min(x);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
