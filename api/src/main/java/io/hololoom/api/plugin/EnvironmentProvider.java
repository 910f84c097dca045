package io.hololoom.api.plugin;

import io.hololoom.api.env.Environment;

/** Provides an {@link Environment}; family {@code environment}, named on the command line. */
public interface EnvironmentProvider extends PluginProvider<Environment> {
}
