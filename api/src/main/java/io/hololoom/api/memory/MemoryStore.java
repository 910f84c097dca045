package io.hololoom.api.memory;

import java.util.List;

/**
 * The persistent memory the loom retrieves context from and tools read and write.
 *
 * <p><b>Contract:</b> thread-safe; a shard that {@link #add} returned for survives a crash of the process;
 * vectors are computed by the store with the configured embedder. Bad arguments (blank text, a
 * non-positive {@code k}) throw {@link IllegalArgumentException}; storage failures throw
 * {@link io.hololoom.api.HololoomException} with category STORAGE.
 */
public interface MemoryStore {
    /**
     * Stores a new shard (its text is embedded by the store) and returns it with its id and time.
     *
     * @param text the content, not blank
     * @param kind document or note
     * @param source where it came from
     * @param tags tags, lower-cased by the store
     */
    Shard add(String text, Shard.Kind kind, String source, List<String> tags);

    /** The {@code k} shards most similar to the (unit-norm, full-dimension) query embedding, best first. */
    List<ScoredShard> search(float[] queryEmbedding, int k);

    /** Shards matching the filter, newest first. */
    List<Shard> find(ShardFilter filter);

    /** How many shards match the filter (ignores its limit). */
    long count(ShardFilter filter);

    /** Total number of shards. */
    default long size() {
        return count(ShardFilter.ALL);
    }
}
