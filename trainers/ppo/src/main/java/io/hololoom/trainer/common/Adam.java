package io.hololoom.trainer.common;

import static java.util.Objects.requireNonNull;

/**
 * Adam over a flat parameter vector, with PyTorch's update rule
 * ({@code p -= lr / (1 - b1^t) * m / (sqrt(v) / sqrt(1 - b2^t) + eps)}), moments kept in double. Its whole state
 * (step, m, v) is exposed for checkpoints. Not thread-safe.
 */
public final class Adam {
    public static final double BETA1 = 0.9;
    public static final double BETA2 = 0.999;

    private final double epsilon;
    private final double[] m;
    private final double[] v;
    private long step;

    public Adam(int size, double epsilon) {
        if (size < 1) {
            throw new IllegalArgumentException("Adam needs at least one parameter, got [" + size + "]");
        }
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("Adam epsilon must be positive, was [" + epsilon + "]");
        }
        this.epsilon = epsilon;
        this.m = new double[size];
        this.v = new double[size];
    }

    /** Restores a saved state. */
    public Adam(double epsilon, long step, double[] m, double[] v) {
        this(requireNonNull(m, "m is null").length, epsilon);
        requireNonNull(v, "v is null");
        if (v.length != m.length || step < 0) {
            throw new IllegalArgumentException("inconsistent Adam state: step [" + step + "], sizes [" + m.length
                    + ", " + v.length + "]");
        }
        System.arraycopy(m, 0, this.m, 0, m.length);
        System.arraycopy(v, 0, this.v, 0, v.length);
        this.step = step;
    }

    /**
     * Applies one step to {@code parameters} in place.
     *
     * @param gradient dLoss/dParameters, same length as the parameters
     */
    public void step(float[] parameters, float[] gradient, double learningRate) {
        if (parameters.length != m.length || gradient.length != m.length) {
            throw new IllegalArgumentException("Adam was built for [" + m.length + "] parameters, got ["
                    + parameters.length + "] parameters and [" + gradient.length + "] gradients");
        }
        step++;
        double bias1 = 1 - Math.pow(BETA1, step);
        double bias2Sqrt = Math.sqrt(1 - Math.pow(BETA2, step));
        double stepSize = learningRate / bias1;
        for (int i = 0; i < m.length; i++) {
            double g = gradient[i];
            m[i] = BETA1 * m[i] + (1 - BETA1) * g;
            v[i] = BETA2 * v[i] + (1 - BETA2) * g * g;
            double denominator = Math.sqrt(v[i]) / bias2Sqrt + epsilon;
            parameters[i] = (float) (parameters[i] - stepSize * m[i] / denominator);
        }
    }

    public int size() {
        return m.length;
    }

    public long stepCount() {
        return step;
    }

    public double epsilon() {
        return epsilon;
    }

    public double[] firstMoment() {
        return m.clone();
    }

    public double[] secondMoment() {
        return v.clone();
    }
}
