package io.hololoom.tool.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.Embedder;
import io.hololoom.api.ToolResult;
import io.hololoom.api.ToolResult.Status;
import io.hololoom.api.memory.Shard;
import io.hololoom.api.plugin.ToolProvider;
import io.hololoom.testkit.FakePluginContext;
import io.hololoom.testkit.FixedEmbedder;
import io.hololoom.testkit.MapPluginConfig;
import io.hololoom.tool.testkit.BuiltinToolContractTest;
import io.hololoom.tool.testkit.FailingMemoryStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnswerToolTest extends BuiltinToolContractTest {

    @Override
    protected ToolProvider provider() {
        return new AnswerToolProvider();
    }

    @Override
    protected String expectedName() {
        return "answer";
    }

    @Override
    protected String workingQuery() {
        return "what is the clip range of PPO?";
    }

    /** An embedder that counts its calls and can be told to fail. */
    private static final class CountingEmbedder implements Embedder {
        final FixedEmbedder inner = new FixedEmbedder();
        final AtomicInteger calls = new AtomicInteger();
        volatile boolean fail;

        @Override
        public int dimension() {
            return inner.dimension();
        }

        @Override
        public float[] embed(String text) {
            calls.incrementAndGet();
            if (fail) {
                throw new IllegalStateException("model missing");
            }
            return inner.embed(text);
        }

        @Override
        public String fingerprint() {
            return inner.fingerprint();
        }
    }

    @Test
    void answersWithTheBestSentenceAndItsSource() {
        ToolResult result = run(workingQuery());
        assertThat(result.status()).isEqualTo(Status.OK);
        assertThat(result.output()).startsWith("The clip range is usually 0.2.");
        assertThat(result.sources()).first().isEqualTo("document-1");
        assertThat(result.quality()).isBetween(0.5, 1.0);
        assertThat(result.data()).containsKeys("best_score", "sentences");
    }

    @Test
    void answersFromNotes() {
        ToolResult result = run("what is the staging server?");
        assertThat(result.output()).startsWith("the staging server is db-7");
        assertThat(result.sources()).contains("note-4");
    }

    @Test
    void answersFromTheLoomsContext() {
        var call = fixture.callWithContext("what is the capital of France?", 3);
        int before = fixture.store.searches();
        ToolResult result = run(call);
        assertThat(fixture.store.searches()).isEqualTo(before);
        assertThat(result.output()).startsWith("Paris is the capital of France.");
        assertThat(result.sources()).containsExactly("document-3");
    }

    @Test
    void nothingRelevantIsRefused() {
        ToolResult result = run("what is the boiling point of mercury?");
        assertThat(result.status()).isEqualTo(Status.REFUSED);
        assertThat(result.reason()).isEqualTo("no relevant context");
        assertThat(result.quality()).isZero();
        assertThat(run("what is it?").reason()).isEqualTo("no relevant context");
    }

    @Test
    void atMostMaxSentencesAreReturned() {
        fixture.store.add("Caching helps. The cache has a TTL. Cache keys include the card. Cache stats are kept. "
                + "Cache size is 50.", Shard.Kind.DOCUMENT, "c.md", List.of());
        ToolResult three = run("tell me about the cache");
        assertThat(Integer.parseInt(three.data().get("sentences"))).isBetween(1, 3);
        tool = provider().create(fixture.context("answer", Map.of("max-sentences", "1")));
        assertThat(run("tell me about the cache").data()).containsEntry("sentences", "1");
    }

    @Test
    void duplicateSentencesAppearOnce() {
        fixture.store.add("the staging server is db-7", Shard.Kind.NOTE, "note", List.of());
        ToolResult result = run("what is the staging server?");
        assertThat(result.output()).isEqualTo("the staging server is db-7");
    }

    @Test
    void worksLexicallyWithoutAnEmbedderService() {
        tool = provider().create(fixture.contextWithoutEmbedder("answer", Map.of()));
        ToolResult result = run(workingQuery());
        assertThat(result.output()).startsWith("The clip range is usually 0.2.");
    }

    @Test
    void embedderIsResolvedLazilyAndSkippedWhenWeightIsZero() {
        CountingEmbedder counting = new CountingEmbedder();
        var context = FakePluginContext.builder().config(MapPluginConfig.empty("tool", "answer"))
                .memory(fixture.store).embedder(counting).build();
        tool = provider().create(context);
        assertThat(counting.calls).hasValue(0);
        run(workingQuery());
        assertThat(counting.calls.get()).isPositive();

        CountingEmbedder unused = new CountingEmbedder();
        tool = provider().create(FakePluginContext.builder()
                .config(MapPluginConfig.of("tool", "answer", Map.of("semantic-weight", "0")))
                .memory(fixture.store).embedder(unused).build());
        assertThat(run(workingQuery()).status()).isEqualTo(Status.OK);
        assertThat(unused.calls).hasValue(0);
    }

    @Test
    void failingEmbedderFallsBackToLexicalScoring() {
        CountingEmbedder failing = new CountingEmbedder();
        failing.fail = true;
        tool = new AnswerTool(AnswerConfig.DEFAULTS, fixture.store, () -> Optional.of(failing));
        ToolResult result = run(workingQuery());
        assertThat(result.status()).isEqualTo(Status.OK);
        assertThat(result.output()).startsWith("The clip range is usually 0.2.");
    }

    @Test
    void embedderOfAnotherDimensionIsIgnored() {
        tool = new AnswerTool(AnswerConfig.DEFAULTS, fixture.store, () -> Optional.of(new FixedEmbedder(8)));
        assertThat(run(workingQuery()).output()).startsWith("The clip range is usually 0.2.");
    }

    @Test
    void semanticScoreMixesIntoQuality() {
        ToolResult lexical = new AnswerTool(AnswerConfig.DEFAULTS, fixture.store, Optional::empty)
                .run(fixture.call("what is the staging server?"));
        ToolResult mixed = new AnswerTool(AnswerConfig.DEFAULTS, fixture.store,
                () -> Optional.of(fixture.embedder)).run(fixture.call("what is the staging server?"));
        assertThat(lexical.quality()).isEqualTo(1.0);
        assertThat(mixed.quality()).isLessThan(1.0).isGreaterThan(0.5);
    }

    @Test
    void storageFailureIsAnError() {
        tool = new AnswerTool(AnswerConfig.DEFAULTS, new FailingMemoryStore(), Optional::empty);
        assertThat(run("what is PPO?").reason()).isEqualTo("memory search failed");
    }

    @Test
    void tooLongQueriesAreRefused() {
        assertThat(run("ppo ".repeat(600)).reason()).isEqualTo("query too long (limit 2000 characters)");
    }

    @Test
    void sentencesSplitAtBoundariesButNotInsideNumbersOrAbbreviations() {
        assertThat(Sentences.split("PPO clips. The range is 0.2. e.g. this stays\n- bullet item\n# Heading", 10))
                .containsExactly("PPO clips.", "The range is 0.2. e.g. this stays", "bullet item", "Heading");
        assertThat(Sentences.split("x".repeat(1000), 10).get(0)).hasSize(Sentences.MAX_SENTENCE_CHARS + 1);
        assertThat(Sentences.split("A. B. C. D.", 10)).isEmpty();
        assertThat(Sentences.split("One two. Three four. Five six.", 2)).hasSize(2);
    }

    @Test
    void termsDropStopWordsAndFoldPlurals() {
        assertThat(LexicalScorer.terms("What are the caches and queries of the classes?"))
                .containsExactly("cache", "query", "classe");
        assertThat(LexicalScorer.stem("status")).isEqualTo("status");
        assertThat(LexicalScorer.stem("class")).isEqualTo("class");
        double[] scores = LexicalScorer.score(LexicalScorer.terms("staging server"),
                List.of(LexicalScorer.terms("the staging server is db-7"), LexicalScorer.terms("a server"),
                        LexicalScorer.terms("nothing here")));
        assertThat(scores[0]).isEqualTo(1.0);
        assertThat(scores[1]).isBetween(0.01, 0.99);
        assertThat(scores[2]).isZero();
    }
}
