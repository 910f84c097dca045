package io.hololoom.core.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded test data shaped like sentence embeddings: clusters around topic centres, a decaying spectrum (a few
 * directions carry most of the spread) and a random orientation, so that no coordinate is privileged.
 */
final class SyntheticVectors {
    private SyntheticVectors() {
    }

    static float[] randomUnit(Random random, int dimension) {
        float[] v = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            v[i] = (float) random.nextGaussian();
        }
        VectorMath.normalizeInPlace(v);
        return v;
    }

    /**
     * {@code count} unit vectors: {@code clusters} topic centres, each with 8 sub-topics at half the topic
     * spread, points at {@code spread} around a sub-topic. The per-axis scale decays as 1/sqrt(1 + i/4) before
     * a random rotation mixes the axes.
     */
    static List<float[]> clustered(long seed, int count, int dimension, int clusters, double spread) {
        Random random = new Random(seed);
        double[] axisScale = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            axisScale[i] = 1.0 / Math.sqrt(1 + i / 4.0);
        }
        // centres come from a fixed stream so that data and queries drawn with different seeds share topics
        Random topics = new Random(12345);
        List<double[]> centres = new ArrayList<>();
        for (int c = 0; c < clusters; c++) {
            double[] topic = gaussian(topics, axisScale, 1.0, null);
            for (int sub = 0; sub < 8; sub++) {
                centres.add(gaussian(topics, axisScale, 0.5, topic));
            }
        }
        ScaleTransform mix = ScaleTransforms.create("random-rotation", dimension, 999);
        List<float[]> out = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            double[] v = gaussian(random, axisScale, spread, centres.get(random.nextInt(centres.size())));
            float[] f = new float[dimension];
            for (int i = 0; i < dimension; i++) {
                f[i] = (float) v[i];
            }
            out.add(normalized(mix.apply(f)));
        }
        return out;
    }

    private static double[] gaussian(Random random, double[] axisScale, double spread, double[] around) {
        double[] v = new double[axisScale.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = (around == null ? 0 : around[i]) + spread * random.nextGaussian() * axisScale[i];
        }
        return v;
    }

    private static float[] normalized(float[] v) {
        VectorMath.normalizeInPlace(v);
        return v;
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }
}
