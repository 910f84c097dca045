package io.hololoom.policy.neural;

import io.hololoom.api.learn.ActorCriticNetwork;
import io.hololoom.api.learn.ForwardPass;
import java.util.Random;

/**
 * Finite-difference check of a network's backward pass against the linear test loss
 * {@code L = sum(c * logits) + sum(d * values)}, whose output gradients are {@code c} and {@code d}. The loss
 * is summed in double from the float outputs; central differences with a step suited to float precision.
 */
final class GradientCheck {
    static final double STEP = 1e-2;

    private GradientCheck() {
    }

    /** Random parameters of a moderate scale, so every layer's gradient matters. */
    static float[] randomParameters(int count, long seed, double scale) {
        Random random = new Random(seed);
        float[] p = new float[count];
        for (int i = 0; i < count; i++) {
            p[i] = (float) (random.nextGaussian() * scale);
        }
        return p;
    }

    static float[][] randomMatrix(int rows, int cols, long seed) {
        Random random = new Random(seed);
        float[][] m = new float[rows][cols];
        for (float[] row : m) {
            for (int j = 0; j < cols; j++) {
                row[j] = (float) random.nextGaussian();
            }
        }
        return m;
    }

    static double loss(ActorCriticNetwork network, float[][] x, float[][] c, float[] d) {
        ForwardPass pass = network.forward(x);
        double loss = 0;
        for (int b = 0; b < x.length; b++) {
            for (int a = 0; a < c[b].length; a++) {
                loss += (double) c[b][a] * pass.logits()[b][a];
            }
            loss += (double) d[b] * pass.values()[b];
        }
        return loss;
    }

    /**
     * Numerical gradient of the test loss with respect to every parameter: central differences at steps h
     * and h/2 combined by Richardson extrapolation, so the truncation error is O(h^4) and the float rounding
     * of the outputs dominates.
     */
    static double[] numerical(ActorCriticNetwork network, float[][] x, float[][] c, float[] d) {
        float[] base = network.parameters();
        double[] g = new double[base.length];
        for (int i = 0; i < base.length; i++) {
            double coarse = central(network, base, i, STEP, x, c, d);
            double fine = central(network, base, i, STEP / 2, x, c, d);
            g[i] = (4 * fine - coarse) / 3;
        }
        network.setParameters(base);
        return g;
    }

    private static double central(ActorCriticNetwork network, float[] base, int i, double step, float[][] x,
            float[][] c, float[] d) {
        float[] p = base.clone();
        p[i] = (float) (base[i] + step);
        double up = p[i] - base[i];
        network.setParameters(p);
        double plus = loss(network, x, c, d);
        p[i] = (float) (base[i] - step);
        double down = base[i] - p[i];
        network.setParameters(p);
        double minus = loss(network, x, c, d);
        return (plus - minus) / (up + down);
    }

    /** Largest of |analytic − numeric| / (2e-3 + |numeric|) over all parameters: float-precision tolerance. */
    static double maxError(float[] analytic, double[] numeric) {
        double worst = 0;
        for (int i = 0; i < numeric.length; i++) {
            worst = Math.max(worst, Math.abs(analytic[i] - numeric[i]) / (2e-3 + Math.abs(numeric[i])));
        }
        return worst;
    }
}
