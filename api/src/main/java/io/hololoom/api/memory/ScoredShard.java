package io.hololoom.api.memory;

import static java.util.Objects.requireNonNull;

/**
 * A shard with its similarity to a query.
 *
 * @param shard the shard
 * @param score cosine similarity in [-1, 1]
 */
public record ScoredShard(Shard shard, double score) {
    public ScoredShard {
        requireNonNull(shard, "shard is null");
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score is not finite");
        }
    }
}
