package io.hololoom.core.reward;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Feedback;
import io.hololoom.api.RewardFunction;
import io.hololoom.api.Spacetime;
import io.hololoom.api.ToolResult;

/**
 * {@code weighted}: the seed's formula, every weight configurable:
 * {@code R = 0.6·confidence + 0.3·quality + 0.1·efficiency − 0.5·errors − 0.1·warnings − 0.3·timeout},
 * clipped to [−1, 1]. Efficiency is {@code 1 − d/B} within the budget B, else {@code −0.5·min((d−B)/B, 1)}.
 * A user rating (0–5) overrides everything as {@code rating/5·2 − 1}. A tool without a quality signal
 * counts its confidence as quality.
 */
public final class WeightedReward implements RewardFunction {
    private final WeightedRewardConfig config;

    public WeightedReward(WeightedRewardConfig config) {
        this.config = requireNonNull(config, "config is null");
    }

    @Override
    public double reward(Spacetime spacetime, Feedback feedback) {
        requireNonNull(spacetime, "spacetime is null");
        requireNonNull(feedback, "feedback is null");
        if (config.ratingOverride() && feedback.rating().isPresent()) {
            return feedback.rating().getAsInt() / 5.0 * 2 - 1;
        }
        double d = spacetime.trace().durationMs();
        double b = config.budget().toNanos() / 1e6;
        double efficiency = d <= b ? 1 - d / b : -0.5 * Math.min((d - b) / b, 1);
        double quality = Double.isNaN(spacetime.quality()) ? spacetime.confidence() : spacetime.quality();
        boolean timedOut = spacetime.status() == ToolResult.Status.TIMEOUT || d > 2 * b;
        double r = config.confidence() * spacetime.confidence()
                + config.quality() * quality
                + config.efficiency() * efficiency
                - config.error() * spacetime.trace().errors().size()
                - config.warning() * spacetime.trace().warnings().size()
                - config.timeout() * (timedOut ? 1 : 0);
        return Rewards.clip(r);
    }
}
