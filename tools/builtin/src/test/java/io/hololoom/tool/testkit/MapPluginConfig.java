package io.hololoom.tool.testkit;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.plugin.PluginConfig;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link PluginConfig} backed by a map of keys (without the prefix) to raw values; records keys read. */
public final class MapPluginConfig implements PluginConfig {
    private final String prefix;
    private final Map<String, String> values;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    public MapPluginConfig(String prefix, Map<String, String> values) {
        this.prefix = requireNonNull(prefix, "prefix is null");
        this.values = Map.copyOf(requireNonNull(values, "values is null"));
    }

    public static MapPluginConfig empty(String tool) {
        return new MapPluginConfig("hololoom.tool." + tool + ".", Map.of());
    }

    public static MapPluginConfig of(String tool, Map<String, String> values) {
        return new MapPluginConfig("hololoom.tool." + tool + ".", values);
    }

    @Override
    public String prefix() {
        return prefix;
    }

    @Override
    public Optional<String> raw(String key) {
        used.add(key);
        return Optional.ofNullable(values.get(key));
    }

    /** Keys the plugin asked for. */
    public Set<String> used() {
        return Set.copyOf(used);
    }
}
