package io.hololoom.cli;

import io.hololoom.api.CacheStats;
import io.hololoom.api.Feedback;
import io.hololoom.api.PatternCard;
import io.hololoom.api.Policy;
import io.hololoom.api.Query;
import io.hololoom.api.Spacetime;
import io.hololoom.api.ToolResult;
import io.hololoom.core.Hololoom;
import io.hololoom.core.json.SpacetimeJson;
import io.hololoom.core.loom.Loom;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hololoom weave TEXT}: route one query to a tool and print the answer with its trace. */
@Command(name = "weave", description = "Route a query to the best tool and print the answer and a short trace.")
final class WeaveCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The query (several words are joined by spaces).")
    List<String> words;

    @Option(names = "--json", description = "Print the whole Spacetime as one JSON object.")
    boolean json;

    @Option(names = "--card", paramLabel = "CARD", description = "Pattern card: bare, fast or fused (default: by length).")
    String card;

    @Option(names = "--stats", description = "Also print cache statistics.")
    boolean stats;

    @Option(names = "--no-learn", description = "Do not learn from this weave's outcome.")
    boolean noLearn;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Weave the query N times in this process (shows the result cache at work).")
    int repeat;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String text = String.join(" ", words);
        Optional<PatternCard> forced = card == null ? Optional.empty() : Optional.of(PatternCard.parse(card));
        if (repeat < 1) {
            throw new IllegalArgumentException("--repeat must be at least 1, was [" + repeat + "]");
        }
        try (Hololoom h = Hololoom.open(global.config())) {
            EmbedderWarmUp warmUp = EmbedderWarmUp.start(h);
            try {
                return weave(h, text, forced, out, err);
            } finally {
                warmUp.await();
            }
        }
    }

    private int weave(Hololoom h, String text, Optional<PatternCard> forced, PrintWriter out, PrintWriter err) {
        Loom loom = h.loom();
        Spacetime s = null;
        for (int i = 0; i < repeat; i++) {
            s = loom.weave(new Query(text, forced), Policy.Mode.EXPLORE);
            if (!noLearn && h.config().core().bool("reflect.on-weave", true)) {
                loom.reflect(s, Feedback.NONE);
            }
        }
        if (json) {
            out.println(SpacetimeJson.toJson(s, true));
        } else {
            print(out, s);
        }
        if (stats) {
            printStats(out, loom.cacheStats());
        }
        out.flush();
        if (Spacetime.ERROR_TOOL.equals(s.tool())) {
            if (!json) {
                err.println("error: " + s.response());
                err.flush();
            }
            boolean user = s.trace().errors().stream().anyMatch(e -> !e.type().equals("internal"));
            return user ? Main.USER_ERROR : Main.INTERNAL_ERROR;
        }
        return s.status() == ToolResult.Status.ERROR || s.status() == ToolResult.Status.TIMEOUT ? 1 : 0;
    }

    static void print(PrintWriter out, Spacetime s) {
        if (Spacetime.ERROR_TOOL.equals(s.tool())) {
            return;
        }
        out.println("tool:       " + s.tool() + (s.status() == ToolResult.Status.OK ? "" : " (" + s.status() + ")"));
        out.println("answer:     " + indent(s.response()));
        out.printf(Locale.ROOT, "confidence: %.2f%n", s.confidence());
        var t = s.trace();
        out.println("card:       " + s.card() + " (scales " + t.scales() + ", " + t.contextIds().size()
                + " context shards)" + (t.cached() ? " [cached]" : ""));
        out.println("motifs:     " + (t.motifs().isEmpty() ? "-" : String.join(", ", t.motifs())));
        out.println("policy:     " + t.policy() + " v" + t.policyVersion() + " (" + t.strategy() + "; "
                + t.probabilities().entrySet().stream()
                        .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.2f", e.getValue()))
                        .collect(Collectors.joining(", ")) + ")");
        out.println("stages ms:  " + t.stages().entrySet().stream()
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.2f", e.getValue()))
                .collect(Collectors.joining(" · ")) + String.format(Locale.ROOT, " — total %.2f", t.durationMs()));
        if (!t.warnings().isEmpty()) {
            out.println("warnings:   " + String.join("; ", t.warnings()));
        }
        if (!s.sources().isEmpty()) {
            out.println("sources:    " + String.join(", ", s.sources()));
        }
        out.println("id:         " + s.id() + "   (rate it: hololoom feedback " + s.id() + " --rating 0..5)");
    }

    private static String indent(String text) {
        return text.replace("\n", "\n            ");
    }

    static void printStats(PrintWriter out, Map<String, CacheStats> caches) {
        caches.forEach((name, c) -> out.printf(Locale.ROOT, "cache %-10s hits %d, misses %d, hit rate %.1f%%, size %d,"
                + " evictions %d%n", name, c.hits(), c.misses(), 100 * c.hitRate(), c.size(), c.evictions()));
    }
}
