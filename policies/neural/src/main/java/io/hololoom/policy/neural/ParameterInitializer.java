package io.hololoom.policy.neural;

import io.hololoom.api.learn.SeededRandom;

/**
 * Orthogonal initialisation as in the PPO reference implementations: hidden layers with gain sqrt(2), the
 * actor head with gain 0.01 (near-uniform initial policy), the critic head with gain 1, biases zero.
 * Deterministic for a seed, independent of the backend.
 */
final class ParameterInitializer {
    static final double HIDDEN_GAIN = Math.sqrt(2.0);
    static final double ACTOR_HEAD_GAIN = 0.01;
    static final double CRITIC_HEAD_GAIN = 1.0;

    private ParameterInitializer() {
    }

    static float[] initialise(NetworkLayout layout, long seed) {
        SeededRandom random = new SeededRandom(seed);
        float[] p = new float[layout.parameterCount()];
        int layers = layout.layerCount();
        for (int l = 0; l < layers; l++) {
            double gain = l == layers - 1 ? ACTOR_HEAD_GAIN : HIDDEN_GAIN;
            fill(p, layout.actorOffset(l), layout.actorSizes()[l], layout.actorSizes()[l + 1], gain, random);
        }
        for (int l = 0; l < layers; l++) {
            double gain = l == layers - 1 ? CRITIC_HEAD_GAIN : HIDDEN_GAIN;
            fill(p, layout.criticOffset(l), layout.criticSizes()[l], layout.criticSizes()[l + 1], gain, random);
        }
        return p;
    }

    /** Writes an orthogonal {@code [in][out]} matrix times {@code gain} at {@code offset}; the bias stays zero. */
    private static void fill(float[] p, int offset, int in, int out, double gain, SeededRandom random) {
        double[][] q = orthogonal(in, out, random);
        for (int i = 0; i < in; i++) {
            for (int j = 0; j < out; j++) {
                p[offset + i * out + j] = (float) (gain * q[i][j]);
            }
        }
    }

    /**
     * A {@code rows x cols} matrix with orthonormal columns (rows >= cols) or rows (rows < cols): Gaussian
     * entries orthonormalised by modified Gram-Schmidt, which equals QR with a positive diagonal of R (the
     * sign correction torch's orthogonal_ applies).
     */
    static double[][] orthogonal(int rows, int cols, SeededRandom random) {
        boolean transpose = rows < cols;
        int n = transpose ? cols : rows;
        int m = transpose ? rows : cols;
        // vectors[k] is the k-th column of the tall n x m matrix
        double[][] vectors = new double[m][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < m; k++) {
                vectors[k][i] = random.nextGaussian();
            }
        }
        for (int k = 0; k < m; k++) {
            double[] v = vectors[k];
            for (int j = 0; j < k; j++) {
                double[] u = vectors[j];
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += u[i] * v[i];
                }
                for (int i = 0; i < n; i++) {
                    v[i] -= dot * u[i];
                }
            }
            double norm = 0;
            for (int i = 0; i < n; i++) {
                norm += v[i] * v[i];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                v[i] /= norm;
            }
        }
        double[][] result = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                result[r][c] = transpose ? vectors[r][c] : vectors[c][r];
            }
        }
        return result;
    }
}
