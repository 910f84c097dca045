package io.hololoom.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Plugin choices shared by the experiment commands; each maps to a configuration key. */
final class ExperimentOptions {
    @Option(names = "--workload", paramLabel = "FILE", description = "Labelled JSONL workload, or builtin:train / builtin:test.")
    String workload;

    @Option(names = "--policy", paramLabel = "NAME", description = "Policy (hololoom.policy).")
    String policy;

    @Option(names = "--trainer", paramLabel = "NAME", description = "Trainer (hololoom.trainer).")
    String trainer;

    @Option(names = "--reward", paramLabel = "NAME", description = "Reward function (hololoom.reward).")
    String reward;

    @Option(names = "--embedder", paramLabel = "NAME", description = "Embedder (hololoom.embedder).")
    String embedder;

    @Option(names = "--seed", paramLabel = "S", description = "Seed (hololoom.seed).")
    Long seed;

    Map<String, String> overrides() {
        Map<String, String> m = new LinkedHashMap<>();
        if (policy != null) {
            m.put("hololoom.policy", policy);
        }
        if (trainer != null) {
            m.put("hololoom.trainer", trainer);
        }
        if (reward != null) {
            m.put("hololoom.reward", reward);
        }
        if (embedder != null) {
            m.put("hololoom.embedder", embedder);
        }
        if (seed != null) {
            m.put("hololoom.seed", Long.toString(seed));
        }
        return m;
    }

    String workload(String fallback) {
        return workload == null ? fallback : workload;
    }
}
