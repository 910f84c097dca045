package io.hololoom.core.plugin;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.plugin.PluginProvider;

/**
 * A discovered plugin.
 *
 * @param family its family
 * @param name its stable name
 * @param className the provider class
 * @param location the jar or directory it was loaded from
 * @param description one line
 * @param provider the provider instance
 */
public record PluginInfo(Family family, String name, String className, String location, String description,
        PluginProvider<?> provider) {
    public PluginInfo {
        requireNonNull(family, "family is null");
        requireNonNull(name, "name is null");
        requireNonNull(className, "className is null");
        requireNonNull(location, "location is null");
        requireNonNull(description, "description is null");
        requireNonNull(provider, "provider is null");
    }
}
