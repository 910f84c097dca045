package io.hololoom.core.reward;

import io.hololoom.api.plugin.PluginConfig;
import java.time.Duration;

/**
 * Settings of the {@code outcome} reward (keys {@code hololoom.reward.outcome.*}).
 *
 * @param ok reward for a tool that ran without feedback (0.2)
 * @param refused reward when the tool refused (−0.5)
 * @param failed reward for an error or a time-out (−1)
 * @param right reward when feedback says the tool was right (1)
 * @param wrong reward when feedback says the tool was wrong (−1)
 * @param incorrect reward when the tool was right but the answer wrong (0)
 * @param latencyWeight how much a slow run costs: {@code − latencyWeight·min(d / latencyBudget, 1)} (0)
 * @param latencyBudget the latency that costs the full weight (100 ms)
 */
public record OutcomeRewardConfig(double ok, double refused, double failed, double right, double wrong,
        double incorrect, double latencyWeight, Duration latencyBudget) {

    public static final OutcomeRewardConfig DEFAULTS = new OutcomeRewardConfig(0.2, -0.5, -1, 1, -1, 0, 0,
            Duration.ofMillis(100));

    public static OutcomeRewardConfig from(PluginConfig c) {
        return new OutcomeRewardConfig(
                c.decimal("ok", DEFAULTS.ok, -1, 1),
                c.decimal("refused", DEFAULTS.refused, -1, 1),
                c.decimal("failed", DEFAULTS.failed, -1, 1),
                c.decimal("right", DEFAULTS.right, -1, 1),
                c.decimal("wrong", DEFAULTS.wrong, -1, 1),
                c.decimal("incorrect", DEFAULTS.incorrect, -1, 1),
                c.decimal("latency-weight", DEFAULTS.latencyWeight, 0, 2),
                c.duration("latency-budget", DEFAULTS.latencyBudget));
    }
}
