package com.example.custombuild;

import io.hololoom.api.Feedback;
import io.hololoom.api.Spacetime;
import io.hololoom.core.Hololoom;
import io.hololoom.core.config.HololoomConfig;
import io.hololoom.core.plugin.Family;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A custom HoloLoom program: weaves its arguments as one query with the hashing embedder, the LinUCB bandit and
 * the calc tool, prints the answer, and learns from the outcome. The data directory is {@code $HOLOLOOM_HOME},
 * else {@code ./hololoom-data}; any key can still be overridden by an environment variable
 * ({@code HOLOLOOM_TOOLS=calc,note,query}).
 */
public final class Weave {
    private Weave() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: java -jar custom-build-1.0.0.jar QUERY...");
            System.exit(2);
        }
        String home = System.getenv().getOrDefault("HOLOLOOM_HOME", "hololoom-data");
        Map<String, String> choices = new HashMap<>(Map.of(
                "hololoom.embedder", "hashing",
                "hololoom.policy", "linucb",
                "hololoom.tools", "calc"));
        // these are this program's defaults: an environment variable may still change them
        choices.keySet().removeIf(key -> System.getenv(HololoomConfig.environmentName(key)) != null);
        HololoomConfig config = HololoomConfig.load(Path.of(home), choices, System.getenv());
        try (Hololoom h = Hololoom.open(config)) {
            System.out.println("plugins:    " + h.registry().names(Family.EMBEDDER) + " embedders, "
                    + h.registry().names(Family.POLICY) + " policies, " + h.registry().names(Family.TOOL) + " tools");
            Spacetime s = h.loom().weave(String.join(" ", args));
            h.loom().reflect(s, Feedback.NONE);
            System.out.println("tool:       " + s.tool() + " (" + s.status() + ")");
            System.out.println("answer:     " + s.response());
            System.out.printf(Locale.ROOT, "confidence: %.2f; took %.1f ms%n", s.confidence(), s.trace().durationMs());
            System.exit(s.isError() ? 1 : 0);
        }
    }
}
