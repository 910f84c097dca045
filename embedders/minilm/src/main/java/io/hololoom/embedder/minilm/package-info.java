/**
 * The {@code minilm} embedder: sentence-transformers all-MiniLM-L6-v2 (384 dimensions) run in process by
 * ONNX Runtime through DJL, with DJL's HuggingFace tokenizer. The weights come from Maven artifacts on the
 * class path; nothing is downloaded. {@link io.hololoom.embedder.minilm.MiniLmEmbedder} is the embedder,
 * {@link io.hololoom.embedder.minilm.MiniLmEmbedderConfig} its settings,
 * {@link io.hololoom.embedder.minilm.MiniLmVariant} the two weight files (fp32, int8).
 */
package io.hololoom.embedder.minilm;
