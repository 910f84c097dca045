package io.hololoom.core.retrieval;

/**
 * The arithmetic kernels of the index, on plain float arrays.
 *
 * <p>Dot products use four independent accumulators: the JIT does not vectorise a single float
 * reduction (it must keep the addition order), so breaking the dependency chain is what makes the
 * coarse pass over 100,000 rows fast in plain Java.
 */
final class VectorMath {
    private VectorMath() {
    }

    /** {@code sum(a[aOff + i] * b[bOff + i])} for {@code i} in {@code [0, length)}. */
    static float dot(float[] a, int aOff, float[] b, int bOff, int length) {
        float s0 = 0f;
        float s1 = 0f;
        float s2 = 0f;
        float s3 = 0f;
        int i = 0;
        int end = length - 3;
        for (; i < end; i += 4) {
            s0 += a[aOff + i] * b[bOff + i];
            s1 += a[aOff + i + 1] * b[bOff + i + 1];
            s2 += a[aOff + i + 2] * b[bOff + i + 2];
            s3 += a[aOff + i + 3] * b[bOff + i + 3];
        }
        for (; i < length; i++) {
            s0 += a[aOff + i] * b[bOff + i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * {@code out = M · v} for the d × d matrix M given by its d columns: {@code out} accumulates
     * {@code v[j] × column j} for j = 0, 1, …, d - 1. The inner loop reads {@code out[i]} and {@code column[i]} at
     * the same index with no reduction, which the JIT vectorises: about four times faster than d row-by-row
     * {@link #dot}s, whose reduction stays scalar (projecting the vectors dominates loading a large store). Each
     * {@code out[i]} is summed in the order of j, so the result does not depend on how the loop is vectorised.
     * {@code v} and {@code out} must be different arrays.
     */
    static void multiplyColumns(float[][] columns, float[] v, float[] out) {
        int d = columns.length;
        java.util.Arrays.fill(out, 0, d, 0f);
        for (int j = 0; j < d; j++) {
            float a = v[j];
            float[] column = columns[j];
            for (int i = 0; i < d; i++) {
                out[i] += a * column[i];
            }
        }
    }

    /** The squared Euclidean norm of {@code a[off, off + length)}. */
    static float squaredNorm(float[] a, int off, int length) {
        return dot(a, off, a, off, length);
    }

    /**
     * A unit-length copy of {@code vector}.
     *
     * @throws IllegalArgumentException if the length is not {@code dimension}, or a value is not finite, or the
     *         vector is zero
     */
    static float[] normalizedCopy(float[] vector, int dimension, String what) {
        if (vector == null) {
            throw new IllegalArgumentException(what + " is null");
        }
        if (vector.length != dimension) {
            throw new IllegalArgumentException(what + " has length [" + vector.length + "] but the index has dimension ["
                    + dimension + "]; embed with the embedder the index was built for");
        }
        double sum = 0;
        for (float v : vector) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException(what + " contains a non-finite value [" + v + "]");
            }
            sum += (double) v * v;
        }
        if (sum == 0) {
            throw new IllegalArgumentException(what + " is the zero vector; it has no direction to compare");
        }
        double inv = 1.0 / Math.sqrt(sum);
        float[] out = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            out[i] = (float) (vector[i] * inv);
        }
        return out;
    }

    /** Normalises {@code v} in place (no-op for the zero vector). */
    static void normalizeInPlace(float[] v) {
        normalizeInPlace(v, 0, v.length);
    }

    /** Normalises {@code v[off, off + length)} in place (no-op for the zero vector). */
    static void normalizeInPlace(float[] v, int off, int length) {
        double sum = 0;
        for (int i = off; i < off + length; i++) {
            sum += (double) v[i] * v[i];
        }
        if (sum > 0) {
            double inv = 1.0 / Math.sqrt(sum);
            for (int i = off; i < off + length; i++) {
                v[i] = (float) (v[i] * inv);
            }
        }
    }
}
