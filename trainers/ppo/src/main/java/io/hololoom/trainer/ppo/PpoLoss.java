package io.hololoom.trainer.ppo;

import io.hololoom.trainer.common.PolicyMath;

/**
 * The PPO loss of one minibatch and its closed-form gradient with respect to the logits and the values.
 *
 * <p>{@code L = -mean(min(r A, clip(r, 1-e, 1+e) A)) + c_v mean((V - R)^2) - c_h mean(H)} with
 * {@code r = exp(log pi(a|s) - log pi_old(a|s))}. The surrogate's gradient flows through {@code r} only where the
 * unclipped term is the minimum: {@code dL/dz_j = -A r (onehot(a)_j - p_j) / m}. The entropy gradient is
 * {@code dH/dz_j = -p_j (log p_j + H)}. With value clipping, the value term is
 * {@code mean(max((V - R)^2, (V_old + clip(V - V_old, -c, c) - R)^2))}. With per-row weights {@code w} (the
 * decoupled objective's truncated {@code pi_prox / mu}) the surrogate term of each row and its gradient are
 * multiplied by {@code w}, and the approximate KL {@code mean((r - 1) - log r)} becomes the weighted mean
 * {@code sum(w ((r - 1) - log r)) / sum(w)}: the importance-sampled estimate of {@code KL(pi_anchor || pi)}, in
 * which rows logged with actions the anchor policy would now rarely take (weight near 0) count as little as
 * they do in the loss.
 */
final class PpoLoss {
    private PpoLoss() {
    }

    /** Loss parts (means over the minibatch) and gradients. */
    record Result(double policyLoss, double valueLoss, double entropy, double approxKl, double clipFraction,
            float[][] dLogits, float[] dValues) {
        double total(double valueCoef, double entropyCoef) {
            return policyLoss + valueCoef * valueLoss - entropyCoef * entropy;
        }
    }

    /**
     * @param advantages already normalised if the trainer normalises
     * @param oldValues the rollout's values (used only when {@code clipRangeValue > 0})
     */
    static Result evaluate(float[][] logits, float[] values, int[] actions, double[] oldLogProbabilities,
            double[] advantages, double[] returns, double[] oldValues, double clipRange, double clipRangeValue,
            double valueCoef, double entropyCoef) {
        return evaluate(logits, values, actions, oldLogProbabilities, null, advantages, returns, oldValues, clipRange,
                clipRangeValue, valueCoef, entropyCoef);
    }

    /**
     * @param weights per-row weights of the surrogate term, or null for 1 everywhere
     */
    static Result evaluate(float[][] logits, float[] values, int[] actions, double[] oldLogProbabilities,
            double[] weights, double[] advantages, double[] returns, double[] oldValues, double clipRange,
            double clipRangeValue, double valueCoef, double entropyCoef) {
        int m = actions.length;
        float[][] dLogits = new float[m][logits[0].length];
        float[] dValues = new float[m];
        double policyLoss = 0;
        double valueLoss = 0;
        double entropySum = 0;
        double kl = 0;
        double klWeight = 0;
        int clipped = 0;
        for (int i = 0; i < m; i++) {
            double[] logP = PolicyMath.logSoftmax(logits[i]);
            double[] p = PolicyMath.exp(logP);
            double logRatio = logP[actions[i]] - oldLogProbabilities[i];
            double ratio = Math.exp(logRatio);
            double a = weights == null ? advantages[i] : weights[i] * advantages[i];
            double unclipped = ratio * a;
            double clippedRatio = Math.max(1 - clipRange, Math.min(1 + clipRange, ratio));
            double clippedTerm = clippedRatio * a;
            policyLoss -= Math.min(unclipped, clippedTerm);
            if (unclipped <= clippedTerm) {
                PolicyMath.addLogProbabilityGradient(dLogits[i], p, actions[i], -a * ratio / m);
            }
            if (Math.abs(ratio - 1) > clipRange) {
                clipped++;
            }
            double w = weights == null ? 1 : weights[i];
            kl += w * ((ratio - 1) - logRatio);
            klWeight += w;
            double h = PolicyMath.entropy(p, logP);
            entropySum += h;
            PolicyMath.addEntropyGradient(dLogits[i], p, logP, h, -entropyCoef / m);

            double v = values[i];
            double error = v - returns[i];
            if (clipRangeValue > 0) {
                double delta = Math.max(-clipRangeValue, Math.min(clipRangeValue, v - oldValues[i]));
                double clippedError = oldValues[i] + delta - returns[i];
                if (clippedError * clippedError > error * error) {
                    valueLoss += clippedError * clippedError;
                    boolean inside = Math.abs(v - oldValues[i]) < clipRangeValue;
                    dValues[i] = inside ? (float) (valueCoef * 2 * clippedError / m) : 0f;
                    continue;
                }
            }
            valueLoss += error * error;
            dValues[i] = (float) (valueCoef * 2 * error / m);
        }
        double approxKl = klWeight > 0 ? kl / klWeight : 0;
        return new Result(policyLoss / m, valueLoss / m, entropySum / m, approxKl, (double) clipped / m, dLogits,
                dValues);
    }

    /** Advantages of the rows, normalised to mean 0 and (unbiased) std 1 when there are at least two. */
    static double[] normalise(double[] advantages) {
        int m = advantages.length;
        if (m < 2) {
            return advantages.clone();
        }
        double mean = PolicyMath.mean(advantages);
        double s = 0;
        for (double a : advantages) {
            s += (a - mean) * (a - mean);
        }
        double std = Math.sqrt(s / (m - 1));
        double[] out = new double[m];
        for (int i = 0; i < m; i++) {
            out[i] = (advantages[i] - mean) / (std + 1e-8);
        }
        return out;
    }
}
