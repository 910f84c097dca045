package io.hololoom.policy.thompson;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.plugin.PluginConfig;

/**
 * Settings of the {@code thompson} policy (keys under {@code hololoom.policy.thompson.}).
 *
 * @param priorAlpha {@code prior-alpha}, default 1.0, in [0.001, 1e6]: Beta prior pseudo-successes per tool
 * @param priorBeta {@code prior-beta}, default 1.0, in [0.001, 1e6]: Beta prior pseudo-failures per tool
 * @param samples {@code samples}, default 200, in [10, 100000]: Monte Carlo draws per decision used to
 *     estimate each tool's probability of being the best (the logged propensities)
 */
public record ThompsonPolicyConfig(double priorAlpha, double priorBeta, int samples) {
    public static final double DEFAULT_PRIOR = 1.0;
    public static final double MIN_PRIOR = 0.001;
    public static final double MAX_PRIOR = 1e6;
    public static final int DEFAULT_SAMPLES = 200;
    public static final int MIN_SAMPLES = 10;
    public static final int MAX_SAMPLES = 100_000;

    public ThompsonPolicyConfig {
        if (!(priorAlpha >= MIN_PRIOR && priorAlpha <= MAX_PRIOR) || !(priorBeta >= MIN_PRIOR && priorBeta <= MAX_PRIOR)) {
            throw new IllegalArgumentException("thompson prior alpha and beta must be in [" + MIN_PRIOR + ", "
                    + MAX_PRIOR + "], were [" + priorAlpha + ", " + priorBeta + "]");
        }
        if (samples < MIN_SAMPLES || samples > MAX_SAMPLES) {
            throw new IllegalArgumentException("thompson samples must be in [" + MIN_SAMPLES + ", " + MAX_SAMPLES
                    + "], was [" + samples + "]");
        }
    }

    public static ThompsonPolicyConfig defaults() {
        return new ThompsonPolicyConfig(DEFAULT_PRIOR, DEFAULT_PRIOR, DEFAULT_SAMPLES);
    }

    /**
     * Reads the settings.
     *
     * @throws io.hololoom.api.HololoomException (CONFIGURATION) naming the key for a bad value
     */
    public static ThompsonPolicyConfig from(PluginConfig config) {
        requireNonNull(config, "config is null");
        return new ThompsonPolicyConfig(config.decimal("prior-alpha", DEFAULT_PRIOR, MIN_PRIOR, MAX_PRIOR),
                config.decimal("prior-beta", DEFAULT_PRIOR, MIN_PRIOR, MAX_PRIOR),
                config.integer("samples", DEFAULT_SAMPLES, MIN_SAMPLES, MAX_SAMPLES));
    }
}
