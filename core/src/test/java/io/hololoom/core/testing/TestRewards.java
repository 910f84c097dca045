package io.hololoom.core.testing;

import io.hololoom.api.RewardFunction;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.RewardFunctionProvider;

/** Reward functions for core tests. */
public final class TestRewards {
    private TestRewards() {
    }

    /** {@code test-nan}: breaks the contract by returning NaN. */
    public static final class Nan implements RewardFunctionProvider {
        @Override
        public String name() {
            return "test-nan";
        }

        @Override
        public RewardFunction create(PluginContext context) {
            return (s, f) -> Double.NaN;
        }
    }
}
