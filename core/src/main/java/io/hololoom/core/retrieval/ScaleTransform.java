package io.hololoom.core.retrieval;

import java.util.List;

/**
 * Maps a unit full-dimension embedding into the space where the {@link VectorIndex} takes prefixes for its
 * coarse passes ("Matryoshka" scales).
 *
 * <p><b>Contract:</b> every transform is orthogonal (a rotation, possibly the identity), so it preserves norms
 * and dot products: the full-dimension score after the transform is the cosine of the original vectors.
 * What a transform changes is which information lands in the first coordinates, and therefore how good
 * a short prefix is as a shortlist filter. Implementations are immutable and thread-safe; {@link #fit}
 * returns a new transform instead of changing this one.
 */
public interface ScaleTransform {
    /** The stable name used in configuration: {@code prefix}, {@code random-rotation}, {@code pca}. */
    String name();

    /** The length of the vectors this transform accepts and produces. */
    int dimension();

    /**
     * Writes the transform of {@code vector} into {@code out}. Both arrays have length {@link #dimension()};
     * they must not be the same array.
     */
    void apply(float[] vector, float[] out);

    /** Writes the inverse transform (the transpose, as the transform is orthogonal) of {@code vector} into {@code out}. */
    void invert(float[] vector, float[] out);

    /** Whether {@link #fit} learns anything from data; false for transforms fixed at creation. */
    default boolean fittable() {
        return false;
    }

    /**
     * A transform of the same kind fitted on {@code sample} (unit full-dimension vectors in the original space);
     * this transform itself when there is nothing to fit.
     *
     * @throws IllegalArgumentException if a sample vector has the wrong length
     */
    default ScaleTransform fit(List<float[]> sample) {
        return this;
    }

    /** The transform of {@code vector} as a new array. */
    default float[] apply(float[] vector) {
        float[] out = new float[dimension()];
        apply(vector, out);
        return out;
    }
}
