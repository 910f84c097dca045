package io.hololoom.testkit.sample;

import io.hololoom.api.Feedback;
import io.hololoom.api.RewardFunction;
import io.hololoom.api.Spacetime;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.RewardFunctionProvider;

/** {@code scaled}: the rating mapped to [-1, 1], else +confidence on success and -1 on failure. A sample reward. */
public final class ScaledRewardProvider implements RewardFunctionProvider {
    @Override
    public String name() {
        return "scaled";
    }

    @Override
    public RewardFunction create(PluginContext context) {
        return ScaledRewardProvider::reward;
    }

    static double reward(Spacetime s, Feedback f) {
        if (f.rating().isPresent()) {
            return f.rating().getAsInt() / 2.5 - 1;
        }
        if (f.rightTool().isPresent()) {
            return f.rightTool().get() ? 1 : -1;
        }
        return s.isError() ? -1 : s.confidence();
    }
}
