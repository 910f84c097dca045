package io.hololoom.policy.epsilongreedy;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.Policy.Mode;
import io.hololoom.policy.bandit.SyntheticBandits.ContextFree;
import org.junit.jupiter.api.Test;

/** ε-greedy finds the best of three tools with fixed mean rewards (−0.2, 0.1, 0.4), in every seeded run. */
class EpsilonGreedyLearningTest {
    @Test
    void convergesToTheBestToolInEverySeededRun() {
        for (long seed = 1; seed <= 10; seed++) {
            EpsilonGreedyPolicy policy = new EpsilonGreedyPolicy(EpsilonGreedyPolicyConfig.defaults(), seed);
            ContextFree problem = new ContextFree(1000 + seed);
            double bestShare = problem.train(policy, 1500, 500);
            assertThat(policy.decide(problem.observation(), Mode.GREEDY).action()).as("seed %s", seed)
                    .isEqualTo(ContextFree.BEST);
            // ε = 0.1 over 3 tools: at most 0.933 of choices can be the best tool
            assertThat(bestShare).as("seed %s", seed).isGreaterThanOrEqualTo(0.85);
        }
    }
}
