package io.hololoom.core.reward;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Feedback;
import io.hololoom.api.RewardFunction;
import io.hololoom.api.Spacetime;

/**
 * {@code outcome}: a reward grounded in what happened, never in the system's own confidence.
 *
 * <p>In order of precedence: answer correctness ({@code correct}), then whether the tool was right
 * ({@code rightTool} or {@code expectedTool}), then a user rating ({@code rating/5·2 − 1}), then the tool's
 * status alone (OK / REFUSED / ERROR or TIMEOUT). A latency penalty is subtracted when configured. Clipped
 * to [−1, 1].
 */
public final class OutcomeReward implements RewardFunction {
    private final OutcomeRewardConfig config;

    public OutcomeReward(OutcomeRewardConfig config) {
        this.config = requireNonNull(config, "config is null");
    }

    @Override
    public double reward(Spacetime spacetime, Feedback feedback) {
        requireNonNull(spacetime, "spacetime is null");
        requireNonNull(feedback, "feedback is null");
        double base = base(spacetime, feedback);
        if (config.latencyWeight() == 0) {
            return Rewards.clip(base);
        }
        double d = spacetime.trace().durationMs();
        double latency = Double.isFinite(d) ? Math.max(0, d) / (config.latencyBudget().toNanos() / 1e6) : 1;
        return Rewards.clip(base - config.latencyWeight() * Math.min(latency, 1));
    }

    private double base(Spacetime spacetime, Feedback feedback) {
        boolean failed = switch (spacetime.status()) {
            case ERROR, TIMEOUT -> true;
            default -> false;
        };
        if (feedback.correct().isPresent()) {
            return failed ? config.failed() : feedback.correct().get() ? config.right() : config.incorrect();
        }
        java.util.Optional<Boolean> rightTool = feedback.rightTool()
                .or(() -> feedback.expectedTool().map(t -> t.equals(spacetime.tool())));
        if (rightTool.isPresent()) {
            if (!rightTool.get()) {
                return config.wrong();
            }
            if (failed) {
                return config.failed();
            }
            if (feedback.correct().isPresent()) {
                return feedback.correct().get() ? config.right() : config.incorrect();
            }
            return config.right();
        }
        if (feedback.correct().isPresent()) {
            return feedback.correct().get() ? config.right() : config.incorrect();
        }
        if (feedback.rating().isPresent()) {
            return feedback.rating().getAsInt() / 5.0 * 2 - 1;
        }
        return switch (spacetime.status()) {
            case OK -> config.ok();
            case REFUSED -> config.refused();
            case ERROR, TIMEOUT -> config.failed();
        };
    }
}
