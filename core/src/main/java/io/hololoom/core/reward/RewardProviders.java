package io.hololoom.core.reward;

import io.hololoom.api.RewardFunction;
import io.hololoom.api.plugin.PluginConfig;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.RewardFunctionProvider;

/** The built-in reward function providers. */
public final class RewardProviders {
    private RewardProviders() {
    }

    /** {@code weighted}. */
    public static final class Weighted implements RewardFunctionProvider {
        @Override
        public String name() {
            return "weighted";
        }

        @Override
        public String description() {
            return "the seed's weighted formula with the rating override (default)";
        }

        @Override
        public RewardFunction create(PluginContext context) {
            return new WeightedReward(WeightedRewardConfig.from(context.config()));
        }
    }

    /** {@code outcome}. */
    public static final class Outcome implements RewardFunctionProvider {
        @Override
        public String name() {
            return "outcome";
        }

        @Override
        public String description() {
            return "grounded in correctness, right tool, rating and tool status; optional latency penalty";
        }

        @Override
        public RewardFunction create(PluginContext context) {
            return new OutcomeReward(OutcomeRewardConfig.from(context.config()));
        }
    }

    /** {@code shaped}. */
    public static final class Shaped implements RewardFunctionProvider {
        @Override
        public String name() {
            return "shaped";
        }

        @Override
        public String description() {
            return "potential-based shaping R + γΦ(s') − Φ(s) around another reward function";
        }

        @Override
        public RewardFunction create(PluginContext context) {
            PluginConfig c = context.config();
            String baseName = c.string("base", "outcome");
            if (baseName.equals(name())) {
                throw c.invalid("base", baseName, "another reward function than shaped");
            }
            RewardFunction base = context.plugin(RewardFunctionProvider.class, baseName);
            return new ShapedReward(base, c.choice("potential", "context", "context", "motifs", "zero"),
                    c.decimal("weight", 0.1, 0, 1), c.decimal("gamma", 0.99, 0, 1));
        }
    }
}
