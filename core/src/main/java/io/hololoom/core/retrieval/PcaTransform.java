package io.hololoom.core.retrieval;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * The {@code pca} transform: a rotation onto the principal axes of the stored vectors, largest variance
 * first, so that a prefix keeps as much of the spread between vectors as any prefix of that length can.
 *
 * <p>The axes come from the eigen-decomposition (Commons Math) of the covariance of a sample of at most
 * {@link #MAX_SAMPLE} vectors, chosen with the seed. The data are centred for the covariance only: the
 * rotation itself is applied to uncentred vectors, so dot products (cosines) are preserved. Until it is
 * {@link #fit fitted} the transform is the identity. Immutable.
 */
final class PcaTransform implements ScaleTransform {
    static final String NAME = "pca";
    /** Enough to estimate a 384 × 384 covariance well; caps the fit at about a second. */
    static final int MAX_SAMPLE = 10_000;

    private final int dimension;
    private final long seed;
    private final RotationTransform rotation;
    private final double[] variances;

    /** An unfitted PCA transform (the identity until fitted). */
    PcaTransform(int dimension, long seed) {
        this(dimension, seed, null, null);
    }

    private PcaTransform(int dimension, long seed, RotationTransform rotation, double[] variances) {
        this.dimension = ScaleTransforms.checkDimension(dimension);
        this.seed = seed;
        this.rotation = rotation;
        this.variances = variances;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public boolean fittable() {
        return true;
    }

    /** Whether this transform has been fitted (an unfitted one is the identity). */
    boolean fitted() {
        return rotation != null;
    }

    /** The variance of the sample along each output axis, largest first; empty before fitting. */
    double[] variances() {
        return variances == null ? new double[0] : variances.clone();
    }

    /** The seed that chooses the fitting sample. */
    long seed() {
        return seed;
    }

    /** A copy of the rotation matrix (row-major d × d, largest variance first); null before fitting. */
    float[] rotationRows() {
        return rotation == null ? null : rotation.rows();
    }

    /**
     * A fitted transform rebuilt from what {@link #seed()}, {@link #rotationRows()} and {@link #variances()} of
     * a fitted one returned: bit-exactly the same transform (the matrix is taken as it is, not re-orthonormalised).
     *
     * @throws IllegalArgumentException if the lengths do not match the dimension
     */
    static PcaTransform restored(int dimension, long seed, float[] rows, double[] variances) {
        requireNonNull(rows, "rows is null");
        requireNonNull(variances, "variances is null");
        if (variances.length != dimension) {
            throw new IllegalArgumentException("PCA variances have length [" + variances.length + "], expected ["
                    + dimension + "]");
        }
        return new PcaTransform(dimension, seed, new RotationTransform(NAME, dimension, rows), variances.clone());
    }

    @Override
    public void apply(float[] vector, float[] out) {
        if (rotation == null) {
            System.arraycopy(vector, 0, out, 0, dimension);
        } else {
            rotation.apply(vector, out);
        }
    }

    @Override
    public void invert(float[] vector, float[] out) {
        if (rotation == null) {
            System.arraycopy(vector, 0, out, 0, dimension);
        } else {
            rotation.invert(vector, out);
        }
    }

    @Override
    public PcaTransform fit(List<float[]> sample) {
        requireNonNull(sample, "sample is null");
        if (sample.size() < 2) {
            // a covariance needs two points; stay as we are rather than invent axes
            return this;
        }
        List<float[]> chosen = choose(sample);
        int d = dimension;
        double[] mean = new double[d];
        for (float[] v : chosen) {
            if (v == null || v.length != d) {
                throw new IllegalArgumentException("PCA sample vector has length [" + (v == null ? "null" : v.length)
                        + "], expected [" + d + "]");
            }
            for (int j = 0; j < d; j++) {
                mean[j] += v[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= chosen.size();
        }
        double[][] cov = new double[d][d];
        double[] centred = new double[d];
        for (float[] v : chosen) {
            for (int j = 0; j < d; j++) {
                centred[j] = v[j] - mean[j];
            }
            for (int i = 0; i < d; i++) {
                double ci = centred[i];
                double[] row = cov[i];
                for (int j = i; j < d; j++) {
                    row[j] += ci * centred[j];
                }
            }
        }
        double scale = 1.0 / (chosen.size() - 1);
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                cov[i][j] *= scale;
                cov[j][i] = cov[i][j];
            }
        }
        return fromCovariance(cov);
    }

    private PcaTransform fromCovariance(double[][] cov) {
        int d = dimension;
        RealMatrix matrix = new Array2DRowRealMatrix(cov, false);
        EigenDecomposition eigen = new EigenDecomposition(matrix);
        double[] values = eigen.getRealEigenvalues();
        Integer[] order = new Integer[d];
        for (int i = 0; i < d; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -values[i]).thenComparingInt(i -> i));
        double[][] axes = new double[d][];
        double[] sortedValues = new double[d];
        for (int r = 0; r < d; r++) {
            RealVector axis = eigen.getEigenvector(order[r]);
            axes[r] = axis.toArray();
            sortedValues[r] = Math.max(0, values[order[r]]);
            orientSign(axes[r]);
        }
        float[] rows = RotationTransform.orthonormalRows(axes);
        return new PcaTransform(d, seed, new RotationTransform(NAME, d, rows), sortedValues);
    }

    /** Makes each axis point so that its largest coordinate is positive: the same data give the same matrix. */
    private static void orientSign(double[] axis) {
        int argMax = 0;
        for (int j = 1; j < axis.length; j++) {
            if (Math.abs(axis[j]) > Math.abs(axis[argMax])) {
                argMax = j;
            }
        }
        if (axis[argMax] < 0) {
            for (int j = 0; j < axis.length; j++) {
                axis[j] = -axis[j];
            }
        }
    }

    private List<float[]> choose(List<float[]> sample) {
        if (sample.size() <= MAX_SAMPLE) {
            return sample;
        }
        List<float[]> copy = new ArrayList<>(sample);
        Collections.shuffle(copy, new Random(seed));
        return copy.subList(0, MAX_SAMPLE);
    }

    @Override
    public String toString() {
        return NAME + "(" + dimension + (fitted() ? ", fitted" : ", unfitted") + ")";
    }
}
