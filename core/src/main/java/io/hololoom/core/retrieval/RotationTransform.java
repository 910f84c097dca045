package io.hololoom.core.retrieval;

import static java.util.Objects.requireNonNull;

/**
 * An orthogonal transform given by a matrix whose rows are orthonormal: {@code out = R · v}. Shared by the
 * random rotation and PCA; immutable.
 */
class RotationTransform implements ScaleTransform {
    private final String name;
    private final int dimension;
    /** Row-major d × d; row i is the i-th output axis. */
    private final float[] rows;
    /** The same matrix by columns, for {@link VectorMath#multiplyColumns} (the fast projection kernel). */
    private final float[][] columns;

    RotationTransform(String name, int dimension, float[] rows) {
        this.name = requireNonNull(name, "name is null");
        this.dimension = ScaleTransforms.checkDimension(dimension);
        requireNonNull(rows, "rows is null");
        if (rows.length != dimension * dimension) {
            throw new IllegalArgumentException("rotation matrix has [" + rows.length + "] entries, expected ["
                    + dimension * dimension + "]");
        }
        this.rows = rows.clone();
        this.columns = new float[dimension][dimension];
        for (int i = 0; i < dimension; i++) {
            for (int j = 0; j < dimension; j++) {
                columns[j][i] = rows[i * dimension + j];
            }
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public void apply(float[] vector, float[] out) {
        VectorMath.multiplyColumns(columns, vector, out);
    }

    @Override
    public void invert(float[] vector, float[] out) {
        // out = R^T v, accumulated in double: inversion is used when refitting, where errors would compound
        double[] acc = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            double vi = vector[i];
            int base = i * dimension;
            for (int j = 0; j < dimension; j++) {
                acc[j] += vi * rows[base + j];
            }
        }
        for (int j = 0; j < dimension; j++) {
            out[j] = (float) acc[j];
        }
    }

    /** A copy of the matrix, row-major d × d (row i is the i-th output axis): what persisting a fit needs. */
    final float[] rows() {
        return rows.clone();
    }

    /** Entry (i, j) of the matrix, for tests. */
    final float entry(int i, int j) {
        return rows[i * dimension + j];
    }

    @Override
    public String toString() {
        return name + "(" + dimension + ")";
    }

    /**
     * Turns the rows of {@code m} (d × d, double) into an orthonormal set with modified Gram-Schmidt, in place,
     * and returns them as floats. Used to clean up numerical drift from decompositions.
     */
    static float[] orthonormalRows(double[][] m) {
        int d = m.length;
        for (int i = 0; i < d; i++) {
            double[] row = m[i];
            for (int p = 0; p < i; p++) {
                double[] prev = m[p];
                double proj = 0;
                for (int j = 0; j < d; j++) {
                    proj += row[j] * prev[j];
                }
                for (int j = 0; j < d; j++) {
                    row[j] -= proj * prev[j];
                }
            }
            double norm = 0;
            for (int j = 0; j < d; j++) {
                norm += row[j] * row[j];
            }
            norm = Math.sqrt(norm);
            if (norm < 1e-9) {
                throw new IllegalStateException("rotation matrix is rank-deficient at row [" + i + "]");
            }
            for (int j = 0; j < d; j++) {
                row[j] /= norm;
            }
        }
        float[] out = new float[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                out[i * d + j] = (float) m[i][j];
            }
        }
        return out;
    }
}
