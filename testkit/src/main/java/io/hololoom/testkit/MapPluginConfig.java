package io.hololoom.testkit;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.plugin.PluginConfig;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link PluginConfig} backed by a map of setting names (without the prefix) to raw values, as a plugin sees
 * its part of {@code hololoom.properties}. It records which settings the plugin read, so a test can check that
 * every documented setting is really read ({@link #unread()}), which is what the loom checks at start-up.
 *
 * <pre>{@code
 * MapPluginConfig config = MapPluginConfig.of("tool", "unit-convert", Map.of("precision", "3"));
 * }</pre>
 *
 * Thread-safe.
 */
public final class MapPluginConfig implements PluginConfig {
    private final String prefix;
    private final Map<String, String> values;
    private final Set<String> read = ConcurrentHashMap.newKeySet();

    /**
     * A config with an explicit prefix.
     *
     * @param prefix e.g. {@code hololoom.tool.unit-convert.}; must end with a dot
     * @param values setting name (without the prefix) to raw value
     */
    public MapPluginConfig(String prefix, Map<String, String> values) {
        this.prefix = requireNonNull(prefix, "prefix is null");
        this.values = Map.copyOf(requireNonNull(values, "values is null"));
        if (!prefix.endsWith(".")) {
            throw new IllegalArgumentException("prefix must end with a dot, was [" + prefix + "]");
        }
    }

    /**
     * The settings of plugin {@code name} in {@code family} ({@code tool}, {@code embedder}, {@code policy},
     * {@code reward}, ...): prefix {@code hololoom.<family>.<name>.}.
     */
    public static MapPluginConfig of(String family, String name, Map<String, String> values) {
        requireNonNull(family, "family is null");
        requireNonNull(name, "name is null");
        return new MapPluginConfig("hololoom." + family + "." + name + ".", values);
    }

    /** No settings: every getter returns its default. */
    public static MapPluginConfig empty(String family, String name) {
        return of(family, name, Map.of());
    }

    @Override
    public String prefix() {
        return prefix;
    }

    @Override
    public Optional<String> raw(String key) {
        requireNonNull(key, "key is null");
        read.add(key);
        return Optional.ofNullable(values.get(key));
    }

    /** The setting names the plugin asked for so far. */
    public Set<String> read() {
        return Set.copyOf(read);
    }

    /** Settings that were given but never read: the loom would reject them as unknown keys. */
    public Set<String> unread() {
        Set<String> out = new TreeSet<>(values.keySet());
        out.removeAll(read);
        return out;
    }
}
