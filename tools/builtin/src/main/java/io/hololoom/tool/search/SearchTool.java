package io.hololoom.tool.search;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Tool;
import io.hololoom.api.ToolCall;
import io.hololoom.api.ToolResult;
import io.hololoom.api.memory.MemoryStore;
import io.hololoom.api.memory.ScoredShard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code search} tool: lists the shards most similar to the query, with ids and scores.
 *
 * <p>It uses the loom's retrieved context when there is one (no second search) and otherwise asks the memory
 * store for the top {@code k} by the query embedding. Output: one line per shard,
 * {@code 1. [id] (score 0.83) first ~200 chars…}; sources are the ids; quality is the top score clamped to
 * [0, 1]. An empty store or no hit is a valid search outcome: OK with "no matching documents" and quality 0
 * (not REFUSED), so the reward sees a search that ran and found nothing. Thread-safe: immutable, the store is
 * thread-safe.
 */
public final class SearchTool implements Tool {

    private final SearchConfig config;
    private final MemoryStore memory;

    public SearchTool(SearchConfig config, MemoryStore memory) {
        this.config = requireNonNull(config, "config is null");
        this.memory = requireNonNull(memory, "memory is null");
    }

    /** No side effects; the output depends only on the query and the memory store (part of the cache key). */
    @Override
    public boolean cacheable() {
        return true;
    }

    @Override
    public String description() {
        return "Lists the stored documents and notes most similar to the query, with ids and scores.";
    }

    @Override
    public ToolResult run(ToolCall call) {
        requireNonNull(call, "call is null");
        if (Thread.currentThread().isInterrupted()) {
            return ToolResult.timeout("interrupted before searching");
        }
        if (call.query().isBlank()) {
            return ToolResult.refused("query is blank");
        }
        List<ScoredShard> hits;
        if (!call.context().isEmpty()) {
            hits = new ArrayList<>(call.context());
            // the loom promises best first; a stable sort keeps that order and repairs it if broken
            hits.sort(Comparator.comparingDouble(ScoredShard::score).reversed());
            hits = hits.subList(0, Math.min(config.k(), hits.size()));
        } else {
            try {
                hits = memory.search(call.queryEmbedding(), config.k());
            } catch (IllegalArgumentException e) {
                return ToolResult.error("the query embedding does not fit the memory store");
            } catch (RuntimeException e) {
                return ToolResult.error("memory search failed");
            }
        }
        if (hits.isEmpty()) {
            return ToolResult.ok("no matching documents", 0.0, List.of(), Map.of("count", "0"));
        }
        StringBuilder out = new StringBuilder();
        List<String> ids = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            if (Thread.currentThread().isInterrupted()) {
                return ToolResult.timeout("interrupted while formatting results");
            }
            ScoredShard hit = hits.get(i);
            ids.add(hit.shard().id());
            if (i > 0) {
                out.append('\n');
            }
            out.append(i + 1).append(". [").append(hit.shard().id()).append("] (score ")
                    .append(String.format(Locale.ROOT, "%.2f", hit.score())).append(") ")
                    .append(Snippets.of(hit.shard().text(), config.snippetChars()));
        }
        double quality = Math.max(0, Math.min(1, hits.get(0).score()));
        return ToolResult.ok(out.toString(), quality, ids,
                Map.of("count", Integer.toString(hits.size()), "top_score",
                        String.format(Locale.ROOT, "%.4f", hits.get(0).score())));
    }
}
