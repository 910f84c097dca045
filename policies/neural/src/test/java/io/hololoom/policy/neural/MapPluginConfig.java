package io.hololoom.policy.neural;

import io.hololoom.api.plugin.PluginConfig;
import java.util.Map;
import java.util.Optional;

/** A PluginConfig over a map of keys without the prefix. */
record MapPluginConfig(String prefix, Map<String, String> values) implements PluginConfig {
    static MapPluginConfig of(String... keyValues) {
        java.util.LinkedHashMap<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return new MapPluginConfig("hololoom.policy.neural.", map);
    }

    @Override
    public Optional<String> raw(String key) {
        return Optional.ofNullable(values.get(key));
    }
}
