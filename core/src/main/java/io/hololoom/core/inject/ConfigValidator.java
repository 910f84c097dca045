package io.hololoom.core.inject;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.core.config.ConfigValue;
import io.hololoom.core.config.HololoomConfig;
import io.hololoom.core.config.KeySuggester;
import io.hololoom.core.plugin.Family;
import io.hololoom.core.plugin.PluginRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rejects configuration keys that nothing reads: a misspelt key is an error with a suggestion, never a
 * silently ignored setting (Trino's rule).
 */
public final class ConfigValidator {
    private ConfigValidator() {
    }

    /**
     * Checks every explicitly set key.
     *
     * @param created settings prefixes of the plugins that were created in this run; keys under them must
     *     have been read by the plugin
     * @throws HololoomException (CONFIGURATION) listing each unknown key with a suggestion
     */
    public static void check(HololoomConfig config, PluginRegistry registry, Set<String> created) {
        Map<String, String> unknownCore = unknownKeys(config, registry);
        List<String> problems = new ArrayList<>();
        for (ConfigValue v : config.explicit().values()) {
            String key = v.key();
            if (unknownCore.containsKey(key)) {
                problems.add(unknownCore.get(key) + " Run 'hololoom config' to see the known keys.");
                continue;
            }
            String owner = pluginPrefix(key, registry);
            if (owner != null && !HololoomConfig.defaults().containsKey(key)) {
                if (!created.contains(owner) || config.used().contains(key)) {
                    continue;
                }
                Set<String> siblings = new TreeSet<>();
                config.used().stream().filter(k -> k.startsWith(owner)).forEach(siblings::add);
                problems.add("Unknown setting [" + key + "] (from " + v.source().label() + " " + v.origin() + ")"
                        + KeySuggester.closest(key, siblings).map(s -> "; did you mean [" + s + "]?").orElse("")
                        + (siblings.isEmpty() ? "; this plugin reads no settings" : "; known settings " + siblings));
            }
        }
        if (!problems.isEmpty()) {
            throw new HololoomException(Category.CONFIGURATION, String.join("\n", problems));
        }
    }

    /**
     * What can be checked without creating any plugin: explicitly set keys that are neither core keys nor under
     * a discovered plugin's settings prefix, each as {@code key -> message} with a suggestion. (Whether a plugin
     * reads a key under its prefix is only known once it is created, see {@link #check}.)
     */
    public static Map<String, String> unknownKeys(HololoomConfig config, PluginRegistry registry) {
        Set<String> known = new TreeSet<>(HololoomConfig.defaults().keySet());
        known.addAll(config.used());
        Map<String, String> unknown = new LinkedHashMap<>();
        for (ConfigValue v : config.explicit().values()) {
            String key = v.key();
            if (known.contains(key) || pluginPrefix(key, registry) != null) {
                continue;
            }
            unknown.put(key, "Unknown configuration key [" + key + "] (from " + v.source().label() + " " + v.origin()
                    + ")" + KeySuggester.closest(key, known).map(s -> "; did you mean [" + s + "]?").orElse("."));
        }
        return unknown;
    }

    /** The settings prefix of a known plugin that {@code key} falls under, or null. */
    static String pluginPrefix(String key, PluginRegistry registry) {
        for (Family f : Family.values()) {
            for (String name : registry.names(f)) {
                String prefix = f.settingsPrefix(name);
                if (key.startsWith(prefix) && key.length() > prefix.length()) {
                    return prefix;
                }
            }
        }
        return null;
    }
}
