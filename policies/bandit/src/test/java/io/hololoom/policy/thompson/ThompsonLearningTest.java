package io.hololoom.policy.thompson;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.Policy.Mode;
import io.hololoom.policy.bandit.SyntheticBandits.ContextFree;
import org.junit.jupiter.api.Test;

/** Thompson sampling finds the best of three tools with fixed mean rewards (−0.2, 0.1, 0.4), in every seeded run. */
class ThompsonLearningTest {
    @Test
    void convergesToTheBestToolInEverySeededRun() {
        for (long seed = 1; seed <= 10; seed++) {
            ThompsonPolicy policy = new ThompsonPolicy(new ThompsonPolicyConfig(1, 1, 50), seed);
            ContextFree problem = new ContextFree(1000 + seed);
            double bestShare = problem.train(policy, 1500, 500);
            assertThat(policy.decide(problem.observation(), Mode.GREEDY).action()).as("seed %s", seed)
                    .isEqualTo(ContextFree.BEST);
            assertThat(bestShare).as("seed %s", seed).isGreaterThanOrEqualTo(0.85);
        }
    }
}
