/**
 * The {@code hashing} embedder: deterministic signed feature hashing, pure Java, no model to load.
 * {@link io.hololoom.embedder.hashing.HashingEmbedder} is the embedder,
 * {@link io.hololoom.embedder.hashing.HashingEmbedderConfig} its settings.
 */
package io.hololoom.embedder.hashing;
