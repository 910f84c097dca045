package io.hololoom.core.retrieval;

/** The {@code prefix} transform: scales are plain prefixes of the embedding as the model produced it. */
final class IdentityTransform implements ScaleTransform {
    static final String NAME = "prefix";

    private final int dimension;

    IdentityTransform(int dimension) {
        this.dimension = ScaleTransforms.checkDimension(dimension);
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
    public void apply(float[] vector, float[] out) {
        System.arraycopy(vector, 0, out, 0, dimension);
    }

    @Override
    public void invert(float[] vector, float[] out) {
        System.arraycopy(vector, 0, out, 0, dimension);
    }

    @Override
    public String toString() {
        return NAME + "(" + dimension + ")";
    }
}
