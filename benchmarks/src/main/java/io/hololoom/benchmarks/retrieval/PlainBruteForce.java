package io.hololoom.benchmarks.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The baseline the index must beat: brute force over one plain row-major float array, the simplest fast
 * exact search. Kept independent of the index so that a slow index cannot make itself look fast by slowing
 * its own exact search down.
 */
final class PlainBruteForce {
    private final int dimension;
    private final float[] data;
    private final int size;

    PlainBruteForce(List<float[]> vectors) {
        this.dimension = vectors.get(0).length;
        this.size = vectors.size();
        this.data = new float[size * dimension];
        for (int i = 0; i < size; i++) {
            System.arraycopy(vectors.get(i), 0, data, i * dimension, dimension);
        }
    }

    /** Ids ({@code s<row>}) of the {@code k} rows with the largest dot product, best first. */
    List<String> search(float[] query, int k) {
        float[] bestScores = new float[k];
        int[] bestRows = new int[k];
        Arrays.fill(bestScores, Float.NEGATIVE_INFINITY);
        Arrays.fill(bestRows, -1);
        for (int row = 0, off = 0; row < size; row++, off += dimension) {
            float s = dot(query, data, off, dimension);
            if (s > bestScores[k - 1]) {
                int i = k - 1;
                while (i > 0 && bestScores[i - 1] < s) {
                    bestScores[i] = bestScores[i - 1];
                    bestRows[i] = bestRows[i - 1];
                    i--;
                }
                bestScores[i] = s;
                bestRows[i] = row;
            }
        }
        List<String> out = new ArrayList<>(k);
        for (int row : bestRows) {
            if (row >= 0) {
                out.add("s" + row);
            }
        }
        return out;
    }

    /** Four accumulators, as in the index: the JIT does not vectorise a float reduction. */
    private static float dot(float[] q, float[] b, int off, int length) {
        float s0 = 0f;
        float s1 = 0f;
        float s2 = 0f;
        float s3 = 0f;
        int i = 0;
        for (; i + 3 < length; i += 4) {
            s0 += q[i] * b[off + i];
            s1 += q[i + 1] * b[off + i + 1];
            s2 += q[i + 2] * b[off + i + 2];
            s3 += q[i + 3] * b[off + i + 3];
        }
        for (; i < length; i++) {
            s0 += q[i] * b[off + i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
