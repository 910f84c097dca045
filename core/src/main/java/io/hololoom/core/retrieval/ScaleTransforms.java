package io.hololoom.core.retrieval;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Creates {@link ScaleTransform}s by their configuration name.
 *
 * <ul>
 *   <li>{@code prefix}: the identity; scales are prefixes of the embedding as the model produced it.</li>
 *   <li>{@code random-rotation}: a random orthogonal matrix (Haar-distributed, from the seed), what the original
 *       system applied; it spreads information evenly over all coordinates.</li>
 *   <li>{@code pca}: a rotation onto the principal axes of the stored vectors, largest variance first; the
 *       identity until {@link ScaleTransform#fit fitted} (the index does it in {@link VectorIndex#refit()}).</li>
 * </ul>
 */
public final class ScaleTransforms {
    /** The known names, in the order they are listed in error messages. */
    public static final List<String> NAMES = List.of(PcaTransform.NAME, IdentityTransform.NAME,
            RandomRotation.NAME);

    private ScaleTransforms() {
    }

    /**
     * The transform called {@code name} (case-insensitive) for vectors of {@code dimension}.
     *
     * @param seed seeds the random rotation and the choice of the PCA fitting sample
     * @throws IllegalArgumentException for an unknown name (the message lists the known ones) or a
     *         non-positive dimension
     */
    public static ScaleTransform create(String name, int dimension, long seed) {
        checkDimension(dimension);
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (key) {
            case IdentityTransform.NAME -> new IdentityTransform(dimension);
            case RandomRotation.NAME -> RandomRotation.create(dimension, seed);
            case PcaTransform.NAME -> new PcaTransform(dimension, seed);
            default -> throw new IllegalArgumentException("Unknown scale transform [" + name
                    + "]; known scale transforms " + NAMES);
        };
    }

    static int checkDimension(int dimension) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be positive, was [" + dimension + "]");
        }
        return dimension;
    }

    /** Random orthogonal matrices: Gram-Schmidt of a Gaussian matrix's rows is Haar-distributed. */
    static final class RandomRotation {
        static final String NAME = "random-rotation";

        private RandomRotation() {
        }

        static ScaleTransform create(int dimension, long seed) {
            Random random = new Random(seed);
            double[][] m = new double[dimension][dimension];
            for (int i = 0; i < dimension; i++) {
                for (int j = 0; j < dimension; j++) {
                    m[i][j] = random.nextGaussian();
                }
            }
            return new RotationTransform(NAME, dimension, RotationTransform.orthonormalRows(m));
        }
    }
}
