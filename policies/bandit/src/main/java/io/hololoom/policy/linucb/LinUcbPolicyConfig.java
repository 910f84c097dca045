package io.hololoom.policy.linucb;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.plugin.PluginConfig;

/**
 * Settings of the {@code linucb} policy (keys under {@code hololoom.policy.linucb.}).
 *
 * @param alpha {@code alpha}, default 1.0, in [0, 100]: width of the confidence bonus
 *     {@code alpha·sqrt(xᵀA⁻¹x)}
 * @param lambda {@code lambda}, default 1.0, in [1e-6, 1e6]: ridge regularisation, each tool starts with
 *     {@code A = lambda·I}
 * @param explorationFloor {@code exploration-floor}, default 0.02, in [0, 0.5]: total probability spread
 *     over the tools that are not the UCB argmax, so logged propensities are never zero
 * @param maxDimension {@code max-dimension}, default 2048, in [1, 8192]: the longest observation accepted;
 *     each tool keeps the upper triangle of a {@code (d+1)²} matrix of doubles, so this bounds memory
 *     (2048 → 16 MiB per tool)
 */
public record LinUcbPolicyConfig(double alpha, double lambda, double explorationFloor, int maxDimension) {
    public static final double DEFAULT_ALPHA = 1.0;
    public static final double MAX_ALPHA = 100;
    public static final double DEFAULT_LAMBDA = 1.0;
    public static final double MIN_LAMBDA = 1e-6;
    public static final double MAX_LAMBDA = 1e6;
    public static final double DEFAULT_EXPLORATION_FLOOR = 0.02;
    public static final double MAX_EXPLORATION_FLOOR = 0.5;
    public static final int DEFAULT_MAX_DIMENSION = 2048;
    public static final int MAX_MAX_DIMENSION = 8192;

    public LinUcbPolicyConfig {
        if (!(alpha >= 0 && alpha <= MAX_ALPHA)) {
            throw new IllegalArgumentException("linucb alpha must be in [0, " + MAX_ALPHA + "], was [" + alpha + "]");
        }
        if (!(lambda >= MIN_LAMBDA && lambda <= MAX_LAMBDA)) {
            throw new IllegalArgumentException("linucb lambda must be in [" + MIN_LAMBDA + ", " + MAX_LAMBDA
                    + "], was [" + lambda + "]");
        }
        if (!(explorationFloor >= 0 && explorationFloor <= MAX_EXPLORATION_FLOOR)) {
            throw new IllegalArgumentException("linucb exploration floor must be in [0, " + MAX_EXPLORATION_FLOOR
                    + "], was [" + explorationFloor + "]");
        }
        if (maxDimension < 1 || maxDimension > MAX_MAX_DIMENSION) {
            throw new IllegalArgumentException("linucb max dimension must be in [1, " + MAX_MAX_DIMENSION
                    + "], was [" + maxDimension + "]");
        }
    }

    public static LinUcbPolicyConfig defaults() {
        return new LinUcbPolicyConfig(DEFAULT_ALPHA, DEFAULT_LAMBDA, DEFAULT_EXPLORATION_FLOOR, DEFAULT_MAX_DIMENSION);
    }

    /**
     * Reads the settings.
     *
     * @throws io.hololoom.api.HololoomException (CONFIGURATION) naming the key for a bad value
     */
    public static LinUcbPolicyConfig from(PluginConfig config) {
        requireNonNull(config, "config is null");
        return new LinUcbPolicyConfig(config.decimal("alpha", DEFAULT_ALPHA, 0, MAX_ALPHA),
                config.decimal("lambda", DEFAULT_LAMBDA, MIN_LAMBDA, MAX_LAMBDA),
                config.decimal("exploration-floor", DEFAULT_EXPLORATION_FLOOR, 0, MAX_EXPLORATION_FLOOR),
                config.integer("max-dimension", DEFAULT_MAX_DIMENSION, 1, MAX_MAX_DIMENSION));
    }
}
