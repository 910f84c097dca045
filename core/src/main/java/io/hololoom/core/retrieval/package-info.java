/**
 * In-memory vector retrieval for the memory store: a {@link io.hololoom.core.retrieval.VectorIndex} searched
 * exactly or coarse-to-fine ("Matryoshka gating"), the {@link io.hololoom.core.retrieval.ScaleTransform}s that
 * decide what a prefix of an embedding holds, and the {@link io.hololoom.core.retrieval.MatryoshkaGate} that
 * decides how many candidates each coarse stage keeps. {@link io.hololoom.core.retrieval.TransformCodec} turns a
 * fitted transform into bytes and back, so the memory store keeps its PCA fit instead of refitting on every start.
 *
 * <p>Depends on the JDK, hololoom-api and Commons Math only. Measurements behind the defaults: the
 * {@code io.hololoom.benchmarks.retrieval} benchmarks ({@code MatryoshkaStudy}, {@code RetrievalAtScale}, {@code StoreOpen}).
 */
package io.hololoom.core.retrieval;
