package io.hololoom.tool.testkit;

import io.hololoom.api.ToolCall;
import io.hololoom.api.memory.ScoredShard;
import io.hololoom.api.memory.Shard;
import io.hololoom.testkit.FakePluginContext;
import io.hololoom.testkit.FixedEmbedder;
import io.hololoom.testkit.InMemoryMemoryStore;
import io.hololoom.testkit.MapPluginConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * One test world for the built-in tools, made of the testkit's fakes: an embedder, an in-memory store on a
 * movable clock, sample documents and notes, and helpers to build contexts and calls.
 */
public final class Fixture {
    /** 2024-05-15 (a Wednesday) 12:00 UTC. */
    public static final Instant NOW = Instant.parse("2024-05-15T12:00:00Z");

    public final FixedEmbedder embedder = new FixedEmbedder();
    public final MutableClock clock = new MutableClock(NOW, ZoneOffset.UTC);
    public final InMemoryMemoryStore store = new InMemoryMemoryStore(embedder, clock);

    /** A few documents and notes about different topics. */
    public Fixture withSampleData() {
        store.add("PPO clips the policy ratio to keep updates small. The clip range is usually 0.2.",
                Shard.Kind.DOCUMENT, "builtin:ppo.md", List.of("rl"));
        store.add("The query cache keeps 50 entries for five minutes. A cache hit skips the policy.",
                Shard.Kind.DOCUMENT, "builtin:cache.md", List.of("perf"));
        store.add("Paris is the capital of France. It lies on the Seine.", Shard.Kind.DOCUMENT,
                "builtin:geo.md", List.of());
        store.add("the staging server is db-7", Shard.Kind.NOTE, "note", List.of("infra"));
        store.add("PPO needs a value head for GAE", Shard.Kind.NOTE, "note", List.of("rl"));
        return this;
    }

    /** The context of tool {@code tool} with these settings, this store and this embedder. */
    public FakePluginContext context(String tool, Map<String, String> config) {
        return FakePluginContext.builder().config(MapPluginConfig.of("tool", tool, config)).memory(store)
                .embedder(embedder).build();
    }

    /** A context with the memory store but no embedder service. */
    public FakePluginContext contextWithoutEmbedder(String tool, Map<String, String> config) {
        return FakePluginContext.builder().config(MapPluginConfig.of("tool", tool, config)).memory(store).build();
    }

    /** A call with the query's embedding and no retrieved context (tools fall back to the store). */
    public ToolCall call(String query) {
        return new ToolCall("st-1", query, embedder.embed(query), List.of(), Duration.ofSeconds(2));
    }

    /** A call carrying the loom's retrieved context: the store's top {@code k} for the query. */
    public ToolCall callWithContext(String query, int k) {
        List<ScoredShard> context = store.search(embedder.embed(query), k);
        return new ToolCall("st-1", query, embedder.embed(query), context, Duration.ofSeconds(2));
    }

    public ToolCall callWithContext(String query, List<ScoredShard> context) {
        return new ToolCall("st-1", query, embedder.embed(query), context, Duration.ofSeconds(2));
    }
}
