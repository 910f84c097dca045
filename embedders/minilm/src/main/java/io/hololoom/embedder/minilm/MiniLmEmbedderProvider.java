package io.hololoom.embedder.minilm;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Embedder;
import io.hololoom.api.plugin.EmbedderProvider;
import io.hololoom.api.plugin.PluginContext;

/**
 * Provides the {@code minilm} embedder; settings in {@link MiniLmEmbedderConfig}. Creating it reads and checks
 * the settings only; the model loads on the first embed.
 */
public final class MiniLmEmbedderProvider implements EmbedderProvider {
    /** The plugin name. */
    public static final String NAME = "minilm";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Embedder create(PluginContext context) {
        requireNonNull(context, "context is null");
        return new MiniLmEmbedder(MiniLmEmbedderConfig.from(context.config(), context.dataDirectory()));
    }

    @Override
    public String description() {
        return "all-MiniLM-L6-v2 sentence embeddings (384-d) in process with ONNX Runtime; fp32 or int8 weights";
    }
}
