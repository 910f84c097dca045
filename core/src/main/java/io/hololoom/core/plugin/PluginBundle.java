package io.hololoom.core.plugin;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One plugin of the plugin directory: a jar, or a subdirectory of jars (the plugin and its private
 * dependencies), loaded in its own {@link PluginClassLoader}.
 *
 * @param location the jar or the subdirectory
 * @param jars the jars on the plugin's class path, sorted; for a single jar just that jar
 * @param apiVersion the hololoom-api version the plugin declares in its manifest
 *     ({@value ApiVersion#MANIFEST_ATTRIBUTE}), if any jar declares one
 * @param providerFiles how many {@code META-INF/services/io.hololoom.api.plugin.*} files the jars hold
 */
public record PluginBundle(Path location, List<Path> jars, Optional<String> apiVersion, int providerFiles) {
    public PluginBundle {
        requireNonNull(location, "location is null");
        jars = List.copyOf(requireNonNull(jars, "jars is null"));
        requireNonNull(apiVersion, "apiVersion is null");
        if (jars.isEmpty()) {
            throw new IllegalArgumentException("a plugin bundle needs at least one jar: " + location);
        }
        if (providerFiles < 0) {
            throw new IllegalArgumentException("providerFiles must not be negative");
        }
    }

    /** The file or directory name, e.g. {@code unit-converter.jar} or {@code my-plugin/}. */
    public String displayName() {
        Path file = location.getFileName();
        String name = file == null ? location.toString() : file.toString();
        return jars.size() == 1 && jars.get(0).equals(location) ? name : name + "/";
    }
}
