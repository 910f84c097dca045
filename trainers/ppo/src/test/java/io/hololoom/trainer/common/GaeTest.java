package io.hololoom.trainer.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GaeTest {
    private static final double[] REWARDS = {1, 1, 1};
    private static final double[] VALUES = {0.5, 0.4, 0.3};

    @Test
    void terminalEpisodeByHand() {
        // gamma 0.9, lambda 0.8: A2 = 1 - 0.3; A1 = (1 + 0.9*0.3 - 0.4) + 0.72*A2; A0 = (1 + 0.9*0.4 - 0.5) + 0.72*A1
        Gae.Result r = Gae.compute(REWARDS, VALUES, new boolean[] {false, false, true},
                new boolean[] {false, false, true}, new double[3], 0.9, 0.8);
        assertThat(r.advantages()).containsExactly(new double[] {1.84928, 1.374, 0.7}, within(1e-12));
        assertThat(r.returns()).containsExactly(new double[] {2.34928, 1.774, 1.0}, within(1e-12));
    }

    @Test
    void truncationBootstrapsFromTheNextObservationsValue() {
        // V(next) = 2: A2 = 1 + 0.9*2 - 0.3 = 2.5; A1 = 0.87 + 0.72*2.5; A0 = 0.86 + 0.72*A1
        Gae.Result r = Gae.compute(REWARDS, VALUES, new boolean[3], new boolean[] {false, false, true},
                new double[] {0, 0, 2.0}, 0.9, 0.8);
        assertThat(r.advantages()).containsExactly(new double[] {2.7824, 2.67, 2.5}, within(1e-12));
    }

    @Test
    void aBoundaryInsideTheBatchStopsTheRecursion() {
        // episode 1 = steps 0, 1 (truncated at 1 with V(next) = 1); episode 2 = step 2 (terminal)
        Gae.Result r = Gae.compute(REWARDS, VALUES, new boolean[] {false, false, true},
                new boolean[] {false, true, true}, new double[] {0, 1.0, 0}, 0.9, 0.8);
        double a1 = 1 + 0.9 * 1.0 - 0.4;
        double a0 = (1 + 0.9 * 0.4 - 0.5) + 0.72 * a1;
        assertThat(r.advantages()).containsExactly(new double[] {a0, a1, 0.7}, within(1e-12));
    }

    @Test
    void lambdaOneGivesDiscountedReturnsMinusValues() {
        Gae.Result r = Gae.compute(REWARDS, VALUES, new boolean[] {false, false, true},
                new boolean[] {false, false, true}, new double[3], 0.5, 1.0);
        assertThat(r.returns()).containsExactly(new double[] {1.75, 1.5, 1.0}, within(1e-12));
    }
}
