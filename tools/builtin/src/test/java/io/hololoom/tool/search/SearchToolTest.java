package io.hololoom.tool.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.ToolResult;
import io.hololoom.api.ToolResult.Status;
import io.hololoom.api.memory.ScoredShard;
import io.hololoom.api.memory.Shard;
import io.hololoom.api.plugin.ToolProvider;
import io.hololoom.testkit.InMemoryMemoryStore;
import io.hololoom.tool.testkit.BuiltinToolContractTest;
import io.hololoom.tool.testkit.FailingMemoryStore;
import io.hololoom.tool.testkit.Fixture;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchToolTest extends BuiltinToolContractTest {

    @Override
    protected ToolProvider provider() {
        return new SearchToolProvider();
    }

    @Override
    protected String expectedName() {
        return "search";
    }

    @Override
    protected String workingQuery() {
        return "PPO clip ratio";
    }

    @Test
    void searchesTheStoreWhenThereIsNoContext() {
        int before = fixture.store.searches();
        ToolResult result = run("PPO clip range");
        assertThat(fixture.store.searches()).isEqualTo(before + 1);
        assertThat(result.status()).isEqualTo(Status.OK);
        String[] lines = result.output().split("\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).matches("1\\. \\[document-1\\] \\(score 0\\.\\d\\d\\) PPO clips the policy ratio.*");
        assertThat(result.sources()).hasSize(5).first().isEqualTo("document-1");
        assertThat(result.data()).containsEntry("count", "5");
    }

    @Test
    void usesTheLoomsContextWithoutSearchingAgain() {
        var call = fixture.callWithContext("staging server", 2);
        int before = fixture.store.searches();
        ToolResult result = run(call);
        assertThat(fixture.store.searches()).isEqualTo(before);
        assertThat(result.sources()).containsExactly(call.context().get(0).shard().id(),
                call.context().get(1).shard().id());
        assertThat(result.sources().get(0)).isEqualTo("note-4");
    }

    @Test
    void qualityIsTheTopScoreClampedToTheUnitInterval() {
        ToolResult result = run("the staging server is db-7");
        double top = fixture.store.search(fixture.embedder.embed("the staging server is db-7"), 1).get(0).score();
        assertThat(result.quality()).isEqualTo(Math.max(0, Math.min(1, top)));
        assertThat(result.output()).startsWith("1. [note-4] (score " + String.format(java.util.Locale.ROOT, "%.2f", top));

        Shard s = new Shard("x-1", "text", Shard.Kind.NOTE, "note", List.of(), Instant.EPOCH);
        assertThat(run(fixture.callWithContext("q", List.of(new ScoredShard(s, -0.4)))).quality()).isZero();
    }

    @Test
    void unsortedContextIsListedBestFirst() {
        Shard a = new Shard("a-1", "alpha", Shard.Kind.NOTE, "note", List.of(), Instant.EPOCH);
        Shard b = new Shard("b-1", "beta", Shard.Kind.NOTE, "note", List.of(), Instant.EPOCH);
        ToolResult result = run(fixture.callWithContext("q", List.of(new ScoredShard(a, 0.2), new ScoredShard(b, 0.9))));
        assertThat(result.sources()).containsExactly("b-1", "a-1");
        assertThat(result.quality()).isEqualTo(0.9);
    }

    @Test
    void kIsConfigurable() {
        tool = provider().create(fixture.context("search", Map.of("k", "2")));
        ToolResult result = run("PPO clip range");
        assertThat(result.output().split("\n")).hasSize(2);
        assertThat(result.sources()).hasSize(2);
        assertThat(run(fixture.callWithContext("PPO", 5)).sources()).hasSize(2);
    }

    @Test
    void longShardsAreCutToASnippet() {
        fixture.store.add("word ".repeat(300).trim(), Shard.Kind.DOCUMENT, "long.md", List.of());
        ToolResult result = run("word word word");
        String first = result.output().split("\n")[0];
        String snippet = first.substring(first.indexOf(") ") + 2);
        assertThat(snippet).endsWith("…").hasSizeLessThanOrEqualTo(201);
        assertThat(snippet).doesNotContain("  ");
    }

    @Test
    void snippetsFlattenWhitespaceAndControlCharacters() {
        assertThat(Snippets.of("a\n\n b\u0000c\td", 200)).isEqualTo("a b c d");
        assertThat(Snippets.of("x\uD800y", 200)).isEqualTo("x y");
        assertThat(Snippets.of("😀".repeat(30), 21)).doesNotContain("\uD83D…");
    }

    @Test
    void emptyStoreIsOkWithNothingFoundAndZeroQuality() {
        Fixture empty = new Fixture();
        tool = provider().create(empty.context("search", Map.of()));
        ToolResult result = run(empty.call("anything"));
        assertThat(result.status()).isEqualTo(Status.OK);
        assertThat(result.output()).isEqualTo("no matching documents");
        assertThat(result.quality()).isZero();
        assertThat(result.sources()).isEmpty();
    }

    @Test
    void storageFailureIsAnError() {
        tool = new SearchTool(SearchConfig.DEFAULTS, new FailingMemoryStore());
        ToolResult result = run("anything");
        assertThat(result.status()).isEqualTo(Status.ERROR);
        assertThat(result.reason()).isEqualTo("memory search failed");
    }

    @Test
    void storeRejectingTheEmbeddingIsAnError() {
        tool = new SearchTool(SearchConfig.DEFAULTS, new InMemoryMemoryStore(fixture.embedder, fixture.clock));
        ToolResult result = run(new io.hololoom.api.ToolCall("s", "q", new float[5], List.of(),
                java.time.Duration.ofSeconds(1)));
        assertThat(result.status()).isEqualTo(Status.ERROR);
        assertThat(result.reason()).isEqualTo("the query embedding does not fit the memory store");
    }
}
