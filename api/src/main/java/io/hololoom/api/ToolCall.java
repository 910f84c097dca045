package io.hololoom.api;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.memory.ScoredShard;
import java.time.Duration;
import java.util.List;

/**
 * One invocation of a tool.
 *
 * @param spacetimeId the id of the Spacetime this call belongs to
 * @param query the validated query text
 * @param queryEmbedding the query's full-dimension embedding (unit norm), never modified by tools
 * @param context the shards the loom retrieved for this query, best first
 * @param budget how long the tool may run
 */
public record ToolCall(String spacetimeId, String query, float[] queryEmbedding, List<ScoredShard> context,
        Duration budget) {
    public ToolCall {
        requireNonNull(spacetimeId, "spacetimeId is null");
        requireNonNull(query, "query is null");
        requireNonNull(queryEmbedding, "queryEmbedding is null");
        context = List.copyOf(requireNonNull(context, "context is null"));
        requireNonNull(budget, "budget is null");
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("budget must be positive, was [" + budget + "]");
        }
    }

    /** A copy of the embedding. */
    @Override
    public float[] queryEmbedding() {
        return queryEmbedding.clone();
    }
}
