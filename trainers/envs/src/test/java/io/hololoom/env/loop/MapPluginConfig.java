package io.hololoom.env.loop;

import io.hololoom.api.plugin.PluginConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A PluginConfig that reads {@code prefix + key} from a map of full keys. */
public record MapPluginConfig(String prefix, Map<String, String> values) implements PluginConfig {
    public static MapPluginConfig of(String prefix, Map<String, String> fullKeys, String... overrides) {
        Map<String, String> map = new LinkedHashMap<>(fullKeys);
        for (int i = 0; i < overrides.length; i += 2) {
            map.put(prefix + overrides[i], overrides[i + 1]);
        }
        return new MapPluginConfig(prefix, map);
    }

    @Override
    public Optional<String> raw(String key) {
        return Optional.ofNullable(values.get(prefix + key));
    }
}
