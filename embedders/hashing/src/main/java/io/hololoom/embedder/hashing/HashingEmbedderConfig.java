package io.hololoom.embedder.hashing;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.plugin.PluginConfig;

/**
 * Settings of the {@code hashing} embedder (keys under {@code hololoom.embedder.hashing.}).
 *
 * <table>
 *   <caption>Keys</caption>
 *   <tr><th>key</th><th>default</th><th>range</th></tr>
 *   <tr><td>dimension</td><td>384</td><td>8..8192</td></tr>
 *   <tr><td>unigram-weight</td><td>1.0</td><td>0..100</td></tr>
 *   <tr><td>bigram-weight</td><td>0.7</td><td>0..100</td></tr>
 *   <tr><td>trigram-weight</td><td>0.4</td><td>0..100</td></tr>
 *   <tr><td>max-chars</td><td>100000</td><td>100..10000000</td></tr>
 * </table>
 *
 * <p>At least one weight must be positive. Every setting changes the vectors, so every non-default
 * setting appears in {@link #fingerprint()}.
 *
 * @param dimension vector length
 * @param unigramWeight weight of each word
 * @param bigramWeight weight of each pair of adjacent words
 * @param trigramWeight weight of each character trigram of a word padded with boundary markers
 * @param maxChars only this many leading UTF-16 characters of a text are embedded
 */
public record HashingEmbedderConfig(int dimension, double unigramWeight, double bigramWeight, double trigramWeight,
        int maxChars) {
    public static final int DEFAULT_DIMENSION = 384;
    public static final int MIN_DIMENSION = 8;
    public static final int MAX_DIMENSION = 8192;
    public static final double DEFAULT_UNIGRAM_WEIGHT = 1.0;
    public static final double DEFAULT_BIGRAM_WEIGHT = 0.7;
    public static final double DEFAULT_TRIGRAM_WEIGHT = 0.4;
    public static final double MAX_WEIGHT = 100;
    public static final int DEFAULT_MAX_CHARS = 100_000;
    public static final int MIN_MAX_CHARS = 100;
    public static final int MAX_MAX_CHARS = 10_000_000;

    /** Version of the feature scheme; bump it whenever the same settings would give other vectors. */
    static final String SCHEME_VERSION = "v1";

    public HashingEmbedderConfig {
        if (dimension < MIN_DIMENSION || dimension > MAX_DIMENSION) {
            throw new IllegalArgumentException("hashing embedder dimension must be in [" + MIN_DIMENSION + ", "
                    + MAX_DIMENSION + "], was [" + dimension + "]");
        }
        checkWeight("unigram", unigramWeight);
        checkWeight("bigram", bigramWeight);
        checkWeight("trigram", trigramWeight);
        if (unigramWeight == 0 && bigramWeight == 0 && trigramWeight == 0) {
            throw new IllegalArgumentException("hashing embedder needs at least one positive feature weight, "
                    + "all of unigram, bigram and trigram weights were 0");
        }
        if (maxChars < MIN_MAX_CHARS || maxChars > MAX_MAX_CHARS) {
            throw new IllegalArgumentException("hashing embedder max-chars must be in [" + MIN_MAX_CHARS + ", "
                    + MAX_MAX_CHARS + "], was [" + maxChars + "]");
        }
    }

    /** The defaults: 384 dimensions, weights 1.0 / 0.7 / 0.4, 100 000 characters. */
    public static HashingEmbedderConfig defaults() {
        return new HashingEmbedderConfig(DEFAULT_DIMENSION, DEFAULT_UNIGRAM_WEIGHT, DEFAULT_BIGRAM_WEIGHT,
                DEFAULT_TRIGRAM_WEIGHT, DEFAULT_MAX_CHARS);
    }

    /**
     * Reads the settings.
     *
     * @throws io.hololoom.api.HololoomException (CONFIGURATION) naming the key for a bad value
     */
    public static HashingEmbedderConfig from(PluginConfig config) {
        requireNonNull(config, "config is null");
        int dimension = config.integer("dimension", DEFAULT_DIMENSION, MIN_DIMENSION, MAX_DIMENSION);
        double unigram = config.decimal("unigram-weight", DEFAULT_UNIGRAM_WEIGHT, 0, MAX_WEIGHT);
        double bigram = config.decimal("bigram-weight", DEFAULT_BIGRAM_WEIGHT, 0, MAX_WEIGHT);
        double trigram = config.decimal("trigram-weight", DEFAULT_TRIGRAM_WEIGHT, 0, MAX_WEIGHT);
        int maxChars = config.integer("max-chars", DEFAULT_MAX_CHARS, MIN_MAX_CHARS, MAX_MAX_CHARS);
        if (unigram == 0 && bigram == 0 && trigram == 0) {
            throw config.invalid("unigram-weight", "0", "a positive weight for at least one of unigram-weight, "
                    + "bigram-weight and trigram-weight (all three were 0)");
        }
        return new HashingEmbedderConfig(dimension, unigram, bigram, trigram, maxChars);
    }

    /**
     * Identifies the vector space, e.g. {@code hashing/384/v1} for the default weights and limit; other
     * weights add {@code /w<unigram>,<bigram>,<trigram>}, another limit adds {@code /max<chars>}.
     */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder("hashing/").append(dimension).append('/').append(SCHEME_VERSION);
        if (unigramWeight != DEFAULT_UNIGRAM_WEIGHT || bigramWeight != DEFAULT_BIGRAM_WEIGHT
                || trigramWeight != DEFAULT_TRIGRAM_WEIGHT) {
            sb.append("/w").append(unigramWeight).append(',').append(bigramWeight).append(',').append(trigramWeight);
        }
        if (maxChars != DEFAULT_MAX_CHARS) {
            sb.append("/max").append(maxChars);
        }
        return sb.toString();
    }

    private static void checkWeight(String name, double weight) {
        if (!(weight >= 0 && weight <= MAX_WEIGHT)) {
            throw new IllegalArgumentException("hashing embedder " + name + " weight must be in [0, " + MAX_WEIGHT
                    + "], was [" + weight + "]");
        }
    }
}
