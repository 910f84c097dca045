package io.hololoom.embedder.minilm;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.plugin.PluginConfig;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A {@link PluginConfig} backed by a map of keys relative to the prefix; records which keys were read. */
final class MapPluginConfig implements PluginConfig {
    private final String prefix;
    private final Map<String, String> values;
    private final Set<String> used = new HashSet<>();

    MapPluginConfig(String prefix, Map<String, String> values) {
        this.prefix = requireNonNull(prefix, "prefix is null");
        this.values = Map.copyOf(requireNonNull(values, "values is null"));
    }

    @Override
    public String prefix() {
        return prefix;
    }

    @Override
    public synchronized Optional<String> raw(String key) {
        used.add(key);
        return Optional.ofNullable(values.get(key));
    }

    synchronized Set<String> used() {
        return Set.copyOf(used);
    }
}
