package io.hololoom.policy.neural;

import io.hololoom.api.learn.SeededRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ParameterInitializerTest {
    @Test
    void orthogonalMatricesHaveOrthonormalColumnsOrRows() {
        for (int[] size : new int[][] {{10, 4}, {4, 10}, {6, 6}}) {
            double[][] q = ParameterInitializer.orthogonal(size[0], size[1], new SeededRandom(3));
            boolean tall = size[0] >= size[1];
            int n = tall ? size[1] : size[0];
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    double dot = 0;
                    for (int k = 0; k < (tall ? size[0] : size[1]); k++) {
                        dot += tall ? q[k][a] * q[k][b] : q[a][k] * q[b][k];
                    }
                    assertThat(dot).isCloseTo(a == b ? 1.0 : 0.0, within(1e-12));
                }
            }
        }
    }

    @Test
    void layersGetTheirGainsAndZeroBiases() {
        NetworkLayout layout = new NetworkLayout(3, 2, new int[] {4});
        float[] p = ParameterInitializer.initialise(layout, 42);
        // actor layer 0: [3][4] weights with orthonormal rows scaled by sqrt(2): W Wt = 2 I
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                double dot = 0;
                for (int j = 0; j < 4; j++) {
                    dot += p[a * 4 + j] * p[b * 4 + j];
                }
                assertThat(dot).isCloseTo(a == b ? 2.0 : 0.0, within(1e-5));
            }
        }
        for (int j = 0; j < 4; j++) {
            assertThat(p[12 + j]).isZero();
        }
        // actor head: 4x2 with gain 0.01
        int head = layout.actorOffset(1);
        double headColumn = 0;
        for (int i = 0; i < 4; i++) {
            headColumn += p[head + i * 2] * p[head + i * 2];
        }
        assertThat(Math.sqrt(headColumn)).isCloseTo(0.01, within(1e-6));
        // critic head: 4x1 with gain 1
        int critic = layout.criticOffset(1);
        double criticNorm = 0;
        for (int i = 0; i < 4; i++) {
            criticNorm += p[critic + i] * p[critic + i];
        }
        assertThat(Math.sqrt(criticNorm)).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void initialisationIsDeterministicPerSeed() {
        NetworkLayout layout = new NetworkLayout(5, 3, new int[] {8, 8});
        assertThat(ParameterInitializer.initialise(layout, 1)).containsExactly(ParameterInitializer.initialise(layout, 1));
        assertThat(ParameterInitializer.initialise(layout, 1)).isNotEqualTo(ParameterInitializer.initialise(layout, 2));
    }

    @Test
    void randomStateRoundTrips() {
        SeededRandom a = new SeededRandom(9);
        a.nextLong();
        SeededRandom b = new SeededRandom(0);
        b.setState(a.state());
        assertThat(b.nextLong()).isEqualTo(a.nextLong());
        assertThat(b.nextDouble()).isEqualTo(a.nextDouble()).isBetween(0.0, 1.0);
    }
}
