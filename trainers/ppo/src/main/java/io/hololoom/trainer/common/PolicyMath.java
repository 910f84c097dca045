package io.hololoom.trainer.common;

/**
 * Categorical-policy arithmetic in double precision shared by the trainers: log-softmax, entropy and the
 * closed-form gradients with respect to the logits; global gradient-norm clipping; simple statistics.
 */
public final class PolicyMath {
    private PolicyMath() {
    }

    /** log softmax(logits), stable for large logits. */
    public static double[] logSoftmax(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l);
        }
        double sum = 0;
        for (float l : logits) {
            sum += Math.exp(l - max);
        }
        double logSum = max + Math.log(sum);
        double[] out = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            out[i] = logits[i] - logSum;
        }
        return out;
    }

    /** exp of each value. */
    public static double[] exp(double[] logs) {
        double[] out = new double[logs.length];
        for (int i = 0; i < logs.length; i++) {
            out[i] = Math.exp(logs[i]);
        }
        return out;
    }

    /** Entropy {@code -sum p log p} of a distribution given as probabilities and their logs. */
    public static double entropy(double[] p, double[] logP) {
        double h = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                h -= p[i] * logP[i];
            }
        }
        return h;
    }

    /**
     * Adds {@code scale * d(log p[action])/d logits = scale * (onehot(action) - p)} to {@code target}.
     */
    public static void addLogProbabilityGradient(float[] target, double[] p, int action, double scale) {
        for (int j = 0; j < p.length; j++) {
            target[j] += (float) (scale * ((j == action ? 1.0 : 0.0) - p[j]));
        }
    }

    /** Adds {@code scale * dH/d logits = scale * (-p_j (log p_j + H))} to {@code target}. */
    public static void addEntropyGradient(float[] target, double[] p, double[] logP, double entropy, double scale) {
        for (int j = 0; j < p.length; j++) {
            if (p[j] > 0) {
                target[j] += (float) (scale * (-p[j] * (logP[j] + entropy)));
            }
        }
    }

    /**
     * Scales {@code gradient} in place so its global L2 norm is at most {@code maxNorm} (PyTorch's
     * {@code clip_grad_norm_}: factor {@code maxNorm / (norm + 1e-6)} when that is below 1).
     *
     * @return the norm before clipping
     */
    public static double clipGradientNorm(float[] gradient, double maxNorm) {
        double sum = 0;
        for (float g : gradient) {
            sum += (double) g * g;
        }
        double norm = Math.sqrt(sum);
        double factor = maxNorm / (norm + 1e-6);
        if (factor < 1) {
            for (int i = 0; i < gradient.length; i++) {
                gradient[i] = (float) (gradient[i] * factor);
            }
        }
        return norm;
    }

    public static double mean(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s / values.length;
    }

    /** Population variance. */
    public static double variance(double[] values) {
        double mean = mean(values);
        double s = 0;
        for (double v : values) {
            s += (v - mean) * (v - mean);
        }
        return s / values.length;
    }

    /** {@code 1 - Var(returns - values) / Var(returns)}; NaN when the returns do not vary. */
    public static double explainedVariance(double[] values, double[] returns) {
        double varReturns = variance(returns);
        if (varReturns == 0) {
            return Double.NaN;
        }
        double[] residual = new double[returns.length];
        for (int i = 0; i < returns.length; i++) {
            residual[i] = returns[i] - values[i];
        }
        return 1 - variance(residual) / varReturns;
    }
}
