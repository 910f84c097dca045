package io.hololoom.policy.linucb;

/**
 * One tool's ridge-regression model: {@code A⁻¹} (kept directly and updated by Sherman–Morrison, never
 * inverted), {@code b = Σ r·x} and {@code θ = A⁻¹b}. Feature vectors arrive as a dense array plus the
 * indices of their non-zero entries, so sparse parts of an observation (one-hot motifs) cost nothing.
 *
 * <p>Not thread-safe: {@link LinUcbPolicy} guards it with its lock.
 */
final class LinearArm {
    final int size;
    final double[] aInv;
    final double[] b;
    final double[] theta;
    long updates;

    /** A fresh arm: {@code A = lambda·I}, {@code b = θ = 0}. */
    LinearArm(int size, double lambda) {
        this(size, new double[size * size], new double[size], new double[size], 0);
        double diagonal = 1.0 / lambda;
        for (int i = 0; i < size; i++) {
            aInv[i * size + i] = diagonal;
        }
    }

    LinearArm(int size, double[] aInv, double[] b, double[] theta, long updates) {
        this.size = size;
        this.aInv = aInv;
        this.b = b;
        this.theta = theta;
        this.updates = updates;
    }

    /** {@code θ·x}. */
    double mean(double[] x, int[] nz, int k) {
        double sum = 0;
        for (int t = 0; t < k; t++) {
            sum += theta[nz[t]] * x[nz[t]];
        }
        return sum;
    }

    /** {@code xᵀA⁻¹x}, the squared width of the confidence interval (before alpha). */
    double variance(double[] x, int[] nz, int k) {
        double sum = 0;
        if (k == size) {
            // dense: contiguous rows, which the JIT vectorises
            for (int i = 0; i < size; i++) {
                double xi = x[i];
                if (xi == 0) {
                    continue;
                }
                int row = i * size;
                double dot = 0;
                for (int j = 0; j < size; j++) {
                    dot += aInv[row + j] * x[j];
                }
                sum += xi * dot;
            }
        } else {
            for (int s = 0; s < k; s++) {
                int i = nz[s];
                int row = i * size;
                double dot = 0;
                for (int t = 0; t < k; t++) {
                    dot += aInv[row + nz[t]] * x[nz[t]];
                }
                sum += x[i] * dot;
            }
        }
        return Math.max(sum, 0); // rounding can leave a tiny negative value
    }

    /** Adds one example: {@code A += xxᵀ, b += r·x} with the matching rank-1 updates of A⁻¹ and θ. */
    void update(double[] x, int[] nz, int k, double reward) {
        double[] u = new double[size];
        for (int i = 0; i < size; i++) {
            int row = i * size;
            double dot = 0;
            for (int t = 0; t < k; t++) {
                dot += aInv[row + nz[t]] * x[nz[t]];
            }
            u[i] = dot;
        }
        double xu = 0;
        double prediction = 0;
        for (int t = 0; t < k; t++) {
            xu += x[nz[t]] * u[nz[t]];
            prediction += x[nz[t]] * theta[nz[t]];
        }
        double scale = 1.0 / (1.0 + xu);
        for (int i = 0; i < size; i++) {
            double ui = u[i];
            if (ui == 0) {
                continue;
            }
            int row = i * size;
            for (int j = 0; j < size; j++) {
                // (ui·uj)·scale is the same number for (i, j) and (j, i), so A⁻¹ stays exactly symmetric
                aInv[row + j] -= ui * u[j] * scale;
            }
        }
        double step = (reward - prediction) * scale;
        for (int i = 0; i < size; i++) {
            theta[i] += u[i] * step;
        }
        for (int t = 0; t < k; t++) {
            b[nz[t]] += reward * x[nz[t]];
        }
        updates++;
    }
}
