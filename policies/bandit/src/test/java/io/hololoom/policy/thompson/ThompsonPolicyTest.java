package io.hololoom.policy.thompson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hololoom.api.Decision;
import io.hololoom.api.Observation;
import io.hololoom.api.Policy;
import io.hololoom.api.Policy.Mode;
import io.hololoom.policy.bandit.BanditPolicyContractTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThompsonPolicyTest extends BanditPolicyContractTest {
    @Override
    protected Policy create(long seed, Map<String, String> settings) {
        return new ThompsonPolicyProvider().create(context(settings, seed));
    }

    /** Context-free: it ignores the observation vector, so any length is fine. */
    @Override
    protected boolean contextual() {
        return false;
    }

    @Override
    protected String name() {
        return "thompson";
    }

    private static final Observation OBS = new Observation(new float[] {0.5f}, TOOLS);

    @Test
    void rewardIsAFractionalBetaUpdate() {
        ThompsonPolicy policy = new ThompsonPolicy(ThompsonPolicyConfig.defaults(), 1);
        assertThat(policy.posteriorMean("calc")).isEqualTo(0.5);
        policy.update(OBS, 2, 1.0); // Beta(2, 1)
        policy.update(OBS, 2, 0.0); // Beta(2.5, 1.5)
        assertThat(policy.posteriorMean("calc")).isCloseTo(2.5 / 4, within(1e-12));
        policy.update(OBS, 2, -1.0); // Beta(2.5, 2.5)
        assertThat(policy.posteriorMean("calc")).isCloseTo(0.5, within(1e-12));

        ThompsonPolicy skewed = new ThompsonPolicy(new ThompsonPolicyConfig(3, 1, 200), 1);
        assertThat(skewed.posteriorMean("answer")).isEqualTo(0.75);
    }

    @Test
    void withoutDataEveryToolIsAboutEquallyLikelyToBeBest() {
        Decision d = create(3).decide(OBS);
        // 200 draws: one standard deviation of each estimate is about 0.033
        assertThat(java.util.Arrays.stream(d.probabilities()).boxed())
                .allSatisfy(p -> assertThat(p).isCloseTo(1.0 / 3, within(0.12)));
        assertThat(d.value()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void aClearlyBetterToolGetsAlmostAllTheProbability() {
        ThompsonPolicy policy = new ThompsonPolicy(ThompsonPolicyConfig.defaults(), 2);
        for (int i = 0; i < 100; i++) {
            policy.update(OBS, 0, -0.6);
            policy.update(OBS, 1, 0.8);
            policy.update(OBS, 2, -0.2);
        }
        Decision d = policy.decide(OBS, Mode.GREEDY);
        assertThat(d.tool()).isEqualTo("search");
        assertThat(d.strategy()).isEqualTo("greedy");
        assertThat(d.probabilities()[1]).isGreaterThan(0.99);
        // the smoothed estimate never reports zero, even for a tool that won no draw
        assertThat(d.probabilities()[0]).isEqualTo(0.5 / (200 + 1.5));
        assertThat(d.value()).isCloseTo(0.8, within(0.05));
    }

    @Test
    void exploreChoicesMatchTheEstimatedProbabilities() {
        ThompsonPolicy policy = new ThompsonPolicy(new ThompsonPolicyConfig(1, 1, 2000), 4);
        for (int i = 0; i < 5; i++) {
            policy.update(OBS, 0, 0.2);
            policy.update(OBS, 1, 0.0);
            policy.update(OBS, 2, -0.2);
        }
        double[] p = policy.decide(OBS).probabilities();
        int[] counts = new int[3];
        int n = 3000;
        for (int i = 0; i < n; i++) {
            Decision d = policy.decide(OBS);
            assertThat(d.probability()).isPositive();
            counts[d.action()]++;
        }
        for (int i = 0; i < 3; i++) {
            assertThat(counts[i] / (double) n).as("tool %s", i).isCloseTo(p[i], within(0.05));
        }
    }
}
