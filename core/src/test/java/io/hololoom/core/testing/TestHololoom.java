package io.hololoom.core.testing;

import io.hololoom.core.Hololoom;
import io.hololoom.core.config.HololoomConfig;
import io.hololoom.core.plugin.PluginRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Opens a Hololoom on a test data directory with the test plugins: {@code test-embedder}, {@code test-fixed},
 * {@code test-trainer}, tool {@code test-echo}, no warm start and no built-in corpus, unless overridden.
 */
public final class TestHololoom {
    private static final PluginRegistry REGISTRY = PluginRegistry.discover(TestHololoom.class.getClassLoader());

    private TestHololoom() {
    }

    public static PluginRegistry registry() {
        return REGISTRY;
    }

    /** The default test flags with {@code overrides} on top (a null value removes a flag). */
    public static Map<String, String> flags(Map<String, String> overrides) {
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put("hololoom.embedder", "test-embedder");
        flags.put("hololoom.policy", "test-fixed");
        flags.put("hololoom.trainer", "test-trainer");
        flags.put("hololoom.tools", "test-echo");
        flags.put("hololoom.policy.warm-start", "false");
        flags.put("hololoom.memory.builtin-corpus", "false");
        overrides.forEach((k, v) -> {
            if (v == null) {
                flags.remove(k);
            } else {
                flags.put(k, v);
            }
        });
        return flags;
    }

    public static HololoomConfig config(Path home, Map<String, String> overrides) {
        return HololoomConfig.load(home, flags(overrides), Map.of());
    }

    public static Hololoom open(Path home, Map<String, String> overrides) {
        return Hololoom.open(config(home, overrides), REGISTRY, Clock.systemUTC());
    }

    public static Hololoom open(Path home) {
        return open(home, Map.of());
    }
}
