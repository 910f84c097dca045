package io.hololoom.policy.linucb;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.policy.bandit.SyntheticBandits.Contextual;
import org.junit.jupiter.api.Test;

/**
 * LinUCB learns a contextual problem where the best of three tools depends on which of four one-hot
 * features is set, with noise features beside them.
 */
class LinUcbLearningTest {
    @Test
    void learnsWhichToolIsBestForEachContextInEverySeededRun() {
        for (long seed = 1; seed <= 5; seed++) {
            LinUcbPolicy policy = new LinUcbPolicy(LinUcbPolicyConfig.defaults(), seed);
            Contextual problem = new Contextual(500 + seed, 12, 1.0);
            problem.train(policy, 600);
            assertThat(problem.greedyAccuracy(policy, 400)).as("seed %s", seed).isGreaterThanOrEqualTo(0.9);
        }
    }

    @Test
    void learnsWithObservationsOfRealisticLength() {
        // 450 values: four one-hot context features plus a dense 446-value "embedding" of norm ~1
        LinUcbPolicy policy = new LinUcbPolicy(LinUcbPolicyConfig.defaults(), 7);
        Contextual problem = new Contextual(77, 450, 1.0);
        problem.train(policy, 1500);
        assertThat(policy.dimension()).isEqualTo(450);
        assertThat(problem.greedyAccuracy(policy, 400)).isGreaterThanOrEqualTo(0.9);
    }
}
