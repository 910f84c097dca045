/**
 * Embedder benchmarks: the {@code minilm} embedder against LangChain4j's in-process all-MiniLM-L6-v2 on the
 * same texts in the same run ({@link io.hololoom.benchmarks.embedder.EmbedderComparison}), time to first vector
 * and resident memory in fresh JVMs ({@link io.hololoom.benchmarks.embedder.FirstVectorHarness}), fp32 against
 * int8 quality on the routing workload ({@link io.hololoom.benchmarks.embedder.VariantQuality}) and the cost of
 * an embedding-cache hit (JMH, {@link io.hololoom.benchmarks.embedder.EmbeddingCacheBenchmark}). Results and the
 * commands that produce them: {@code notes/bench-embedder.md}.
 */
package io.hololoom.benchmarks.embedder;
