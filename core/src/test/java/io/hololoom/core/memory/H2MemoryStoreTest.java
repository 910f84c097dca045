package io.hololoom.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hololoom.api.memory.ScoredShard;
import io.hololoom.api.memory.Shard;
import io.hololoom.api.memory.Shard.Kind;
import io.hololoom.api.memory.ShardFilter;
import io.hololoom.core.testing.FastTempDir;
import io.hololoom.core.testing.MutableClock;
import io.hololoom.core.testing.TestEmbedder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2MemoryStoreTest {
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir(factory = FastTempDir.class)
    Path dir;

    private final MutableClock clock = new MutableClock(T0);
    private final TestEmbedder embedder = new TestEmbedder();
    private MemoryFixture fixture;
    private H2MemoryStore store;

    @BeforeEach
    void open() {
        fixture = new MemoryFixture(dir, embedder, clock);
        store = fixture.store;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private MemoryFixture reopen(TestEmbedder e) {
        fixture.close();
        fixture = new MemoryFixture(dir, e, clock);
        store = fixture.store;
        return fixture;
    }

    @Test
    void addStoresAShardWithNormalisedTagsAndTheClockTime() {
        Shard s = store.add("Kubernetes schedules pods onto nodes", Kind.DOCUMENT, "k8s.md",
                List.of(" Infra ", "infra", "", "OPS"));
        assertThat(s.id()).startsWith("d-");
        assertThat(s.text()).isEqualTo("Kubernetes schedules pods onto nodes");
        assertThat(s.kind()).isEqualTo(Kind.DOCUMENT);
        assertThat(s.source()).isEqualTo("k8s.md");
        assertThat(s.tags()).containsExactly("infra", "ops");
        assertThat(s.createdAt()).isEqualTo(T0);
        assertThat(store.get(s.id())).isEqualTo(s);
        assertThat(store.size()).isEqualTo(1);
        assertThat(store.get("d-missing")).isNull();

        Shard note = store.add("buy milk", Kind.NOTE, "note", List.of());
        assertThat(note.id()).startsWith("n-");
        assertThat(store.size()).isEqualTo(2);
    }

    @Test
    void blankTextIsRejectedAndNothingIsStored() {
        assertThatThrownBy(() -> store.add("  \n ", Kind.NOTE, "note", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("cannot store a blank note");
        assertThat(store.size()).isZero();
        assertThat(store.generation()).isZero();
    }

    @Test
    void searchFindsTheMostSimilarShardsBestFirst() {
        Shard k8s = store.add("kubernetes pods nodes cluster", Kind.DOCUMENT, "a", List.of());
        store.add("git commit branch merge", Kind.DOCUMENT, "b", List.of());
        store.add("tls certificate handshake cipher", Kind.DOCUMENT, "c", List.of());
        List<ScoredShard> hits = store.search(embedder.embed("kubernetes pods nodes cluster"), 2);
        assertThat(hits).hasSize(2);
        assertThat(hits.get(0).shard()).isEqualTo(k8s);
        assertThat(hits.get(0).score()).isCloseTo(1.0, within(1e-5));
        assertThat(hits.get(0).score()).isGreaterThanOrEqualTo(hits.get(1).score());
        assertThat(store.search(embedder.embed("kubernetes"), 10)).hasSize(3);
        assertThat(store.search(embedder.embed("kubernetes"), 1, new int[] {8, 16}).get(0).shard()).isEqualTo(k8s);
    }

    @Test
    void searchRejectsBadArguments() {
        store.add("x y z", Kind.NOTE, "n", List.of());
        assertThatThrownBy(() -> store.search(embedder.embed("x"), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("k must be positive");
        assertThatThrownBy(() -> store.search(new float[5], 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("query embedding has 5 dimensions; the store's embedder has 32");
        try (MemoryFixture empty = new MemoryFixture(dir.resolve("empty"), embedder, clock)) {
            assertThat(empty.store.search(embedder.embed("x"), 3)).isEmpty();
        }
    }

    @Test
    void findFiltersByKindKeywordTagAndDateNewestFirst() {
        Shard a = store.add("Deploying Kubernetes clusters", Kind.DOCUMENT, "a", List.of("infra"));
        clock.advance(Duration.ofHours(1));
        Shard b = store.add("remember the kubernetes upgrade", Kind.NOTE, "note", List.of("Infra", "todo"));
        clock.advance(Duration.ofHours(1));
        Shard c = store.add("buy milk", Kind.NOTE, "note", List.of("todo"));

        assertThat(store.find(ShardFilter.ALL)).containsExactly(c, b, a);
        assertThat(store.find(ShardFilter.ALL.withKind(Kind.NOTE))).containsExactly(c, b);
        assertThat(store.find(ShardFilter.ALL.withKeyword("KUBERNETES"))).containsExactly(b, a);
        assertThat(store.find(ShardFilter.ALL.withTag("INFRA"))).containsExactly(b, a);
        assertThat(store.find(ShardFilter.ALL.withTag("todo").withKeyword("milk"))).containsExactly(c);
        assertThat(store.find(ShardFilter.ALL.withTag("inf"))).as("tags match whole").isEmpty();
        assertThat(store.find(ShardFilter.ALL.withRange(T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(2)))))
                .as("from inclusive, to exclusive").containsExactly(b);
        assertThat(store.find(ShardFilter.ALL.withRange(T0.plus(Duration.ofMinutes(30)), null))).containsExactly(c, b);
        assertThat(store.find(ShardFilter.ALL.withRange(null, T0.plus(Duration.ofMinutes(30))))).containsExactly(a);
        assertThat(store.find(ShardFilter.ALL.withLimit(2))).containsExactly(c, b);
        assertThat(store.count(ShardFilter.ALL.withLimit(1))).as("count ignores the limit").isEqualTo(3);
        assertThat(store.count(ShardFilter.ALL.withKind(Kind.NOTE).withTag("todo"))).isEqualTo(2);
        assertThat(store.count(ShardFilter.ALL.withKeyword("nothing like this"))).isZero();
    }

    @Test
    void shardsAddedInTheSameInstantAreNewestFirstByInsertionOrder() {
        Shard a = store.add("first", Kind.NOTE, "n", List.of());
        Shard b = store.add("second", Kind.NOTE, "n", List.of());
        assertThat(store.find(ShardFilter.ALL)).containsExactly(b, a);
    }

    @Test
    void keywordsMatchWholeWordsOptionallyPlural() {
        Shard ppo = store.add("PPO clips the policy ratio", Kind.NOTE, "n", List.of());
        Shard opposite = store.add("the opposite direction", Kind.NOTE, "n", List.of());
        Shard notes = store.add("three notes about caching", Kind.NOTE, "n", List.of());
        Shard boxes = store.add("two boxes", Kind.NOTE, "n", List.of());
        assertThat(store.find(ShardFilter.ALL.withKeyword("ppo"))).containsExactly(ppo);
        assertThat(store.find(ShardFilter.ALL.withKeyword("Opposite"))).containsExactly(opposite);
        assertThat(store.find(ShardFilter.ALL.withKeyword("note"))).containsExactly(notes);
        assertThat(store.find(ShardFilter.ALL.withKeyword("box"))).containsExactly(boxes);
        assertThat(store.find(ShardFilter.ALL.withKeyword("cach"))).isEmpty();
        assertThat(store.find(ShardFilter.ALL.withKeyword(" caching "))).containsExactly(notes);
    }

    @Test
    void keywordsAndTagsAreMatchedLiterallyNotAsPatterns() {
        Shard percent = store.add("I am 100% sure", Kind.NOTE, "n", List.of("a_b"));
        store.add("I am 1000 sure", Kind.NOTE, "n", List.of("axb"));
        Shard underscore = store.add("use snake_case names", Kind.NOTE, "n", List.of());
        store.add("use snakeXcase names", Kind.NOTE, "n", List.of());
        Shard plus = store.add("I like c++ a lot", Kind.NOTE, "n", List.of("50%"));
        store.add("I like cxx a lot", Kind.NOTE, "n", List.of("500"));
        Shard backslash = store.add("path C:\\temp\\x", Kind.NOTE, "n", List.of());
        Shard dots = store.add("version 1.2 released", Kind.NOTE, "n", List.of());
        store.add("version 1x2 released", Kind.NOTE, "n", List.of());

        assertThat(store.find(ShardFilter.ALL.withKeyword("100%"))).containsExactly(percent);
        assertThat(store.find(ShardFilter.ALL.withKeyword("snake_case"))).containsExactly(underscore);
        assertThat(store.find(ShardFilter.ALL.withKeyword("c++"))).containsExactly(plus);
        assertThat(store.find(ShardFilter.ALL.withKeyword("1.2"))).containsExactly(dots);
        assertThat(store.find(ShardFilter.ALL.withKeyword("temp"))).containsExactly(backslash);
        assertThat(store.find(ShardFilter.ALL.withKeyword("(unbalanced"))).isEmpty();
        assertThat(store.find(ShardFilter.ALL.withKeyword("\\Q"))).isEmpty();
        assertThat(store.find(ShardFilter.ALL.withTag("a_b"))).containsExactly(percent);
        assertThat(store.find(ShardFilter.ALL.withTag("50%"))).containsExactly(plus);
    }

    @Test
    void documentsAreStoredOncePerSourceAndTextNotesAlways() {
        Shard first = store.add("the same paragraph", Kind.DOCUMENT, "a.md", List.of());
        long generation = store.generation();
        Shard again = store.add("the same paragraph", Kind.DOCUMENT, "a.md", List.of("new-tag"));
        assertThat(again).isEqualTo(first);
        assertThat(store.generation()).as("nothing new, nothing changed").isEqualTo(generation);
        Shard elsewhere = store.add("the same paragraph", Kind.DOCUMENT, "b.md", List.of());
        assertThat(elsewhere.id()).isNotEqualTo(first.id());
        store.add("the same paragraph", Kind.NOTE, "note", List.of());
        store.add("the same paragraph", Kind.NOTE, "note", List.of());
        assertThat(store.size()).isEqualTo(4);

        List<Shard> batch = store.addAll(List.of(
                new H2MemoryStore.NewShard("repeated line", Kind.DOCUMENT, "c.md", List.of()),
                new H2MemoryStore.NewShard("repeated line", Kind.DOCUMENT, "c.md", List.of())));
        assertThat(batch.get(0)).isEqualTo(batch.get(1));
        assertThat(store.size()).isEqualTo(5);
        assertThat(store.index().size()).isEqualTo(5);
    }

    @Test
    void theGenerationCountsWrites() {
        assertThat(store.generation()).isZero();
        store.add("one", Kind.NOTE, "n", List.of());
        assertThat(store.generation()).isEqualTo(1);
        store.addAll(List.of(new H2MemoryStore.NewShard("two", Kind.NOTE, "n", List.of()),
                new H2MemoryStore.NewShard("three", Kind.NOTE, "n", List.of())));
        assertThat(store.generation()).isEqualTo(2);
    }

    @Test
    void addAllEmbedsLargeBatchesInOrder() {
        List<H2MemoryStore.NewShard> many = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            many.add(new H2MemoryStore.NewShard("document number " + i + " word" + i, Kind.DOCUMENT, "bulk", List.of()));
        }
        List<Shard> stored = store.addAll(many);
        assertThat(stored).hasSize(150);
        for (int i = 0; i < 150; i++) {
            assertThat(stored.get(i).text()).isEqualTo(many.get(i).text());
        }
        assertThat(store.size()).isEqualTo(150);
        List<float[]> vectors = store.vectors(stored.stream().map(Shard::id).toList());
        for (int i = 0; i < 150; i++) {
            assertThat(vectors.get(i)).as("vector of shard %d", i).containsExactly(embedder.embed(many.get(i).text()));
        }
    }

    @Test
    void everythingSurvivesCloseAndReopen() {
        Shard a = store.add("kubernetes pods nodes", Kind.DOCUMENT, "a", List.of("infra"));
        clock.advance(Duration.ofMinutes(1));
        Shard b = store.add("remember to call bob", Kind.NOTE, "note", List.of());
        store.setMeta("builtin-corpus", "1");
        reopen(new TestEmbedder());
        assertThat(store.find(ShardFilter.ALL)).containsExactly(b, a);
        assertThat(store.meta("builtin-corpus")).isEqualTo("1");
        assertThat(store.meta("nothing")).isNull();
        assertThat(store.index().size()).isEqualTo(2);
        assertThat(store.search(new TestEmbedder().embed("kubernetes pods nodes"), 1).get(0).shard()).isEqualTo(a);
    }

    @Test
    void vectorsAreReusedForTheSameEmbedderAndRecomputedWhenItsFingerprintChanges() {
        store.add("alpha beta", Kind.DOCUMENT, "a", List.of());
        store.add("gamma delta", Kind.DOCUMENT, "b", List.of());
        store.add("epsilon", Kind.NOTE, "n", List.of());

        TestEmbedder same = new TestEmbedder();
        reopen(same);
        assertThat(same.embedded()).as("stored vectors reused").isZero();

        TestEmbedder v2 = new TestEmbedder(32, "v2");
        reopen(v2);
        assertThat(v2.embedded()).as("new fingerprint: all recomputed").isEqualTo(3);
        TestEmbedder v2again = new TestEmbedder(32, "v2");
        reopen(v2again);
        assertThat(v2again.embedded()).as("now stored for v2 too").isZero();

        TestEmbedder small = new TestEmbedder(16, "v1");
        reopen(small);
        assertThat(small.embedded()).isEqualTo(3);
        assertThat(store.index().dimension()).isEqualTo(16);
        List<ScoredShard> hits = store.search(small.embed("gamma delta"), 1);
        assertThat(hits.get(0).shard().text()).isEqualTo("gamma delta");
        String id = hits.get(0).shard().id();
        assertThat(store.vectors(List.of(id)).get(0)).hasSize(16).containsExactly(small.embed("gamma delta"));
    }

    @Test
    void vectorsAreReturnedInOrderSkippingUnknownIds() {
        Shard a = store.add("alpha", Kind.NOTE, "n", List.of());
        Shard b = store.add("beta", Kind.NOTE, "n", List.of());
        List<float[]> v = store.vectors(List.of(b.id(), "missing", a.id()));
        assertThat(v).hasSize(2);
        assertThat(v.get(0)).containsExactly(embedder.embed("beta"));
        assertThat(v.get(1)).containsExactly(embedder.embed("alpha"));
        assertThat(store.vectors(List.of())).isEmpty();
    }

    @Test
    void concurrentAddsAreAllStored() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 8; i++) {
                        store.add("note " + thread + " " + i, Kind.NOTE, "n", List.of("t" + thread));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.size()).isEqualTo(64);
        assertThat(store.count(ShardFilter.ALL.withTag("t3"))).isEqualTo(8);
        assertThat(store.index().size()).isEqualTo(64);
        assertThat(store.generation()).isEqualTo(64);
    }

    @Test
    void textWithoutFeaturesDoesNotBreakTheStore() {
        assertThat(embedder.embed("?!")).containsOnly(0f);
        store.add("?!", Kind.NOTE, "note", List.of());
        store.add("real words", Kind.NOTE, "note", List.of());
        reopen(new TestEmbedder());
        assertThat(store.size()).isEqualTo(2);
        assertThat(store.search(embedder.embed("real words"), 1).get(0).shard().text()).isEqualTo("real words");
    }

    @Test
    void theReturnedShardIsTheStoredShard() {
        clock.set(Instant.parse("2025-03-01T10:00:00.123456789Z"));
        Shard s = store.add("precise", Kind.NOTE, "n", List.of());
        assertThat(store.get(s.id())).isEqualTo(s);
        assertThat(store.find(ShardFilter.ALL.withRange(s.createdAt(), null))).containsExactly(s);
    }

    @Test
    void aTagWithACommaComesBackAsItWasStored() {
        Shard s = store.add("tagged", Kind.NOTE, "n", List.of("a,b"));
        assertThat(store.get(s.id()).tags()).isEqualTo(s.tags());
        assertThat(store.find(ShardFilter.ALL.withTag("a,b"))).containsExactly(store.get(s.id()));
    }
}
