package io.hololoom.trainer.common;

import io.hololoom.api.learn.SeededRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PolicyMathTest {
    @Test
    void logSoftmaxIsStableForLargeLogits() {
        double[] l = PolicyMath.logSoftmax(new float[] {1000f, 1000f});
        assertThat(l).containsExactly(new double[] {-Math.log(2), -Math.log(2)}, within(1e-12));
    }

    @Test
    void entropyOfUniformIsLogN() {
        double[] logP = PolicyMath.logSoftmax(new float[] {0, 0, 0, 0});
        assertThat(PolicyMath.entropy(PolicyMath.exp(logP), logP)).isCloseTo(Math.log(4), within(1e-12));
    }

    @Test
    void entropyGradientMatchesFiniteDifferences() {
        float[] z = {0.3f, -1.2f, 0.8f};
        float[] analytic = new float[3];
        double[] logP = PolicyMath.logSoftmax(z);
        double[] p = PolicyMath.exp(logP);
        PolicyMath.addEntropyGradient(analytic, p, logP, PolicyMath.entropy(p, logP), 1.0);
        for (int j = 0; j < 3; j++) {
            float[] up = z.clone();
            float[] down = z.clone();
            up[j] += 1e-3f;
            down[j] -= 1e-3f;
            double numeric = (h(up) - h(down)) / (up[j] - down[j]);
            assertThat((double) analytic[j]).isCloseTo(numeric, within(1e-5));
        }
    }

    private static double h(float[] z) {
        double[] logP = PolicyMath.logSoftmax(z);
        return PolicyMath.entropy(PolicyMath.exp(logP), logP);
    }

    @Test
    void gradientNormClippingScalesOnlyAboveTheLimit() {
        float[] g = {3f, 4f};
        assertThat(PolicyMath.clipGradientNorm(g, 0.5)).isEqualTo(5.0);
        assertThat(Math.hypot(g[0], g[1])).isCloseTo(0.5, within(1e-6));
        float[] small = {0.1f, 0.2f};
        PolicyMath.clipGradientNorm(small, 0.5);
        assertThat(small).containsExactly(0.1f, 0.2f);
    }

    @Test
    void explainedVariance() {
        assertThat(PolicyMath.explainedVariance(new double[] {1, 2, 3}, new double[] {1, 2, 3})).isEqualTo(1.0);
        assertThat(PolicyMath.explainedVariance(new double[] {0, 0, 0}, new double[] {1, 2, 3})).isCloseTo(0.0,
                within(1e-12));
        assertThat(PolicyMath.explainedVariance(new double[] {0, 1}, new double[] {1, 1})).isNaN();
    }

    @Test
    void adamFirstStepMovesEachParameterByTheLearningRate() {
        Adam adam = new Adam(2, 1e-5);
        float[] p = {1f, 1f};
        adam.step(p, new float[] {0.5f, -2f}, 0.1);
        // bias-corrected m = g, v = g^2: step = lr * g / (|g| + eps)
        assertThat((double) p[0]).isCloseTo(1 - 0.1 * 0.5 / (0.5 + 1e-5), within(1e-6));
        assertThat((double) p[1]).isCloseTo(1 + 0.1 * 2 / (2 + 1e-5), within(1e-6));
        assertThat(adam.stepCount()).isEqualTo(1);
        assertThat(adam.firstMoment()).containsExactly(new double[] {0.05, -0.2}, within(1e-9));
    }

    @Test
    void adamStateRoundTrips() {
        Adam a = new Adam(3, 1e-5);
        float[] pa = {1, 2, 3};
        a.step(pa, new float[] {0.1f, 0.2f, -0.3f}, 0.01);
        Adam b = new Adam(1e-5, a.stepCount(), a.firstMoment(), a.secondMoment());
        float[] pb = pa.clone();
        a.step(pa, new float[] {0.4f, -0.1f, 0.2f}, 0.01);
        b.step(pb, new float[] {0.4f, -0.1f, 0.2f}, 0.01);
        assertThat(pb).containsExactly(pa);
    }

    @Test
    void shuffleIsAPermutationAndSeeded() {
        int[] a = {0, 1, 2, 3, 4, 5, 6, 7};
        int[] b = a.clone();
        new SeededRandom(3).shuffle(a);
        new SeededRandom(3).shuffle(b);
        assertThat(a).containsExactly(b).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7);
        int[] counts = new int[3];
        SeededRandom r = new SeededRandom(1);
        for (int i = 0; i < 3000; i++) {
            counts[r.nextInt(3)]++;
        }
        for (int c : counts) {
            assertThat(c).isBetween(900, 1100);
        }
    }
}
