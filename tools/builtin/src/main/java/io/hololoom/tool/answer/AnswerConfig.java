package io.hololoom.tool.answer;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.plugin.PluginConfig;

/**
 * Settings of the {@code answer} tool (keys {@code hololoom.tool.answer.*}).
 *
 * @param shards how many shards to read when the loom gave no context ({@code shards}, default 5, 1..50);
 *     with context, at most this many of the context's best shards
 * @param maxSentences at most this many sentences in the answer ({@code max-sentences}, default 3, 1..10)
 * @param minScore the best sentence must score at least this to answer at all ({@code min-score}, default 0.2)
 * @param semanticWeight weight of embedding similarity against lexical overlap when an embedder service is
 *     available ({@code semantic-weight}, default 0.5; 0 disables the embedder entirely)
 * @param maxQueryChars longer queries are refused ({@code max-query-chars}, default 2000)
 * @param maxCandidates at most this many sentences are scored per query ({@code max-candidates}, default 60)
 */
public record AnswerConfig(int shards, int maxSentences, double minScore, double semanticWeight, int maxQueryChars,
        int maxCandidates) {

    public static final AnswerConfig DEFAULTS = new AnswerConfig(5, 3, 0.2, 0.5, 2000, 60);

    public AnswerConfig {
        check("shards", shards, 1, 50);
        check("max-sentences", maxSentences, 1, 10);
        check("max-query-chars", maxQueryChars, 10, 1_000_000);
        check("max-candidates", maxCandidates, 1, 1000);
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException("min-score must be in [0, 1], was [" + minScore + "]");
        }
        if (!(semanticWeight >= 0 && semanticWeight <= 1)) {
            throw new IllegalArgumentException("semantic-weight must be in [0, 1], was [" + semanticWeight + "]");
        }
    }

    /** Reads the settings; a bad value is a CONFIGURATION error naming the key. */
    public static AnswerConfig from(PluginConfig config) {
        requireNonNull(config, "config is null");
        return new AnswerConfig(
                config.integer("shards", DEFAULTS.shards, 1, 50),
                config.integer("max-sentences", DEFAULTS.maxSentences, 1, 10),
                config.decimal("min-score", DEFAULTS.minScore, 0, 1),
                config.decimal("semantic-weight", DEFAULTS.semanticWeight, 0, 1),
                config.integer("max-query-chars", DEFAULTS.maxQueryChars, 10, 1_000_000),
                config.integer("max-candidates", DEFAULTS.maxCandidates, 1, 1000));
    }

    private static void check(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + " must be in [" + min + ", " + max + "], was [" + value + "]");
        }
    }
}
