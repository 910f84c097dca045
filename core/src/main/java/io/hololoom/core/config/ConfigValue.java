package io.hololoom.core.config;

import static java.util.Objects.requireNonNull;

/**
 * A resolved configuration value and where it came from.
 *
 * @param key the full key
 * @param value the raw value
 * @param source which layer set it
 * @param origin a human description of the layer, e.g. the file path or the environment variable
 */
public record ConfigValue(String key, String value, ConfigSource source, String origin) {
    public ConfigValue {
        requireNonNull(key, "key is null");
        requireNonNull(value, "value is null");
        requireNonNull(source, "source is null");
        requireNonNull(origin, "origin is null");
    }
}
