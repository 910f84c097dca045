package io.hololoom.api;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How much work the loom puts into one query: which embedding scales it uses, how many context shards it
 * retrieves and how long the tool may run.
 *
 * <p>Scales are fractions of the embedder's dimension (¼, ½, 1), never fixed numbers, so any embedder
 * works with any card.
 */
public enum PatternCard {
    /** One coarse scale, 3 shards, 2 s. */
    BARE(new int[] {4}, 3, 1, 2, Duration.ofSeconds(2)),
    /** Two scales, 6 shards, 4 s. */
    FAST(new int[] {4, 2}, 6, 2, 4, Duration.ofSeconds(4)),
    /** Three scales up to the full dimension, 10 shards, 8 s. */
    FUSED(new int[] {4, 2, 1}, 10, 2, 4, Duration.ofSeconds(8));

    private final int[] divisors;
    private final int retrievalK;
    private final int layers;
    private final int heads;
    private final Duration timeBudget;

    PatternCard(int[] divisors, int retrievalK, int layers, int heads, Duration timeBudget) {
        this.divisors = divisors;
        this.retrievalK = retrievalK;
        this.layers = layers;
        this.heads = heads;
        this.timeBudget = timeBudget;
    }

    /**
     * The embedding scales of this card for an embedder of {@code dimension}, ascending, e.g.
     * {@code [96, 192, 384]} for FUSED at 384.
     *
     * @throws IllegalArgumentException if {@code dimension} is not positive
     */
    public int[] scales(int dimension) {
        if (dimension <= 0) {
            throw new IllegalArgumentException("embedder dimension must be positive, was [" + dimension + "]");
        }
        return Arrays.stream(divisors).map(d -> Math.max(1, dimension / d)).distinct().toArray();
    }

    public int retrievalK() {
        return retrievalK;
    }

    public int layers() {
        return layers;
    }

    public int heads() {
        return heads;
    }

    public Duration timeBudget() {
        return timeBudget;
    }

    /**
     * Parses a card name, ignoring case.
     *
     * @throws IllegalArgumentException naming the known cards if {@code name} is not one
     */
    public static PatternCard parse(String name) {
        if (name != null) {
            for (PatternCard card : values()) {
                if (card.name().equalsIgnoreCase(name.trim())) {
                    return card;
                }
            }
        }
        throw new IllegalArgumentException("Unknown pattern card [" + name + "]; known cards ["
                + Arrays.stream(values()).map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
                + "]");
    }
}
