package io.hololoom.core.reward;

import static io.hololoom.core.testing.Spacetimes.spacetime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hololoom.api.Feedback;
import io.hololoom.api.RewardFunction;
import io.hololoom.api.Spacetime;
import io.hololoom.api.ToolResult.Status;
import io.hololoom.testkit.MapPluginConfig;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class OutcomeRewardTest {
    private static final RewardFunction DEFAULT = new OutcomeReward(OutcomeRewardConfig.DEFAULTS);
    private static final Spacetime OK_CALC = spacetime().tool("calc").status(Status.OK).build();

    private static Feedback feedback(Integer rating, Boolean rightTool, Boolean correct, String expected) {
        return new Feedback(rating == null ? OptionalInt.empty() : OptionalInt.of(rating), Optional.ofNullable(rightTool),
                Optional.ofNullable(correct), Optional.ofNullable(expected), "");
    }

    @Test
    void withoutFeedbackTheToolStatusDecides() {
        assertThat(DEFAULT.reward(OK_CALC, Feedback.NONE)).isEqualTo(0.2);
        assertThat(DEFAULT.reward(spacetime().status(Status.REFUSED).build(), Feedback.NONE)).isEqualTo(-0.5);
        assertThat(DEFAULT.reward(spacetime().status(Status.ERROR).build(), Feedback.NONE)).isEqualTo(-1);
        assertThat(DEFAULT.reward(spacetime().status(Status.TIMEOUT).build(), Feedback.NONE)).isEqualTo(-1);
    }

    @Test
    void correctnessDecidesWhenGiven() {
        assertThat(DEFAULT.reward(OK_CALC, feedback(null, null, true, null))).isEqualTo(1);
        assertThat(DEFAULT.reward(OK_CALC, feedback(null, null, false, null))).isEqualTo(0);
        assertThat(DEFAULT.reward(OK_CALC, feedback(0, null, true, null))).as("correctness beats a rating")
                .isEqualTo(1);
    }

    @Test
    void rightToolOrExpectedToolDecide() {
        assertThat(DEFAULT.reward(OK_CALC, feedback(null, true, null, null))).isEqualTo(1);
        assertThat(DEFAULT.reward(OK_CALC, feedback(null, false, null, null))).isEqualTo(-1);
        assertThat(DEFAULT.reward(OK_CALC, feedback(null, null, null, "calc"))).isEqualTo(1);
        assertThat(DEFAULT.reward(OK_CALC, feedback(null, null, null, "search"))).isEqualTo(-1);
        assertThat(DEFAULT.reward(OK_CALC, feedback(null, true, null, "search"))).as("rightTool beats expectedTool")
                .isEqualTo(1);
        assertThat(DEFAULT.reward(OK_CALC, feedback(5, false, null, null))).as("right tool beats a rating")
                .isEqualTo(-1);
    }

    @Test
    void theRightToolThatFailedOrAnsweredWronglyIsNotRewardedFully() {
        Spacetime failed = spacetime().tool("calc").status(Status.ERROR).build();
        assertThat(DEFAULT.reward(failed, feedback(null, true, null, null))).isEqualTo(-1);
        assertThat(DEFAULT.reward(OK_CALC, feedback(null, true, false, null))).isEqualTo(0);
        assertThat(DEFAULT.reward(OK_CALC, feedback(null, true, true, null))).isEqualTo(1);
    }

    @Test
    void correctnessTakesPrecedenceOverTheToolJudgement() {
        assertThat(DEFAULT.reward(OK_CALC, feedback(null, false, true, null))).isEqualTo(1);
    }

    @Test
    void aRatingIsUsedWhenThereIsNothingMoreSpecific() {
        assertThat(DEFAULT.reward(OK_CALC, Feedback.rating(4))).isCloseTo(0.6, within(1e-12));
        assertThat(DEFAULT.reward(spacetime().status(Status.ERROR).build(), Feedback.rating(5))).isEqualTo(1);
        assertThat(DEFAULT.reward(OK_CALC, Feedback.rating(0))).isEqualTo(-1);
    }

    @Test
    void aLatencyPenaltyIsSubtractedWhenConfigured() {
        RewardFunction r = new OutcomeReward(OutcomeRewardConfig.from(new MapPluginConfig("hololoom.reward.outcome.",
                Map.of("latency-weight", "0.5", "latency-budget", "100ms"))));
        assertThat(r.reward(spacetime().durationMs(50).build(), Feedback.NONE)).isCloseTo(0.2 - 0.25, within(1e-12));
        assertThat(r.reward(spacetime().durationMs(500).build(), Feedback.NONE)).as("capped at the full weight")
                .isCloseTo(0.2 - 0.5, within(1e-12));
        assertThat(r.reward(spacetime().durationMs(0).build(), Feedback.NONE)).isEqualTo(0.2);
        assertThat(r.reward(spacetime().status(Status.ERROR).durationMs(500).build(), Feedback.NONE))
                .as("clipped").isEqualTo(-1);
        assertThat(DEFAULT.reward(spacetime().durationMs(100_000).build(), Feedback.NONE)).as("off by default")
                .isEqualTo(0.2);
    }

    @Test
    void anUnknownDurationDoesNotMatterWithoutALatencyPenalty() {
        assertThat(DEFAULT.reward(spacetime().durationMs(Double.NaN).build(), Feedback.NONE)).isEqualTo(0.2);
    }

    @Test
    void configDefaultsExplicitValuesAndErrors() {
        assertThat(OutcomeRewardConfig.from(new MapPluginConfig("hololoom.reward.outcome.", Map.of())))
                .isEqualTo(OutcomeRewardConfig.DEFAULTS)
                .isEqualTo(new OutcomeRewardConfig(0.2, -0.5, -1, 1, -1, 0, 0, Duration.ofMillis(100)));
        OutcomeRewardConfig c = OutcomeRewardConfig.from(new MapPluginConfig("hololoom.reward.outcome.", Map.of(
                "ok", "0.1", "refused", "-0.2", "failed", "-0.9", "right", "0.9", "wrong", "-0.8", "incorrect", "0.3",
                "latency-weight", "1", "latency-budget", "2s")));
        assertThat(c).isEqualTo(new OutcomeRewardConfig(0.1, -0.2, -0.9, 0.9, -0.8, 0.3, 1, Duration.ofSeconds(2)));
        assertThatThrownBy(() -> OutcomeRewardConfig.from(new MapPluginConfig("hololoom.reward.outcome.",
                Map.of("latency-weight", "3"))))
                .hasMessageStartingWith("Invalid value [3] for [hololoom.reward.outcome.latency-weight]: expected a"
                        + " number in [0.0, 2.0]");
        assertThatThrownBy(() -> OutcomeRewardConfig.from(new MapPluginConfig("hololoom.reward.outcome.",
                Map.of("ok", "1.5"))))
                .hasMessageContaining("[hololoom.reward.outcome.ok]");
    }
}
