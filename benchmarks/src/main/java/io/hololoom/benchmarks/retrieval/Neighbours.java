package io.hololoom.benchmarks.retrieval;

import java.util.Arrays;
import java.util.List;

/**
 * Brute-force neighbour lists over small vector sets (the study corpus), for measuring recall. Plain loops in
 * double precision: this is the reference, not the thing being measured for speed.
 */
final class Neighbours {
    /** How a prefix of length s is scored against the query's prefix. */
    enum PrefixScore {
        /** Cosine of the re-normalised prefixes: "truncate and normalise", the usual Matryoshka practice. */
        COSINE,
        /** Raw dot product of the prefixes: the leading terms of the full dot product; what the index uses. */
        DOT
    }

    private Neighbours() {
    }

    static float[][] toArray(List<float[]> vectors) {
        return vectors.toArray(new float[0][]);
    }

    static double dot(float[] a, float[] b, int length) {
        double s = 0;
        for (int i = 0; i < length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }

    /**
     * The {@code k} best rows for {@code query} by the prefix score at {@code length}, best first, skipping
     * {@code exclude} (leave-self-out; -1 for none). Rows with equal scores keep index order.
     */
    static int[] top(float[][] rows, float[] query, int length, PrefixScore score, int k, int exclude) {
        double[] scores = new double[rows.length];
        double qNorm = Math.sqrt(dot(query, query, length));
        for (int r = 0; r < rows.length; r++) {
            double s = dot(query, rows[r], length);
            if (score == PrefixScore.COSINE) {
                double norm = Math.sqrt(dot(rows[r], rows[r], length)) * qNorm;
                s = norm == 0 ? 0 : s / norm;
            }
            scores[r] = r == exclude ? Double.NEGATIVE_INFINITY : s;
        }
        return best(scores, Math.min(k, rows.length - (exclude >= 0 ? 1 : 0)));
    }

    /** Re-ranks {@code candidates} by full-dimension dot product and returns the best {@code k}. */
    static int[] rerank(float[][] rows, float[] query, int[] candidates, int k) {
        double[] scores = new double[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            scores[i] = dot(query, rows[candidates[i]], query.length);
        }
        int[] order = best(scores, Math.min(k, candidates.length));
        int[] out = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = candidates[order[i]];
        }
        return out;
    }

    /** |found ∩ truth| / |truth|. */
    static double recall(int[] found, int[] truth) {
        int hits = 0;
        for (int t : truth) {
            for (int f : found) {
                if (f == t) {
                    hits++;
                    break;
                }
            }
        }
        return (double) hits / truth.length;
    }

    private static int[] best(double[] scores, int k) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(scores[b], scores[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            out[i] = order[i];
        }
        return out;
    }
}
