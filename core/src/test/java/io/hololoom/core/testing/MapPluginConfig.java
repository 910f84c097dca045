package io.hololoom.core.testing;

import io.hololoom.api.plugin.PluginConfig;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link PluginConfig} backed by a map of keys relative to the prefix; remembers which keys were read. */
public final class MapPluginConfig implements PluginConfig {
    private final String prefix;
    private final Map<String, String> values;
    private final Set<String> read = ConcurrentHashMap.newKeySet();

    public MapPluginConfig(String prefix, Map<String, String> values) {
        this.prefix = prefix;
        this.values = Map.copyOf(values);
    }

    @Override
    public String prefix() {
        return prefix;
    }

    @Override
    public Optional<String> raw(String key) {
        read.add(key);
        return Optional.ofNullable(values.get(key));
    }

    public Set<String> read() {
        return Set.copyOf(read);
    }
}
