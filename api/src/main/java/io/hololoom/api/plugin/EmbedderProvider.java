package io.hololoom.api.plugin;

import io.hololoom.api.Embedder;

/** Provides an {@link Embedder}; family {@code embedder}, chosen by {@code hololoom.embedder}. */
public interface EmbedderProvider extends PluginProvider<Embedder> {
}
