package io.hololoom.benchmarks.learning;

import io.hololoom.api.plugin.PluginConfig;
import java.util.Map;
import java.util.Optional;

/** A plugin's view ({@code prefix + key}) of a map of full configuration keys. */
record SettingsConfig(String prefix, Map<String, String> settings) implements PluginConfig {
    @Override
    public Optional<String> raw(String key) {
        return Optional.ofNullable(settings.get(prefix + key));
    }
}
