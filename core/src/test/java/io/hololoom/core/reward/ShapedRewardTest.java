package io.hololoom.core.reward;

import static io.hololoom.core.testing.Spacetimes.spacetime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hololoom.api.Feedback;
import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.RewardFunction;
import io.hololoom.api.Spacetime;
import io.hololoom.api.ToolResult.Status;
import io.hololoom.core.testing.FakePluginContext;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShapedRewardTest {
    private static final String PREFIX = "hololoom.reward.shaped.";

    private static RewardFunction shaped(Map<String, String> settings) {
        return shaped(settings, Map.of());
    }

    private static RewardFunction shaped(Map<String, String> settings, Map<String, Map<String, String>> others) {
        return new RewardProviders.Shaped().create(new FakePluginContext(PREFIX, settings, others, Path.of("x")));
    }

    @Test
    void contextPotentialIsSubtractedFromTheOutcomeBaseByDefault() {
        RewardFunction r = shaped(Map.of());
        // base outcome OK = 0.2; Φ = 0.1·min(1, 5/10)
        assertThat(r.reward(spacetime().contextIds("a", "b", "c", "d", "e").build(), Feedback.NONE))
                .isCloseTo(0.2 - 0.05, within(1e-12));
        // Φ saturates at the weight
        String[] twenty = new String[20];
        java.util.Arrays.setAll(twenty, i -> "s" + i);
        assertThat(r.reward(spacetime().contextIds(twenty).build(), Feedback.NONE)).isCloseTo(0.1, within(1e-12));
        assertThat(r.reward(spacetime().contextIds().build(), Feedback.NONE)).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void motifPotentialCountsDetectedMotifs() {
        RewardFunction r = shaped(Map.of("potential", "motifs", "weight", "0.5"));
        // Φ = 0.5·min(1, 3/5)
        assertThat(r.reward(spacetime().motifs("a", "b", "c").build(), Feedback.NONE)).isCloseTo(0.2 - 0.3, within(1e-12));
        assertThat(r.reward(spacetime().motifs("a", "b", "c", "d", "e", "f", "g").build(), Feedback.NONE))
                .isCloseTo(0.2 - 0.5, within(1e-12));
    }

    @Test
    void zeroPotentialLeavesTheBaseAloneAndGammaDoesNotMatterForOneStepEpisodes() {
        Spacetime s = spacetime().contextIds("a", "b").motifs("x").build();
        assertThat(shaped(Map.of("potential", "zero")).reward(s, Feedback.NONE)).isEqualTo(0.2);
        assertThat(shaped(Map.of("gamma", "0.5")).reward(s, Feedback.NONE))
                .isEqualTo(shaped(Map.of("gamma", "0.99")).reward(s, Feedback.NONE));
    }

    @Test
    void wrapsAnyBaseWithItsOwnSettingsAndClips() {
        RewardFunction r = shaped(Map.of("base", "weighted", "weight", "1"),
                Map.of("hololoom.reward.weighted.", Map.of("rating-override", "true")));
        // rating 0 → base −1; Φ = 1·min(1, 2/10) → −1.2 clipped
        assertThat(r.reward(spacetime().contextIds("a", "b").build(), Feedback.rating(0))).isEqualTo(-1);
        assertThat(r.reward(spacetime().contextIds("a", "b").build(), Feedback.rating(5))).isCloseTo(0.8, within(1e-12));
        assertThat(shaped(Map.of()).reward(spacetime().status(Status.ERROR).contextIds("a").build(), Feedback.NONE))
                .isEqualTo(-1);
    }

    @Test
    void aNonFiniteBaseIsRejectedNamingTheShapedBase() {
        RewardFunction r = shaped(Map.of("base", "test-nan"));
        assertThatThrownBy(() -> r.reward(spacetime().build(), Feedback.NONE))
                .isInstanceOfSatisfying(HololoomException.class, e -> {
                    assertThat(e.category()).isEqualTo(Category.CONFIGURATION);
                    assertThat(e.getMessage()).isEqualTo("The reward function [shaped/base] produced a non-finite"
                            + " reward [NaN]; check its weights (hololoom.reward.*)");
                });
    }

    @Test
    void badSettingsAreConfigurationOrPluginErrors() {
        assertThatThrownBy(() -> shaped(Map.of("base", "shaped")))
                .isInstanceOfSatisfying(HololoomException.class, e -> {
                    assertThat(e.category()).isEqualTo(Category.CONFIGURATION);
                    assertThat(e.getMessage()).startsWith("Invalid value [shaped] for [hololoom.reward.shaped.base]:"
                            + " expected another reward function than shaped");
                });
        assertThatThrownBy(() -> shaped(Map.of("base", "nope")))
                .isInstanceOfSatisfying(HololoomException.class, e -> {
                    assertThat(e.category()).isEqualTo(Category.PLUGIN);
                    assertThat(e.getMessage()).startsWith("Unknown reward [nope]; known reward functions [");
                });
        assertThatThrownBy(() -> shaped(Map.of("potential", "entropy")))
                .hasMessageStartingWith("Invalid value [entropy] for [hololoom.reward.shaped.potential]: expected one of"
                        + " [context, motifs, zero]");
        assertThatThrownBy(() -> shaped(Map.of("weight", "2")))
                .hasMessageStartingWith("Invalid value [2] for [hololoom.reward.shaped.weight]");
    }

    @Test
    void phiFollowsThePotential() {
        Spacetime s = spacetime().contextIds("a", "b", "c").motifs("m", "n").build();
        assertThat(new ShapedReward((x, f) -> 0, "context", 0.2, 0.99).phi(s)).isCloseTo(0.06, within(1e-12));
        assertThat(new ShapedReward((x, f) -> 0, "motifs", 0.2, 0.99).phi(s)).isCloseTo(0.08, within(1e-12));
        assertThat(new ShapedReward((x, f) -> 0, "zero", 0.2, 0.99).phi(s)).isZero();
    }
}
