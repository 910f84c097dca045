package io.hololoom.policy.epsilongreedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hololoom.api.Decision;
import io.hololoom.api.Observation;
import io.hololoom.api.Policy;
import io.hololoom.api.Policy.Mode;
import io.hololoom.policy.bandit.BanditPolicyContractTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EpsilonGreedyPolicyTest extends BanditPolicyContractTest {
    @Override
    protected Policy create(long seed, Map<String, String> settings) {
        return new EpsilonGreedyPolicyProvider().create(context(settings, seed));
    }

    /** Context-free: it ignores the observation vector, so any length is fine. */
    @Override
    protected boolean contextual() {
        return false;
    }

    @Override
    protected String name() {
        return "epsilon-greedy";
    }

    private static final Observation OBS = new Observation(new float[] {0.5f}, TOOLS);

    @Test
    void untriedToolsShareTheProbabilityUniformly() {
        Decision d = create(1).decide(OBS);
        assertThat(d.probabilities()).containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(1e-12));
        assertThat(d.value()).isNaN();
        assertThat(d.strategy()).isEqualTo("epsilon-greedy");
    }

    @Test
    void probabilitiesAreEpsilonOverAPlusTheGreedyShare() {
        EpsilonGreedyPolicy policy = new EpsilonGreedyPolicy(new EpsilonGreedyPolicyConfig(0.1, 1.0), 1);
        policy.update(OBS, 0, 0.2);
        policy.update(OBS, 1, 0.6);
        policy.update(OBS, 1, 0.4);
        policy.update(OBS, 2, -0.5);
        assertThat(policy.mean("search")).isCloseTo(0.5, within(1e-12));
        Decision d = policy.decide(OBS, Mode.GREEDY);
        assertThat(d.tool()).isEqualTo("search");
        assertThat(d.strategy()).isEqualTo("greedy");
        assertThat(d.probabilities()).containsExactly(new double[] {0.1 / 3, 0.1 / 3 + 0.9, 0.1 / 3}, within(1e-12));
        assertThat(d.value()).isCloseTo(0.1 / 3 * 0.2 + (0.1 / 3 + 0.9) * 0.5 + 0.1 / 3 * -0.5, within(1e-12));
    }

    @Test
    void optimisticInitialValueMakesUntriedToolsGreedy() {
        EpsilonGreedyPolicy policy = new EpsilonGreedyPolicy(new EpsilonGreedyPolicyConfig(0.0, 1.0), 1);
        policy.update(OBS, 0, 0.9);
        Decision d = policy.decide(OBS, Mode.EXPLORE);
        assertThat(d.probabilities()).containsExactly(0.0, 0.5, 0.5);
        assertThat(d.tool()).isIn("search", "calc");

        EpsilonGreedyPolicy neutral = new EpsilonGreedyPolicy(new EpsilonGreedyPolicyConfig(0.0, 0.0), 1);
        neutral.update(OBS, 0, 0.1);
        assertThat(neutral.decide(OBS).probabilities()).containsExactly(1.0, 0.0, 0.0);
    }

    @Test
    void exploreFollowsTheReportedProbabilities() {
        EpsilonGreedyPolicy policy = new EpsilonGreedyPolicy(new EpsilonGreedyPolicyConfig(0.3, 1.0), 5);
        policy.update(OBS, 0, -0.5);
        policy.update(OBS, 1, 0.5);
        policy.update(OBS, 2, 0.0);
        int[] counts = new int[3];
        int n = 6000;
        for (int i = 0; i < n; i++) {
            counts[policy.decide(OBS).action()]++;
        }
        // expected 0.1, 0.8, 0.1; bounds are > 5 standard deviations wide
        assertThat(counts[1] / (double) n).isCloseTo(0.8, within(0.03));
        assertThat(counts[0] / (double) n).isCloseTo(0.1, within(0.025));
    }
}
