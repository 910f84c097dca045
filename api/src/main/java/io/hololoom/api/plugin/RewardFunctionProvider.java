package io.hololoom.api.plugin;

import io.hololoom.api.RewardFunction;

/** Provides a {@link RewardFunction}; family {@code reward}, chosen by {@code hololoom.reward}. */
public interface RewardFunctionProvider extends PluginProvider<RewardFunction> {
}
