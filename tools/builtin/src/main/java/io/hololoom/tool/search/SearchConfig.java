package io.hololoom.tool.search;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.plugin.PluginConfig;

/**
 * Settings of the {@code search} tool (keys {@code hololoom.tool.search.*}).
 *
 * @param k how many shards to list ({@code k}, default 5, 1..100)
 * @param snippetChars how much of each shard's text to show ({@code snippet-chars}, default 200, 20..2000)
 */
public record SearchConfig(int k, int snippetChars) {

    public static final SearchConfig DEFAULTS = new SearchConfig(5, 200);

    public SearchConfig {
        if (k < 1 || k > 100) {
            throw new IllegalArgumentException("k must be in [1, 100], was [" + k + "]");
        }
        if (snippetChars < 20 || snippetChars > 2000) {
            throw new IllegalArgumentException("snippet-chars must be in [20, 2000], was [" + snippetChars + "]");
        }
    }

    /** Reads the settings; a bad value is a CONFIGURATION error naming the key. */
    public static SearchConfig from(PluginConfig config) {
        requireNonNull(config, "config is null");
        return new SearchConfig(config.integer("k", DEFAULTS.k, 1, 100),
                config.integer("snippet-chars", DEFAULTS.snippetChars, 20, 2000));
    }
}
