package io.hololoom.core.retrieval;

import java.util.Arrays;

/**
 * The passes of a coarse-to-fine search over the index's rows (already transformed). Each pass scores rows on
 * their first {@code scale} coordinates only. Callers hold the index's read lock. {@code candidates == null}
 * means all rows {@code [0, count)}.
 */
final class Stages {
    private Stages() {
    }

    /** The {@code keep} best rows by prefix dot product, best first. */
    static int[] shortlist(BandedRows rows, float[] q, int scale, int[] candidates, int count, int keep) {
        int[] best = new int[Math.min(keep, count)];
        best(rows, q, scale, candidates, count, best, new float[best.length]);
        return best;
    }

    /**
     * Fills {@code best} and {@code scores} (same length, at most {@code count}) with the best rows by prefix dot
     * product at {@code scale}, best first.
     */
    static void best(BandedRows rows, float[] q, int scale, int[] candidates, int count, int[] best,
            float[] scores) {
        TopK top = new TopK(best.length);
        for (int i = 0; i < count; i++) {
            int row = candidates == null ? i : candidates[i];
            float s = rows.dot(q, row, scale);
            if (top.accepts(s)) {
                top.offer(row, s);
            }
        }
        top.sortedInto(best, scores);
    }

    /**
     * The original system's stage: the best {@code keep} rows by prefix cosine, then those at or above
     * {@code threshold}, but never fewer than {@code minCandidates}.
     */
    static int[] threshold(BandedRows rows, float[] q, int scale, int[] candidates, int count, int keep,
            double threshold, int minCandidates) {
        TopK top = new TopK(keep);
        float qNorm = (float) Math.sqrt(VectorMath.squaredNorm(q, 0, scale));
        for (int i = 0; i < count; i++) {
            int row = candidates == null ? i : candidates[i];
            float dot = rows.dot(q, row, scale);
            float norm = (float) Math.sqrt(rows.squaredNorm(row, scale));
            float cos = qNorm == 0 || norm == 0 ? 0f : dot / (qNorm * norm);
            if (top.accepts(cos)) {
                top.offer(row, cos);
            }
        }
        int n = top.size();
        int[] best = new int[n];
        float[] scores = new float[n];
        top.sortedInto(best, scores);
        int passing = 0;
        while (passing < n && scores[passing] >= threshold) {
            passing++;
        }
        return Arrays.copyOf(best, Math.min(n, Math.max(passing, minCandidates)));
    }
}
