package io.hololoom.cli;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.core.config.HololoomConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every command accepts: the data directory and configuration overrides. */
public final class GlobalOptions {
    @Option(names = "--home", paramLabel = "DIR",
            description = "Data directory (default: $HOLOLOOM_HOME, else ~/.hololoom).")
    Path home;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Set a configuration key for this run, e.g. --set hololoom.embedder=hashing (repeatable).")
    List<String> settings = List.of();

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    /** The data directory: --home, then HOLOLOOM_HOME, then ~/.hololoom. */
    Path home() {
        if (home != null) {
            return home.toAbsolutePath();
        }
        String env = System.getenv("HOLOLOOM_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".hololoom");
    }

    Map<String, String> flags() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String s : settings) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new HololoomException(Category.CONFIGURATION, "Invalid --set [" + s
                        + "]: expected KEY=VALUE, e.g. --set hololoom.embedder=hashing");
            }
            out.put(s.substring(0, eq).trim(), s.substring(eq + 1));
        }
        return out;
    }

    HololoomConfig config() {
        return HololoomConfig.load(home(), flags(), System.getenv());
    }

    HololoomConfig config(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(flags());
        all.putAll(more);
        return HololoomConfig.load(home(), all, System.getenv());
    }
}
