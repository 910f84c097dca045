package io.hololoom.core.reward;

import static io.hololoom.core.testing.Spacetimes.spacetime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.Feedback;
import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.RewardFunction;
import io.hololoom.api.Spacetime;
import io.hololoom.api.ToolResult.Status;
import io.hololoom.api.plugin.RewardFunctionProvider;
import io.hololoom.core.plugin.Family;
import io.hololoom.core.testing.FakePluginContext;
import io.hololoom.core.testing.TestHololoom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Shared checks, discovery by name and the reward contract for every built-in reward function. */
class RewardsTest {
    @Test
    void clipKeepsValuesInRange() {
        assertThat(Rewards.clip(0.3)).isEqualTo(0.3);
        assertThat(Rewards.clip(7)).isEqualTo(1);
        assertThat(Rewards.clip(-7)).isEqualTo(-1);
        assertThat(Rewards.clip(-0.0)).isEqualTo(-0.0);
    }

    @Test
    void nonFiniteRewardsAreRejectedNamingTheFunction() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThatThrownBy(() -> Rewards.requireFinite(bad, "my-reward"))
                    .isInstanceOfSatisfying(HololoomException.class, e -> {
                        assertThat(e.category()).isEqualTo(Category.CONFIGURATION);
                        assertThat(e.getMessage()).isEqualTo("The reward function [my-reward] produced a non-finite"
                                + " reward [" + bad + "]; check its weights (hololoom.reward.*)");
                    });
            assertThatThrownBy(() -> Rewards.clip(bad)).isInstanceOf(HololoomException.class);
        }
        assertThat(Rewards.requireFinite(-3, "x")).isEqualTo(-3);
    }

    @Test
    void eachBuiltInIsDiscoveredAndSelectedByName() {
        Map<String, Class<?>> expected = Map.of("weighted", WeightedReward.class, "outcome", OutcomeReward.class,
                "shaped", ShapedReward.class);
        expected.forEach((name, type) -> {
            RewardFunctionProvider p = (RewardFunctionProvider) TestHololoom.registry()
                    .<RewardFunction>provider(Family.REWARD, name);
            assertThat(p.name()).isEqualTo(name);
            assertThat(p.description()).isNotBlank();
            assertThat(p.create(FakePluginContext.of(Family.REWARD.settingsPrefix(name), Map.of()))).isInstanceOf(type);
        });
    }

    @Test
    void everyBuiltInGivesFiniteRewardsWithinRangeForAnyOutcome() {
        Random random = new Random(7);
        for (String name : List.of("weighted", "outcome", "shaped")) {
            RewardFunction r = TestHololoom.registry().<RewardFunction>provider(Family.REWARD, name)
                    .create(FakePluginContext.of(Family.REWARD.settingsPrefix(name), Map.of()));
            for (int i = 0; i < 500; i++) {
                Status status = Status.values()[random.nextInt(Status.values().length)];
                io.hololoom.core.testing.Spacetimes b = spacetime().status(status).confidence(random.nextDouble())
                        .quality(random.nextBoolean() ? Double.NaN : random.nextDouble())
                        .durationMs(random.nextDouble() * 10_000);
                for (int e = random.nextInt(4); e > 0; e--) {
                    b.error("s", "e");
                }
                for (int w = random.nextInt(4); w > 0; w--) {
                    b.warning("w");
                }
                Spacetime s = b.build();
                Feedback f = new Feedback(random.nextBoolean() ? OptionalInt.of(random.nextInt(6)) : OptionalInt.empty(),
                        random.nextBoolean() ? Optional.of(random.nextBoolean()) : Optional.empty(),
                        random.nextBoolean() ? Optional.of(random.nextBoolean()) : Optional.empty(),
                        random.nextBoolean() ? Optional.of("calc") : Optional.empty(), "");
                double value = r.reward(s, f);
                assertThat(value).as("%s on %s", name, s).isBetween(-1.0, 1.0);
                assertThat(r.reward(s, f)).as("pure").isEqualTo(value);
            }
        }
    }
}
