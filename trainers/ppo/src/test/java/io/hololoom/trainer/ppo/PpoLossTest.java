package io.hololoom.trainer.ppo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hololoom.trainer.common.PolicyMath;
import org.junit.jupiter.api.Test;

class PpoLossTest {
    @Test
    void clippedRatioWithPositiveAdvantageHasNoSurrogateGradient() {
        // p = (0.5, 0.5), old p(a=0) = 0.4: ratio 1.25 > 1.2, A = +1 -> min is the clipped 1.2
        PpoLoss.Result r = PpoLoss.evaluate(new float[][] {{0f, 0f}}, new float[] {0.5f}, new int[] {0},
                new double[] {Math.log(0.4)}, new double[] {1.0}, new double[] {1.0}, new double[] {0.5}, 0.2, 0,
                0.5, 0.01);
        assertThat(r.policyLoss()).isCloseTo(-1.2, within(1e-12));
        assertThat(r.clipFraction()).isEqualTo(1.0);
        assertThat(r.approxKl()).isCloseTo(0.25 - Math.log(1.25), within(1e-12));
        assertThat(r.entropy()).isCloseTo(Math.log(2), within(1e-12));
        assertThat(r.valueLoss()).isCloseTo(0.25, within(1e-12));
        // the entropy gradient vanishes at the uniform distribution
        assertThat(r.dLogits()[0]).containsExactly(0f, 0f);
        // value: 0.5 * 2 * (0.5 - 1) / 1
        assertThat(r.dValues()[0]).isEqualTo(-0.5f);
    }

    @Test
    void clippedRatioWithNegativeAdvantageKeepsTheUnclippedGradient() {
        // ratio 1.25, A = -1: min(-1.25, -1.2) = -1.25 is unclipped; dL/dz = -A r (onehot - p) = 1.25 (0.5, -0.5)
        PpoLoss.Result r = PpoLoss.evaluate(new float[][] {{0f, 0f}}, new float[] {1f}, new int[] {0},
                new double[] {Math.log(0.4)}, new double[] {-1.0}, new double[] {1.0}, new double[] {1.0}, 0.2, 0,
                0.5, 0.0);
        assertThat(r.policyLoss()).isCloseTo(1.25, within(1e-12));
        assertThat(r.dLogits()[0]).containsExactly(new float[] {0.625f, -0.625f}, within(1e-7f));
        assertThat(r.dValues()[0]).isZero();
    }

    @Test
    void gradientMatchesFiniteDifferencesOfTheTotalLoss() {
        float[][] logits = {{0.2f, -0.4f, 1.0f}, {-0.3f, 0.5f, 0.1f}, {0.9f, 0.0f, -0.7f}, {0.1f, 0.2f, 0.3f}};
        float[] values = {0.3f, -0.2f, 1.1f, 0.4f};
        int[] actions = {2, 0, 1, 1};
        double[] ratios = {0.7, 1.1, 1.4, 0.75};
        double[] advantages = {1.3, -0.8, 0.9, -1.1};
        double[] returns = {1.0, 0.5, 0.2, -0.3};
        double[] oldValues = {0.5, -0.1, 0.8, 0.2};
        double[] oldLogP = new double[4];
        for (int i = 0; i < 4; i++) {
            oldLogP[i] = PolicyMath.logSoftmax(logits[i])[actions[i]] - Math.log(ratios[i]);
        }
        for (double clipValue : new double[] {0, 0.25}) {
            PpoLoss.Result r = PpoLoss.evaluate(logits, values, actions, oldLogP, advantages, returns, oldValues, 0.2,
                    clipValue, 0.5, 0.05);
            double h = 1e-3;
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 3; j++) {
                    float[][] up = copy(logits);
                    float[][] down = copy(logits);
                    up[i][j] += (float) h;
                    down[i][j] -= (float) h;
                    double numeric = (total(up, values, actions, oldLogP, advantages, returns, oldValues, clipValue)
                            - total(down, values, actions, oldLogP, advantages, returns, oldValues, clipValue))
                            / (up[i][j] - down[i][j]);
                    assertThat((double) r.dLogits()[i][j]).as("dLogits[%d][%d] clip %s", i, j, clipValue)
                            .isCloseTo(numeric, within(1e-5));
                }
                float[] vu = values.clone();
                float[] vd = values.clone();
                vu[i] += (float) h;
                vd[i] -= (float) h;
                double numeric = (total(logits, vu, actions, oldLogP, advantages, returns, oldValues, clipValue)
                        - total(logits, vd, actions, oldLogP, advantages, returns, oldValues, clipValue))
                        / (vu[i] - vd[i]);
                assertThat((double) r.dValues()[i]).as("dValues[%d] clip %s", i, clipValue).isCloseTo(numeric,
                        within(1e-5));
            }
        }
    }

    @Test
    void weightsScaleEachRowsSurrogateAndItsGradientButNotTheValueTerm() {
        float[][] logits = {{0.2f, -0.4f, 1.0f}, {-0.3f, 0.5f, 0.1f}, {0.9f, 0.0f, -0.7f}};
        float[] values = {0.3f, -0.2f, 1.1f};
        int[] actions = {2, 0, 1};
        double[] oldLogP = {Math.log(0.5), Math.log(0.2), Math.log(0.4)};
        double[] advantages = {1.3, -0.8, 0.9};
        double[] returns = {1.0, 0.5, 0.2};
        double[] weights = {0.5, 1.0, 0.25};
        PpoLoss.Result plain = PpoLoss.evaluate(logits, values, actions, oldLogP, null, advantages, returns, returns,
                0.2, 0, 0.5, 0);
        double[] scaled = new double[3];
        for (int i = 0; i < 3; i++) {
            scaled[i] = weights[i] * advantages[i];
        }
        PpoLoss.Result weighted = PpoLoss.evaluate(logits, values, actions, oldLogP, weights, advantages, returns,
                returns, 0.2, 0, 0.5, 0);
        PpoLoss.Result byHand = PpoLoss.evaluate(logits, values, actions, oldLogP, scaled, returns, returns, 0.2, 0,
                0.5, 0);
        assertThat(weighted.policyLoss()).isCloseTo(byHand.policyLoss(), within(1e-12))
                .isNotCloseTo(plain.policyLoss(), within(1e-3));
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(weighted.dLogits()[i][j]).isCloseTo(byHand.dLogits()[i][j], within(1e-7f));
            }
        }
        assertThat(weighted.dValues()).containsExactly(plain.dValues());
        assertThat(weighted.valueLoss()).isEqualTo(plain.valueLoss());
        // approximate KL: the weighted mean of (r - 1) - log r
        double kl = 0;
        for (int i = 0; i < 3; i++) {
            double logRatio = PolicyMath.logSoftmax(logits[i])[actions[i]] - oldLogP[i];
            kl += weights[i] * (Math.exp(logRatio) - 1 - logRatio);
        }
        assertThat(weighted.approxKl()).isCloseTo(kl / (0.5 + 1.0 + 0.25), within(1e-12));
        assertThat(byHand.approxKl()).isEqualTo(plain.approxKl());
    }

    private static double total(float[][] logits, float[] values, int[] actions, double[] oldLogP, double[] adv,
            double[] returns, double[] oldValues, double clipValue) {
        return PpoLoss.evaluate(logits, values, actions, oldLogP, adv, returns, oldValues, 0.2, clipValue, 0.5, 0.05)
                .total(0.5, 0.05);
    }

    private static float[][] copy(float[][] m) {
        float[][] c = new float[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    @Test
    void advantageNormalisationUsesTheUnbiasedStd() {
        double[] n = PpoLoss.normalise(new double[] {1, 2, 3});
        assertThat(n).containsExactly(new double[] {-1, 0, 1}, within(1e-7));
        assertThat(PpoLoss.normalise(new double[] {5})).containsExactly(5);
    }
}
