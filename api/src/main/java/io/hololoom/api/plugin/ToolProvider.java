package io.hololoom.api.plugin;

import io.hololoom.api.Tool;

/**
 * Provides a {@link Tool}; family {@code tool}, enabled by {@code hololoom.tools}. The provider's name is the
 * tool's name: it appears in Spacetimes, workloads and the policy's action list.
 */
public interface ToolProvider extends PluginProvider<Tool> {
}
