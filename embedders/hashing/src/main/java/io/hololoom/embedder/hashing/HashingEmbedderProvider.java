package io.hololoom.embedder.hashing;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Embedder;
import io.hololoom.api.plugin.EmbedderProvider;
import io.hololoom.api.plugin.PluginContext;

/** Provides the {@code hashing} embedder; settings in {@link HashingEmbedderConfig}. */
public final class HashingEmbedderProvider implements EmbedderProvider {
    /** The plugin name. */
    public static final String NAME = "hashing";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Embedder create(PluginContext context) {
        requireNonNull(context, "context is null");
        return new HashingEmbedder(HashingEmbedderConfig.from(context.config()));
    }

    @Override
    public String description() {
        return "Deterministic feature hashing of words, word pairs and character trigrams; pure Java, microseconds";
    }
}
