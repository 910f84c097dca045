package io.hololoom.policy.linucb;

/**
 * One tool's ridge-regression model: {@code A⁻¹} (kept directly and updated by Sherman–Morrison, never
 * inverted), {@code b = Σ r·x} and {@code θ = A⁻¹b}.
 *
 * <p>A⁻¹ is symmetric, so only its upper triangle is stored, packed row by row ({@code size·(size+1)/2}
 * doubles): element (i, j) with {@code j >= i} is at {@code base(i) + j}. At observation lengths of a few
 * hundred the work is bound by memory traffic, so this halves the cost of both decide and update as well
 * as the memory and the state file. Feature vectors arrive as a dense array plus the ascending indices of
 * their non-zero entries, so sparse parts (one-hot motifs) cost little.
 *
 * <p>Not thread-safe: {@link LinUcbPolicy} guards it with its lock.
 */
final class LinearArm {
    final int size;
    /** Packed upper triangle of A⁻¹. */
    final double[] aInv;
    final double[] b;
    final double[] theta;
    long updates;

    /** A fresh arm: {@code A = lambda·I}, {@code b = θ = 0}. */
    LinearArm(int size, double lambda) {
        this(size, new double[packedLength(size)], new double[size], new double[size], 0);
        double diagonal = 1.0 / lambda;
        for (int i = 0; i < size; i++) {
            aInv[base(i) + i] = diagonal;
        }
    }

    LinearArm(int size, double[] aInv, double[] b, double[] theta, long updates) {
        if (aInv.length != packedLength(size) || b.length != size || theta.length != size) {
            throw new IllegalArgumentException("arm arrays do not match size [" + size + "]");
        }
        this.size = size;
        this.aInv = aInv;
        this.b = b;
        this.theta = theta;
        this.updates = updates;
    }

    /** The number of doubles of a packed triangle of a {@code size × size} matrix. */
    static int packedLength(int size) {
        return size * (size + 1) / 2;
    }

    /** Element (i, j), {@code j >= i}, of the packed triangle is at {@code base(i) + j}. */
    int base(int i) {
        return i * size - i * (i - 1) / 2 - i;
    }

    /** Element (i, j) of A⁻¹, either order. */
    double inverse(int i, int j) {
        return i <= j ? aInv[base(i) + j] : aInv[base(j) + i];
    }

    /** {@code θ·x}. */
    double mean(double[] x, int[] nz, int k) {
        double sum = 0;
        for (int t = 0; t < k; t++) {
            sum += theta[nz[t]] * x[nz[t]];
        }
        return sum;
    }

    /**
     * {@code xᵀA⁻¹x = Σ x_i² a_ii + 2·Σ_{i<j} x_i a_ij x_j}, the squared width of the confidence interval
     * (before alpha).
     */
    double variance(double[] x, int[] nz, int k) {
        double sum = 0;
        if (2 * k > size) {
            for (int s = 0; s < k; s++) {
                int i = nz[s];
                int row = base(i);
                sum += x[i] * (aInv[row + i] * x[i] + 2 * dot(aInv, row, x, i + 1, size));
            }
        } else {
            for (int s = 0; s < k; s++) {
                int i = nz[s];
                int row = base(i);
                double off = 0;
                for (int t = s + 1; t < k; t++) {
                    off += aInv[row + nz[t]] * x[nz[t]];
                }
                sum += x[i] * (aInv[row + i] * x[i] + 2 * off);
            }
        }
        return Math.max(sum, 0); // rounding can leave a tiny negative value
    }

    /**
     * {@code Σ a[offset + j]·x[j]} for j in [from, to). Four independent sums, because a single running sum
     * is bound by the latency of each addition (Java may not reorder floating-point sums itself).
     */
    static double dot(double[] a, int offset, double[] x, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = from;
        for (; j + 3 < to; j += 4) {
            s0 += a[offset + j] * x[j];
            s1 += a[offset + j + 1] * x[j + 1];
            s2 += a[offset + j + 2] * x[j + 2];
            s3 += a[offset + j + 3] * x[j + 3];
        }
        for (; j < to; j++) {
            s0 += a[offset + j] * x[j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Adds one example: {@code A += xxᵀ, b += r·x} with the matching rank-1 updates of A⁻¹ and θ. */
    void update(double[] x, int[] nz, int k, double reward) {
        // u = A⁻¹x in one pass over the triangle: row i gives u_i its j >= i terms and, by symmetry,
        // adds a_ij·x_i to every later u_j
        double[] u = new double[size];
        for (int i = 0; i < size; i++) {
            int row = base(i);
            double xi = x[i];
            u[i] += aInv[row + i] * xi + dot(aInv, row, x, i + 1, size);
            if (xi != 0) {
                for (int j = i + 1; j < size; j++) {
                    u[j] += aInv[row + j] * xi;
                }
            }
        }
        double xu = 0;
        double prediction = 0;
        for (int t = 0; t < k; t++) {
            xu += x[nz[t]] * u[nz[t]];
            prediction += x[nz[t]] * theta[nz[t]];
        }
        // Sherman–Morrison: (A + xxᵀ)⁻¹ = A⁻¹ - uuᵀ / (1 + xᵀu)
        double scale = 1.0 / (1.0 + xu);
        for (int i = 0; i < size; i++) {
            double ui = u[i] * scale;
            if (ui == 0) {
                continue;
            }
            int row = base(i);
            for (int j = i; j < size; j++) {
                aInv[row + j] -= ui * u[j];
            }
        }
        // θ' = (A + xxᵀ)⁻¹(b + r·x) = θ + u·(r - θ·x) / (1 + xᵀu)
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
