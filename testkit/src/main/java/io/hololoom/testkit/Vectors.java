package io.hololoom.testkit;

import static java.util.Objects.requireNonNull;

/** Small vector helpers for embedder tests: L2 norm and cosine similarity, computed in double. */
public final class Vectors {
    private Vectors() {
    }

    /** The L2 norm of {@code v}. */
    public static double norm(float[] v) {
        requireNonNull(v, "v is null");
        double s = 0;
        for (float x : v) {
            s += (double) x * x;
        }
        return Math.sqrt(s);
    }

    /**
     * The cosine of the angle between {@code a} and {@code b}; NaN if either is the zero vector.
     *
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double cosine(float[] a, float[] b) {
        requireNonNull(a, "a is null");
        requireNonNull(b, "b is null");
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of lengths [" + a.length + "] and [" + b.length + "]");
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
        }
        return dot / (norm(a) * norm(b));
    }
}
