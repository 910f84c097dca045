package io.hololoom.policy.bandit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BanditsTest {
    @Test
    void epsilonGreedySharesTheGreedyMassAmongTies() {
        assertThat(Bandits.epsilonGreedy(new double[] {0.1, 0.5, 0.2}, 0.1))
                .containsExactly(new double[] {0.1 / 3, 0.1 / 3 + 0.9, 0.1 / 3}, within(1e-12));
        assertThat(Bandits.epsilonGreedy(new double[] {0.5, 0.5, 0.2, 0.1}, 0.2))
                .containsExactly(new double[] {0.05 + 0.4, 0.05 + 0.4, 0.05, 0.05}, within(1e-12));
        assertThat(Bandits.epsilonGreedy(new double[] {1, 1, 1}, 0.1))
                .containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(1e-12));
    }

    @Test
    void floorSpreadsOverTheNonBestActions() {
        assertThat(Bandits.withFloor(new double[] {0.1, 0.9, 0.3}, 0.02))
                .containsExactly(new double[] {0.01, 0.98, 0.01}, within(1e-12));
        assertThat(Bandits.withFloor(new double[] {2, 2}, 0.02)).containsExactly(0.5, 0.5);
        assertThat(Bandits.withFloor(new double[] {3}, 0.02)).containsExactly(1.0);
    }

    @Test
    void argmaxTakesTheLowestIndexOnTies() {
        assertThat(Bandits.argmax(new double[] {1, 3, 3, 2})).isEqualTo(1);
        assertThat(Bandits.argmax(new double[] {-1})).isZero();
    }

    @Test
    void sampleFollowsTheProbabilitiesAndNeverPicksZero() {
        BanditRandom r = new BanditRandom(1);
        double[] p = {0.2, 0.0, 0.8};
        int[] counts = new int[3];
        for (int i = 0; i < 10_000; i++) {
            counts[Bandits.sample(p, r)]++;
        }
        assertThat(counts[1]).isZero();
        assertThat(counts[0]).isBetween(1800, 2200);
    }
}
