package io.hololoom.api.plugin;

import io.hololoom.api.Policy;

/** Provides a {@link Policy}; family {@code policy}, chosen by {@code hololoom.policy}. */
public interface PolicyProvider extends PluginProvider<Policy> {
}
