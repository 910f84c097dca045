package io.hololoom.policy.epsilongreedy;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.plugin.PluginConfig;

/**
 * Settings of the {@code epsilon-greedy} policy (keys under {@code hololoom.policy.epsilon-greedy.}).
 *
 * @param epsilon {@code epsilon}, default 0.1, in [0, 1]: the probability mass spread uniformly over all tools
 * @param initialValue {@code initial-value}, default 1.0, in [-1, 1]: the estimate of a tool that was never
 *     updated; the maximum reward (1.0) is optimistic, so every tool gets tried early
 */
public record EpsilonGreedyPolicyConfig(double epsilon, double initialValue) {
    public static final double DEFAULT_EPSILON = 0.1;
    public static final double DEFAULT_INITIAL_VALUE = 1.0;

    public EpsilonGreedyPolicyConfig {
        if (!(epsilon >= 0 && epsilon <= 1)) {
            throw new IllegalArgumentException("epsilon-greedy epsilon must be in [0, 1], was [" + epsilon + "]");
        }
        if (!(initialValue >= -1 && initialValue <= 1)) {
            throw new IllegalArgumentException("epsilon-greedy initial value must be in [-1, 1], was ["
                    + initialValue + "]");
        }
    }

    public static EpsilonGreedyPolicyConfig defaults() {
        return new EpsilonGreedyPolicyConfig(DEFAULT_EPSILON, DEFAULT_INITIAL_VALUE);
    }

    /**
     * Reads the settings.
     *
     * @throws io.hololoom.api.HololoomException (CONFIGURATION) naming the key for a bad value
     */
    public static EpsilonGreedyPolicyConfig from(PluginConfig config) {
        requireNonNull(config, "config is null");
        return new EpsilonGreedyPolicyConfig(config.decimal("epsilon", DEFAULT_EPSILON, 0, 1),
                config.decimal("initial-value", DEFAULT_INITIAL_VALUE, -1, 1));
    }
}
