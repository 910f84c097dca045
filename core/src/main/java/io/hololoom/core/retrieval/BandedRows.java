package io.hololoom.core.retrieval;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The index's vectors, split by dimension into bands, each band a contiguous row-major float array: band
 * {@code b} holds coordinates {@code [start(b), start(b + 1))} of every row, row after row.
 *
 * <p>Why bands: with one row-major array of 384-float rows, a pass that reads only the first 96 floats of each
 * row jumps 1536 bytes between reads; measured on our machine (100,000 × 384) it was no faster than reading
 * everything (40 ms against 31 ms), because the hardware prefetcher streams whole rows anyway. A contiguous
 * 96-float band took 7 ms. The band edges are the Matryoshka scales ⅛, ¼, ½ and 1 of the dimension, so a
 * coarse pass at any of those scales streams one or two arrays from start to end and touches nothing else.
 *
 * <p>Not thread-safe; the index guards it with its lock.
 */
final class BandedRows {
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final int dimension;
    /** Band b covers [starts[b], starts[b + 1]); the last entry is the dimension. */
    private final int[] starts;
    private final float[][] bands;
    private int capacity;

    BandedRows(int dimension, int capacity) {
        this.dimension = dimension;
        this.starts = edges(dimension);
        this.bands = new float[starts.length - 1][];
        this.capacity = capacity;
        for (int b = 0; b < bands.length; b++) {
            bands[b] = new float[capacity * width(b)];
        }
    }

    /** 0 and the distinct positive values of d/8, d/4, d/2 and d, ascending. */
    static int[] edges(int dimension) {
        return IntStream.of(0, dimension / 8, dimension / 4, dimension / 2, dimension)
                .distinct().sorted().toArray();
    }

    /** An independent copy with the same capacity. */
    BandedRows copy() {
        BandedRows out = new BandedRows(dimension, 0);
        out.capacity = capacity;
        for (int b = 0; b < bands.length; b++) {
            out.bands[b] = bands[b].clone();
        }
        return out;
    }

    int capacity() {
        return capacity;
    }

    private int width(int band) {
        return starts[band + 1] - starts[band];
    }

    /**
     * Grows every band to hold at least {@code rows} rows (doubling).
     *
     * @throws IllegalStateException if a band would exceed the largest Java array
     */
    void ensureCapacity(int rows, int size) {
        if (rows <= capacity) {
            return;
        }
        int widest = 0;
        for (int b = 0; b < bands.length; b++) {
            widest = Math.max(widest, width(b));
        }
        long wanted = Math.min(Math.max(2L * capacity, rows), MAX_ARRAY / widest);
        if (wanted < rows) {
            throw new IllegalStateException(String.format(Locale.ROOT, "vector index is full at [%d] vectors of "
                    + "dimension [%d]; a band of [%d] floats per row cannot grow past one Java array", size, dimension,
                    widest));
        }
        for (int b = 0; b < bands.length; b++) {
            bands[b] = Arrays.copyOf(bands[b], (int) wanted * width(b));
        }
        capacity = (int) wanted;
    }

    /** Stores {@code vector} (length dimension) as row {@code row}. */
    void set(int row, float[] vector) {
        for (int b = 0; b < bands.length; b++) {
            int w = width(b);
            System.arraycopy(vector, starts[b], bands[b], row * w, w);
        }
    }

    /** Copies row {@code row} into {@code out} (length dimension). */
    void get(int row, float[] out) {
        for (int b = 0; b < bands.length; b++) {
            int w = width(b);
            System.arraycopy(bands[b], row * w, out, starts[b], w);
        }
    }

    /** Copies row {@code from} over row {@code to}. */
    void move(int from, int to) {
        for (int b = 0; b < bands.length; b++) {
            int w = width(b);
            System.arraycopy(bands[b], from * w, bands[b], to * w, w);
        }
    }

    /** The dot product of {@code q}'s first {@code length} coordinates with those of row {@code row}. */
    float dot(float[] q, int row, int length) {
        float sum = 0f;
        for (int b = 0; b < bands.length && starts[b] < length; b++) {
            int w = width(b);
            sum += VectorMath.dot(q, starts[b], bands[b], row * w, Math.min(w, length - starts[b]));
        }
        return sum;
    }

    /** The squared norm of row {@code row}'s first {@code length} coordinates. */
    float squaredNorm(int row, int length) {
        float sum = 0f;
        for (int b = 0; b < bands.length && starts[b] < length; b++) {
            int w = width(b);
            sum += VectorMath.squaredNorm(bands[b], row * w, Math.min(w, length - starts[b]));
        }
        return sum;
    }
}
