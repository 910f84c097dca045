package io.hololoom.core.retrieval;

import java.util.Arrays;

/**
 * The passes of a coarse-to-fine search over the index's row-major data ({@code dimension} floats per row,
 * already transformed). Each pass scores rows on the first {@code scale} floats only. Callers hold the
 * index's read lock. {@code candidates == null} means all rows {@code [0, count)}.
 */
final class Stages {
    private Stages() {
    }

    /** The {@code keep} best rows by prefix dot product, best first. */
    static int[] shortlist(float[] data, int dimension, float[] q, int scale, int[] candidates, int count,
            int keep) {
        int[] rows = new int[Math.min(keep, count)];
        best(data, dimension, q, scale, candidates, count, rows, new float[rows.length]);
        return rows;
    }

    /**
     * Fills {@code rows} and {@code scores} (same length, at most {@code count}) with the best rows by prefix dot
     * product at {@code scale}, best first.
     */
    static void best(float[] data, int dimension, float[] q, int scale, int[] candidates, int count, int[] rows,
            float[] scores) {
        TopK top = new TopK(rows.length);
        if (candidates == null) {
            for (int row = 0, off = 0; row < count; row++, off += dimension) {
                float s = VectorMath.dot(q, 0, data, off, scale);
                if (top.accepts(s)) {
                    top.offer(row, s);
                }
            }
        } else {
            for (int i = 0; i < count; i++) {
                int row = candidates[i];
                float s = VectorMath.dot(q, 0, data, row * dimension, scale);
                if (top.accepts(s)) {
                    top.offer(row, s);
                }
            }
        }
        top.sortedInto(rows, scores);
    }

    /**
     * The original system's stage: the best {@code keep} rows by prefix cosine, then those at or above
     * {@code threshold}, but never fewer than {@code minCandidates}.
     */
    static int[] threshold(float[] data, int dimension, float[] q, int scale, int[] candidates, int count,
            int keep, double threshold, int minCandidates) {
        TopK top = new TopK(keep);
        float qNorm = (float) Math.sqrt(VectorMath.squaredNorm(q, 0, scale));
        for (int i = 0; i < count; i++) {
            int row = candidates == null ? i : candidates[i];
            int off = row * dimension;
            float dot = VectorMath.dot(q, 0, data, off, scale);
            float norm = (float) Math.sqrt(VectorMath.squaredNorm(data, off, scale));
            float cos = qNorm == 0 || norm == 0 ? 0f : dot / (qNorm * norm);
            if (top.accepts(cos)) {
                top.offer(row, cos);
            }
        }
        int n = top.size();
        int[] rows = new int[n];
        float[] scores = new float[n];
        top.sortedInto(rows, scores);
        int passing = 0;
        while (passing < n && scores[passing] >= threshold) {
            passing++;
        }
        return Arrays.copyOf(rows, Math.min(n, Math.max(passing, minCandidates)));
    }
}
