package io.hololoom.core.reward;

import io.hololoom.api.plugin.PluginConfig;
import java.time.Duration;

/**
 * Weights of the seed's reward formula (keys {@code hololoom.reward.weighted.*}).
 *
 * @param confidence weight of the Spacetime's confidence (0.6)
 * @param quality weight of the tool's quality signal (0.3)
 * @param efficiency weight of the efficiency term (0.1)
 * @param error penalty per error (0.5)
 * @param warning penalty per warning (0.1)
 * @param timeout penalty when the run timed out or took more than twice the budget (0.3)
 * @param budget the efficiency budget (1 s)
 * @param ratingOverride whether a user rating replaces the formula ({@code rating/5·2 − 1})
 */
public record WeightedRewardConfig(double confidence, double quality, double efficiency, double error,
        double warning, double timeout, Duration budget, boolean ratingOverride) {

    public static final WeightedRewardConfig DEFAULTS = new WeightedRewardConfig(0.6, 0.3, 0.1, 0.5, 0.1, 0.3,
            Duration.ofSeconds(1), true);

    public static WeightedRewardConfig from(PluginConfig c) {
        return new WeightedRewardConfig(
                c.decimal("confidence", DEFAULTS.confidence, -10, 10),
                c.decimal("quality", DEFAULTS.quality, -10, 10),
                c.decimal("efficiency", DEFAULTS.efficiency, -10, 10),
                c.decimal("error", DEFAULTS.error, -10, 10),
                c.decimal("warning", DEFAULTS.warning, -10, 10),
                c.decimal("timeout", DEFAULTS.timeout, -10, 10),
                c.duration("budget", DEFAULTS.budget),
                c.bool("rating-override", DEFAULTS.ratingOverride));
    }
}
