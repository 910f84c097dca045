package io.hololoom.core.loom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hololoom.api.PatternCard;
import io.hololoom.api.Policy;
import io.hololoom.api.Query;
import io.hololoom.api.Spacetime;
import io.hololoom.api.ToolResult.Status;
import io.hololoom.api.Trace;
import io.hololoom.api.memory.Shard.Kind;
import io.hololoom.core.Hololoom;
import io.hololoom.core.json.SpacetimeJson;
import io.hololoom.core.testing.FastTempDir;
import io.hololoom.core.testing.FixedPolicy;
import io.hololoom.core.testing.TestHololoom;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoomWeaveTest {
    /** Observation length for the 32-d test embedder (embedding block capped at the dimension). */
    static final int OBSERVATION = 32 + MotifVocabulary.size() + ContextFeatures.SIZE + PatternCard.values().length
            + ObservationEncoder.QUERY_FEATURES + 1;

    @TempDir(factory = FastTempDir.class)
    Path home;

    private static void addDocuments(Hololoom h, int n) {
        String[] topics = {"kubernetes pods nodes", "git commits branches", "tls certificates handshakes",
            "caching eviction ttl", "databases indexes transactions", "http requests status codes"};
        for (int i = 0; i < n; i++) {
            h.memory().add(topics[i % topics.length] + " part " + i, Kind.DOCUMENT, "doc" + i, List.of());
        }
    }

    @Test
    void aWeaveRecordsTheWholeTrace() {
        try (Hololoom h = TestHololoom.open(home, Map.of("hololoom.tools", "test-echo,test-refuse"))) {
            addDocuments(h, 5);
            Spacetime s = h.loom().weave("what is 17 * 23?");

            assertThat(s.id()).hasSize(16);
            assertThat(s.query()).isEqualTo("what is 17 * 23?");
            assertThat(s.card()).isEqualTo(PatternCard.BARE);
            assertThat(s.tool()).isEqualTo("test-echo");
            assertThat(s.status()).isEqualTo(Status.OK);
            assertThat(s.isError()).isFalse();
            assertThat(s.response()).isEqualTo("echo: what is 17 * 23?");
            assertThat(s.quality()).isEqualTo(0.8);
            assertThat(s.confidence()).as("mean of the policy's probability and the tool's quality")
                    .isCloseTo(0.5 * FixedPolicy.CHOSEN_PROBABILITY + 0.5 * 0.8, within(1e-12));

            Trace t = s.trace();
            assertThat(t.stages()).containsOnlyKeys("validation", "cache_lookup", "pattern_selection",
                    "feature_extraction", "retrieval", "warp", "convergence", "tool_execution", "assembly");
            assertThat(List.copyOf(t.stages().keySet())).containsExactly("validation", "cache_lookup",
                    "pattern_selection", "feature_extraction", "retrieval", "warp", "convergence", "tool_execution",
                    "assembly");
            assertThat(t.stages().values()).allSatisfy(ms -> assertThat(ms).isNotNegative());
            assertThat(t.durationMs()).isGreaterThanOrEqualTo(t.stages().get("tool_execution"));
            assertThat(t.motifs()).contains("arithmetic", "number", "wh_question", "question_mark");
            assertThat(t.scales()).containsExactly(8);
            assertThat(t.contextIds()).hasSize(PatternCard.BARE.retrievalK()).doesNotHaveDuplicates();
            assertThat(s.sources()).isEqualTo(t.contextIds());
            assertThat(t.embedder()).isEqualTo("test-embedder/d32/v1");
            assertThat(t.policy()).isEqualTo("test-fixed");
            assertThat(t.policyVersion()).isEqualTo(h.loom().learner().policy().version());
            assertThat(t.strategy()).isEqualTo("fixed");
            assertThat(t.probabilities()).containsExactly(Map.entry("test-echo", 0.7), Map.entry("test-refuse",
                    0.30000000000000004));
            assertThat(t.value()).isNaN();
            assertThat(t.observation()).hasSize(OBSERVATION);
            assertThat(t.errors()).isEmpty();
            assertThat(t.warnings()).isEmpty();
            assertThat(t.caches()).containsOnlyKeys("result", "embedding");
            assertThat(t.cached()).isFalse();
            assertThat(t.startedAt()).isNotNull();
        }
    }

    @Test
    void aSpacetimeIsJsonAbleAndFoundAgainById() {
        try (Hololoom h = TestHololoom.open(home)) {
            addDocuments(h, 3);
            Spacetime s = h.loom().weave("how do kubernetes pods get scheduled onto nodes in a cluster?");
            assertThat(SpacetimeJson.fromJson(SpacetimeJson.toJson(s, true))).isEqualTo(s);
            assertThat(h.loom().find(s.id())).contains(s);
            assertThat(h.loom().find("0000000000000000")).isEmpty();
        }
    }

    @Test
    void shortQueriesTakeBareLongerOnesFastAndAForcedCardWins() {
        try (Hololoom h = TestHololoom.open(home)) {
            addDocuments(h, 12);
            String short49 = "x".repeat(45) + " abc";
            String long50 = "x".repeat(46) + " abc";
            assertThat(short49).hasSize(49);
            Spacetime bare = h.loom().weave(short49);
            assertThat(bare.card()).isEqualTo(PatternCard.BARE);
            assertThat(bare.trace().scales()).containsExactly(8);
            assertThat(bare.trace().contextIds()).hasSize(3);

            Spacetime fast = h.loom().weave(long50);
            assertThat(fast.card()).isEqualTo(PatternCard.FAST);
            assertThat(fast.trace().scales()).containsExactly(8, 16);
            assertThat(fast.trace().contextIds()).hasSize(6);

            Spacetime fused = h.loom().weave(Query.of("hi", PatternCard.FUSED), Policy.Mode.EXPLORE);
            assertThat(fused.card()).isEqualTo(PatternCard.FUSED);
            assertThat(fused.trace().scales()).containsExactly(8, 16, 32);
            assertThat(fused.trace().contextIds()).hasSize(10);
            assertThat(fused.trace().observation()).hasSize(OBSERVATION);
        }
    }

    @Test
    void theConfiguredCardIsUsedUnlessTheQueryAsksForAnother() {
        try (Hololoom h = TestHololoom.open(home, Map.of("hololoom.card", "FUSED"))) {
            assertThat(h.loom().weave("short").card()).isEqualTo(PatternCard.FUSED);
            assertThat(h.loom().weave(Query.of("short", PatternCard.BARE), Policy.Mode.GREEDY).card())
                    .isEqualTo(PatternCard.BARE);
        }
    }

    @Test
    void scalesFollowTheEmbedderDimension() {
        try (Hololoom h = TestHololoom.open(home, Map.of("hololoom.embedder.test-embedder.dimension", "384"))) {
            Spacetime s = h.loom().weave(Query.of("scales", PatternCard.FUSED), Policy.Mode.EXPLORE);
            assertThat(s.trace().scales()).containsExactly(96, 192, 384);
            assertThat(s.trace().observation()).hasSize(OBSERVATION - 32 + 96);
        }
    }

    @Test
    void anEmptyMemoryGivesNoContext() {
        try (Hololoom h = TestHololoom.open(home)) {
            Spacetime s = h.loom().weave("anything at all");
            assertThat(s.trace().contextIds()).isEmpty();
            assertThat(s.sources()).isEmpty();
            assertThat(s.status()).isEqualTo(Status.OK);
        }
    }

    @Test
    void theBuiltInCorpusIsLoadedIntoAFreshStoreOnceAndRetrieved() {
        Map<String, String> flags = Map.of("hololoom.memory.builtin-corpus", "true");
        long size;
        try (Hololoom h = TestHololoom.open(home, flags)) {
            size = h.memory().size();
            assertThat(size).isGreaterThanOrEqualTo(25);
            Spacetime s = h.loom().weave("how does the reflection buffer store experiences for ppo training?");
            assertThat(s.trace().contextIds()).hasSize(6);
            assertThat(s.trace().contextIds()).allSatisfy(id -> assertThat(h.memory().get(id).source())
                    .startsWith("builtin:"));
        }
        try (Hololoom h = TestHololoom.open(home, flags)) {
            assertThat(h.memory().size()).as("not loaded twice").isEqualTo(size);
        }
    }

    @Test
    void greedyAndExploreBothWeave() {
        try (Hololoom h = TestHololoom.open(home)) {
            Spacetime g = h.loom().weave(Query.of("what is 2 + 2?"), Policy.Mode.GREEDY);
            assertThat(g.status()).isEqualTo(Status.OK);
            assertThat(h.loom().actions()).containsExactly("test-echo");
            assertThat(g.trace().probabilities()).containsExactly(Map.entry("test-echo", 1.0));
            assertThat(g.confidence()).isCloseTo(0.9, within(1e-12));
        }
    }

    @Test
    void aQueryWhoseEmbeddingIsZeroIsServedWithoutContext() {
        try (Hololoom h = TestHololoom.open(home)) {
            addDocuments(h, 3);
            assertThat(h.embedder().embed("???")).containsOnly(0f);
            Spacetime s = h.loom().weave("???");
            assertThat(s.trace().errors()).isEmpty();
            assertThat(s.status()).isEqualTo(Status.OK);
            assertThat(s.trace().contextIds()).isEmpty();
        }
    }
}
