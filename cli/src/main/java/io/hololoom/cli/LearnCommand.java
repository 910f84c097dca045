package io.hololoom.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hololoom.core.Hololoom;
import io.hololoom.core.config.HololoomConfig;
import io.hololoom.core.json.SpacetimeJson;
import io.hololoom.core.learn.LearnLoop;
import io.hololoom.core.reflect.Learner;
import io.hololoom.core.learn.Workload;
import io.hololoom.core.loom.Loom;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hololoom learn}: the full learning loop on a labelled workload, with a learning curve. */
@Command(name = "learn", description = "Learn tool routing on a labelled workload from scratch and plot the curve.")
final class LearnCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Mixin
    ExperimentOptions experiment;

    @Spec
    CommandSpec spec;

    @Option(names = "--episodes", paramLabel = "N", defaultValue = "500", description = "Episodes (default 500).")
    int episodes;

    @Option(names = "--window", paramLabel = "N", defaultValue = "50", description = "Success-rate window (default 50).")
    int window;

    @Option(names = "--resume", description = "Continue from the saved policy instead of starting from scratch.")
    boolean resume;

    @Option(names = "--no-progress", description = "Do not draw a progress bar.")
    boolean noProgress;

    @Override
    public Integer call() throws IOException {
        if (episodes < 1 || window < 1) {
            throw new IllegalArgumentException("--episodes and --window must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Workload.Example> workload = Workload.read(experiment.workload("builtin:train"));
        HololoomConfig config = global.config(experiment.overrides());
        try (Hololoom h = Hololoom.open(config)) {
            Workload.seedNotes(h.memory());
            Loom loom = h.coldLoom();
            Learner learner = loom.learner();
            if (resume) {
                learner.store().load(learner.policy(), learner.trainer());
            } else {
                learner.store().delete();
            }
            learner.setAutosave(false);
            long seed = config.core().longValue("seed", 42, Long.MIN_VALUE, Long.MAX_VALUE);
            LearnLoop.Report report;
            try (ProgressBar bar = noProgress ? null : new ProgressBarBuilder().setTaskName("learn")
                    .setInitialMax(episodes).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                    .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build()) {
                report = LearnLoop.run(loom, workload, episodes, seed, window, (done, running) -> {
                    if (bar != null) {
                        bar.stepTo(done);
                        bar.setExtraMessage(String.format(Locale.ROOT, "success %.1f%%", 100 * running));
                    }
                });
            }
            learner.save();
            Path dir = outputDirectory(h.config().home(), learner.policyName(), seed);
            writeCsv(dir.resolve("curve.csv"), report, window);
            Charts.learningCurve(dir.resolve("curve.png"), report, window, learner.policyName() + " / "
                    + config.core().string("reward", "?") + " / " + config.core().string("embedder", "?"));
            rememberLearned(h.config().home(), config);
            print(out, report, learner, dir);
            ObjectNode summary = SpacetimeJson.MAPPER.createObjectNode();
            summary.put("policy", learner.policyName());
            summary.put("episodes", report.episodes());
            summary.put("success_last_100", report.lastSuccess(100));
            summary.put("success_all", report.success().stream().filter(b -> b).count() / (double) report.episodes());
            summary.put("mean_reward", report.meanReward());
            summary.put("seconds", report.seconds());
            summary.put("curve", dir.resolve("curve.png").toString());
            Files.writeString(dir.resolve("summary.json"), SpacetimeJson.compact(summary) + "\n");
            out.println(SpacetimeJson.compact(summary));
            return 0;
        }
    }

    private static Path outputDirectory(Path home, String policy, long seed) throws IOException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path dir = home.resolve("learn").resolve(stamp + "-" + policy + "-s" + seed);
        Files.createDirectories(dir);
        return dir;
    }

    private static void writeCsv(Path file, LearnLoop.Report r, int window) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("episode,success,running_success,window_success\n");
            int ok = 0;
            for (int i = 0; i < r.success().size(); i++) {
                ok += r.success().get(i) ? 1 : 0;
                int from = Math.max(0, i + 1 - window);
                long inWindow = r.success().subList(from, i + 1).stream().filter(b -> b).count();
                w.write(String.format(Locale.ROOT, "%d,%d,%.4f,%.4f%n", i + 1, r.success().get(i) ? 1 : 0,
                        ok / (double) (i + 1), inWindow / (double) (i + 1 - from)));
            }
        }
    }

    /** Records the plugins of the learned policy so later weave and eval use it (user settings still win). */
    private static void rememberLearned(Path home, HololoomConfig config) {
        Properties p = new Properties();
        for (String key : List.of("embedder", "policy", "trainer", "reward")) {
            config.raw("hololoom." + key).ifPresent(v -> p.setProperty("hololoom." + key, v));
        }
        Path file = home.resolve(HololoomConfig.LEARNED_FILE_NAME);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "written by 'hololoom learn': the plugins of the last learned policy;"
                    + " hololoom.properties and --set override these");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void print(PrintWriter out, LearnLoop.Report r, Learner learner, Path dir) {
        out.printf(Locale.ROOT, "learned %d episodes in %.1f s with policy %s (now v%d)%n", r.episodes(), r.seconds(),
                learner.policyName(), learner.policy().version());
        out.print("success per window:");
        for (int i = 0; i < r.windows().size(); i++) {
            out.printf(Locale.ROOT, " %.0f%%", 100 * r.windows().get(i));
        }
        out.println();
        out.printf(Locale.ROOT, "success over the last 100 episodes: %.1f%%; mean reward %.3f%n", 100 * r.lastSuccess(100),
                r.meanReward());
        out.println("tools chosen: " + r.toolCounts());
        out.print(r.confusion().render());
        Map<String, Double> metrics = learner.lastMetrics();
        if (!metrics.isEmpty()) {
            StringJoiner line = new StringJoiner(", ", "last trainer update: ", "");
            // four significant digits: enough to compare runs, short enough to read
            metrics.forEach((k, v) -> line.add(k + "=" + String.format(Locale.ROOT, "%.4g", v)));
            out.println(line);
        }
        out.println("curve: " + dir.resolve("curve.png") + " and " + dir.resolve("curve.csv"));
    }
}
