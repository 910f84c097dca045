package io.hololoom.core.retrieval;

import java.util.Arrays;

/**
 * Keeps the {@code capacity} best (row, score) pairs seen so far in a min-heap on primitive arrays, so that
 * a pass over 100,000 rows allocates nothing per row. Not thread-safe: one per search.
 *
 * <p>Ties are broken towards the lower row number, which makes results deterministic for a given index state.
 */
final class TopK {
    private final int capacity;
    private final float[] scores;
    private final int[] rows;
    private int size;

    TopK(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, was [" + capacity + "]");
        }
        this.capacity = capacity;
        this.scores = new float[capacity];
        this.rows = new int[capacity];
    }

    /** True if a pair with this score could enter: cheap pre-check for the hot loop. */
    boolean accepts(float score) {
        return size < capacity || score >= scores[0];
    }

    void offer(int row, float score) {
        if (size < capacity) {
            scores[size] = score;
            rows[size] = row;
            siftUp(size++);
        } else if (better(score, row, scores[0], rows[0])) {
            scores[0] = score;
            rows[0] = row;
            siftDown(0);
        }
    }

    int size() {
        return size;
    }

    /**
     * Writes the kept pairs, best first, into the given arrays (each at least {@link #size()} long) and
     * returns how many were written. Leaves this heap unchanged.
     */
    int sortedInto(int[] rowsOut, float[] scoresOut) {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> a.equals(b) ? 0 : better(scores[a], rows[a], scores[b], rows[b]) ? -1 : 1);
        for (int i = 0; i < size; i++) {
            rowsOut[i] = rows[order[i]];
            scoresOut[i] = scores[order[i]];
        }
        return size;
    }

    private static boolean better(float s1, int r1, float s2, int r2) {
        return s1 > s2 || (s1 == s2 && r1 < r2);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!better(scores[parent], rows[parent], scores[i], rows[i])) {
                break;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int worst = left;
            int right = left + 1;
            if (right < size && better(scores[left], rows[left], scores[right], rows[right])) {
                worst = right;
            }
            if (!better(scores[i], rows[i], scores[worst], rows[worst])) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int a, int b) {
        float s = scores[a];
        scores[a] = scores[b];
        scores[b] = s;
        int r = rows[a];
        rows[a] = rows[b];
        rows[b] = r;
    }
}
