package io.hololoom.trainer.common;

import io.hololoom.api.plugin.PluginConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A PluginConfig over a map of keys without the prefix. */
public record MapPluginConfig(String prefix, Map<String, String> values) implements PluginConfig {
    public static MapPluginConfig of(String prefix, String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return new MapPluginConfig(prefix, map);
    }

    @Override
    public Optional<String> raw(String key) {
        return Optional.ofNullable(values.get(key));
    }
}
