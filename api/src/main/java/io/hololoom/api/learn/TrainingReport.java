package io.hololoom.api.learn;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one call of {@link Trainer#train} did.
 *
 * @param updates gradient steps taken
 * @param metrics named averages, e.g. {@code policy_loss, value_loss, entropy, approx_kl, clip_fraction,
 *     explained_variance}
 */
public record TrainingReport(int updates, Map<String, Double> metrics) {
    public TrainingReport {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(metrics, "metrics is null")));
    }
}
