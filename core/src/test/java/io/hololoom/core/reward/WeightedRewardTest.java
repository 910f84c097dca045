package io.hololoom.core.reward;

import static io.hololoom.core.testing.Spacetimes.spacetime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hololoom.api.Feedback;
import io.hololoom.api.HololoomException;
import io.hololoom.api.RewardFunction;
import io.hololoom.api.ToolResult.Status;
import io.hololoom.testkit.MapPluginConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightedRewardTest {
    private static final RewardFunction DEFAULT = new WeightedReward(WeightedRewardConfig.DEFAULTS);

    private static double reward(io.hololoom.core.testing.Spacetimes s) {
        return DEFAULT.reward(s.build(), Feedback.NONE);
    }

    @Test
    void theSeedFormulaWithinTheBudget() {
        // 0.6·0.8 + 0.3·0.6 + 0.1·(1 − 250/1000) − 0.1·1 warning
        assertThat(reward(spacetime().confidence(0.8).quality(0.6).durationMs(250).warning("w")))
                .isCloseTo(0.48 + 0.18 + 0.075 - 0.1, within(1e-12));
        // one error costs 0.5
        assertThat(reward(spacetime().confidence(0.8).quality(0.6).durationMs(250).error("tool_execution", "x")))
                .isCloseTo(0.48 + 0.18 + 0.075 - 0.5, within(1e-12));
        // exactly at the budget the efficiency is 0
        assertThat(reward(spacetime().confidence(0.8).quality(0.6).durationMs(1000)))
                .isCloseTo(0.66, within(1e-12));
    }

    @Test
    void aToolWithoutQualityCountsItsConfidence() {
        assertThat(reward(spacetime().confidence(0.5).quality(Double.NaN).durationMs(0)))
                .isCloseTo(0.3 + 0.15 + 0.1, within(1e-12));
    }

    @Test
    void overTheBudgetEfficiencyTurnsNegativeAndPastTwiceItCountsAsATimeout() {
        // efficiency −0.5·(1200 − 1000)/1000 = −0.1
        assertThat(reward(spacetime().confidence(0.8).quality(0.6).durationMs(1200)))
                .isCloseTo(0.48 + 0.18 - 0.01, within(1e-12));
        // efficiency −0.5·min(2, 1) = −0.5, and d > 2B costs the timeout penalty 0.3
        assertThat(reward(spacetime().confidence(0.8).quality(0.6).durationMs(3000)))
                .isCloseTo(0.48 + 0.18 - 0.05 - 0.3, within(1e-12));
        // at exactly 2B there is no timeout penalty yet
        assertThat(reward(spacetime().confidence(0.8).quality(0.6).durationMs(2000)))
                .isCloseTo(0.48 + 0.18 - 0.05, within(1e-12));
    }

    @Test
    void aTimedOutToolPaysTheTimeoutPenalty() {
        assertThat(reward(spacetime().status(Status.TIMEOUT).confidence(0).quality(0).durationMs(100)
                .error("tool_execution", "timeout")))
                .isCloseTo(0.1 * 0.9 - 0.5 - 0.3, within(1e-12));
    }

    @Test
    void resultsAreClippedToPlusMinusOne() {
        io.hololoom.core.testing.Spacetimes bad = spacetime().confidence(0).quality(0).durationMs(0);
        for (int i = 0; i < 5; i++) {
            bad.error("s", "e" + i);
        }
        assertThat(reward(bad)).isEqualTo(-1);
        RewardFunction generous = new WeightedReward(new WeightedRewardConfig(10, 10, 10, 0, 0, 0,
                Duration.ofSeconds(1), true));
        assertThat(generous.reward(spacetime().confidence(1).quality(1).durationMs(0).build(), Feedback.NONE))
                .isEqualTo(1);
    }

    @Test
    void aRatingOverridesEverything() {
        io.hololoom.core.testing.Spacetimes failed = spacetime().status(Status.ERROR).confidence(0).quality(0)
                .error("tool_execution", "boom");
        assertThat(DEFAULT.reward(failed.build(), Feedback.rating(0))).isEqualTo(-1);
        assertThat(DEFAULT.reward(failed.build(), Feedback.rating(5))).isEqualTo(1);
        assertThat(DEFAULT.reward(failed.build(), Feedback.rating(4))).isCloseTo(0.6, within(1e-12));
        assertThat(DEFAULT.reward(failed.build(), Feedback.rating(1))).isCloseTo(-0.6, within(1e-12));
    }

    @Test
    void theRatingOverrideCanBeTurnedOff() {
        WeightedRewardConfig config = WeightedRewardConfig.from(new MapPluginConfig("hololoom.reward.weighted.",
                Map.of("rating-override", "false")));
        RewardFunction r = new WeightedReward(config);
        assertThat(r.reward(spacetime().confidence(0.8).quality(0.6).durationMs(1000).build(), Feedback.rating(0)))
                .isCloseTo(0.66, within(1e-12));
    }

    @Test
    void configHasTheSeedDefaultsAndReadsEveryWeight() {
        assertThat(WeightedRewardConfig.from(new MapPluginConfig("hololoom.reward.weighted.", Map.of())))
                .isEqualTo(WeightedRewardConfig.DEFAULTS)
                .isEqualTo(new WeightedRewardConfig(0.6, 0.3, 0.1, 0.5, 0.1, 0.3, Duration.ofSeconds(1), true));
        WeightedRewardConfig c = WeightedRewardConfig.from(new MapPluginConfig("hololoom.reward.weighted.", Map.of(
                "confidence", "1", "quality", "0", "efficiency", "0", "error", "0", "warning", "0", "timeout", "0",
                "budget", "500ms")));
        assertThat(c).isEqualTo(new WeightedRewardConfig(1, 0, 0, 0, 0, 0, Duration.ofMillis(500), true));
        // a custom budget: efficiency 1 − 250/500 with weight 1
        WeightedRewardConfig eff = new WeightedRewardConfig(0, 0, 1, 0, 0, 0, Duration.ofMillis(500), true);
        assertThat(new WeightedReward(eff).reward(spacetime().durationMs(250).build(), Feedback.NONE))
                .isCloseTo(0.5, within(1e-12));
    }

    @Test
    void badWeightsAreConfigurationErrors() {
        assertThatThrownBy(() -> WeightedRewardConfig.from(new MapPluginConfig("hololoom.reward.weighted.",
                Map.of("error", "11"))))
                .isInstanceOf(HololoomException.class)
                .hasMessageStartingWith("Invalid value [11] for [hololoom.reward.weighted.error]");
        assertThatThrownBy(() -> WeightedRewardConfig.from(new MapPluginConfig("hololoom.reward.weighted.",
                Map.of("budget", "0ms"))))
                .hasMessageStartingWith("Invalid value [0ms] for [hololoom.reward.weighted.budget]");
    }
}
