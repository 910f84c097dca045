package io.hololoom.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hololoom.api.Embedder;
import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.memory.MemoryStore;
import io.hololoom.api.memory.ScoredShard;
import io.hololoom.api.memory.Shard;
import io.hololoom.api.memory.ShardFilter;
import io.hololoom.api.plugin.PolicyProvider;
import io.hololoom.api.plugin.RewardFunctionProvider;
import io.hololoom.api.plugin.ToolProvider;
import io.hololoom.testkit.sample.MeanPolicy;
import io.hololoom.testkit.sample.WordCountToolProvider;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class FakesTest {
    private static final Instant T0 = Instant.parse("2024-05-15T12:00:00Z");

    /** A clock a test moves by hand. */
    private static final class Hand extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(T0);

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @Test
    void mapPluginConfigReadsWithThePrefixAndRecordsWhatWasRead() {
        MapPluginConfig config = MapPluginConfig.of("tool", "unit-convert", Map.of("precision", "3", "typo", "x"));
        assertThat(config.prefix()).isEqualTo("hololoom.tool.unit-convert.");
        assertThat(config.integer("precision", 6, 0, 12)).isEqualTo(3);
        assertThat(config.bool("verbose", false)).isFalse();
        assertThat(config.read()).containsExactlyInAnyOrder("precision", "verbose");
        assertThat(config.unread()).containsExactly("typo");
        assertThatThrownBy(() -> MapPluginConfig.of("tool", "x", Map.of("n", "many")).integer("n", 1, 0, 5))
                .isInstanceOfSatisfying(HololoomException.class, e -> {
                    assertThat(e.category()).isEqualTo(Category.CONFIGURATION);
                    assertThat(e.getMessage()).startsWith("Invalid value [many] for [hololoom.tool.x.n]");
                });
        assertThatThrownBy(() -> new MapPluginConfig("hololoom.tool.x", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must end with a dot");
        assertThat(MapPluginConfig.empty("policy", "mean").raw("anything")).isEmpty();
    }

    @Test
    void fakePluginContextServesWhatItWasGivenAndFailsLikeTheLoomOtherwise() {
        FixedEmbedder embedder = new FixedEmbedder(8);
        InMemoryMemoryStore memory = new InMemoryMemoryStore(embedder);
        WordCountToolProvider words = new WordCountToolProvider();
        FakePluginContext context = FakePluginContext.builder().seed(7).dataDirectory(Path.of("/tmp/x"))
                .memory(memory).embedder(embedder)
                .plugin(ToolProvider.class, "word-count", words.create(FakePluginContext.of(
                        MapPluginConfig.empty("tool", "word-count"))))
                .build();
        assertThat(context.seed()).isEqualTo(7);
        assertThat(context.dataDirectory()).isEqualTo(Path.of("/tmp/x"));
        assertThat(context.memory()).isSameAs(memory);
        assertThat(context.embedder()).isSameAs(embedder);
        assertThat(context.service(MemoryStore.class)).isSameAs(memory);
        assertThat(context.plugin(ToolProvider.class, "word-count")).isNotNull();

        FakePluginContext bare = FakePluginContext.of(MapPluginConfig.empty("tool", "t"));
        assertThat(bare.seed()).isEqualTo(42);
        assertThatThrownBy(bare::memory).isInstanceOfSatisfying(HololoomException.class,
                e -> assertThat(e.category()).isEqualTo(Category.PLUGIN))
                .hasMessage("No service of type [" + MemoryStore.class.getName() + "] in this assembly; known services []");
        assertThatThrownBy(() -> context.service(String.class)).hasMessageContaining("known services [Embedder, MemoryStore]");
        assertThatThrownBy(() -> context.plugin(RewardFunctionProvider.class, "weighted"))
                .isInstanceOfSatisfying(HololoomException.class, e -> assertThat(e.category()).isEqualTo(Category.PLUGIN))
                .hasMessage("Unknown plugin [weighted] of RewardFunctionProvider; known plugins [ToolProvider:word-count]");
    }

    @Test
    void fixedEmbedderIsDeterministicUnitNormAndHonoursPinnedVectors() {
        FixedEmbedder a = new FixedEmbedder(16);
        float[] v = a.embed("The staging server is db-7");
        assertThat(v).containsExactly(new FixedEmbedder(16).embed("the STAGING server is db 7"));
        assertThat(EmbedderContractTest.norm(v)).isCloseTo(1.0, within(1e-6));
        assertThat(a.embed("?!")).containsOnly(0f);
        String before = a.fingerprint();
        a.with("hello", 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(a.embed("hello")).startsWith(0.6f, 0.8f);
        assertThat(a.fingerprint()).isNotEqualTo(before).startsWith("testkit-fixed/16/pinned-");
        assertThat(new FixedEmbedder(16).with("hello", 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).fingerprint())
                .isEqualTo(a.fingerprint());
        assertThatThrownBy(() -> a.with("x", 1f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vector has [1] components, this embedder [16]");
        assertThatThrownBy(() -> a.with("x", new float[16])).hasMessage("a pinned vector must not be zero");
        assertThatThrownBy(() -> new FixedEmbedder(0)).hasMessage("dimension must be at least 1, was [0]");
    }

    @Test
    void inMemoryStoreSearchesByCosineBestFirst() {
        FixedEmbedder embedder = new FixedEmbedder(4)
                .with("north", 1, 0, 0, 0).with("north-east", 1, 1, 0, 0).with("east", 0, 1, 0, 0)
                .with("south", -1, 0, 0, 0);
        InMemoryMemoryStore store = new InMemoryMemoryStore(embedder, new Hand());
        Shard east = store.add("east", Shard.Kind.DOCUMENT, "doc", List.of());
        store.add("south", Shard.Kind.DOCUMENT, "doc", List.of());
        Shard ne = store.add("north-east", Shard.Kind.NOTE, "note", List.of());
        Shard north = store.add("north", Shard.Kind.DOCUMENT, "doc", List.of());

        List<ScoredShard> hits = store.search(embedder.embed("north"), 3);
        assertThat(hits).extracting(h -> h.shard().id()).containsExactly(north.id(), ne.id(), east.id());
        assertThat(hits.get(0).score()).isCloseTo(1.0, within(1e-6));
        assertThat(hits.get(1).score()).isCloseTo(Math.sqrt(0.5), within(1e-6));
        assertThat(store.search(embedder.embed("north"), 10)).hasSize(4).last()
                .satisfies(h -> assertThat(h.score()).isCloseTo(-1.0, within(1e-6)));
        assertThat(north.id()).isEqualTo("document-4");
        store.find(ShardFilter.ALL);
        assertThat(store.searches()).as("searches counted, find is not").isEqualTo(2);
        assertThat(ne.id()).isEqualTo("note-3");

        assertThatThrownBy(() -> store.search(new float[4], 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.search(new float[3], 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dimension [3]");
        assertThatThrownBy(() -> store.add("  ", Shard.Kind.NOTE, "note", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inMemoryStoreFiltersNewestFirst() {
        Hand clock = new Hand();
        InMemoryMemoryStore store = new InMemoryMemoryStore(new FixedEmbedder(8), clock);
        Shard a = store.add("Deploy the API on Monday", Shard.Kind.NOTE, "note", List.of("Infra"));
        clock.now.set(T0.plus(Duration.ofHours(1)));
        Shard b = store.add("the api gateway has a new TLS certificate", Shard.Kind.DOCUMENT, "tls.md", List.of("infra"));
        clock.now.set(T0.plus(Duration.ofHours(2)));
        Shard c = store.add("lunch at noon", Shard.Kind.NOTE, "note", List.of("life"));
        Shard d = store.add("another note at the same time", Shard.Kind.NOTE, "note", List.of());

        assertThat(a.tags()).containsExactly("infra");
        assertThat(store.find(ShardFilter.ALL)).containsExactly(d, c, b, a);
        assertThat(store.size()).isEqualTo(4);
        assertThat(store.find(ShardFilter.ALL.withKind(Shard.Kind.NOTE))).containsExactly(d, c, a);
        assertThat(store.find(ShardFilter.ALL.withKeyword("API"))).containsExactly(b, a);
        assertThat(store.find(ShardFilter.ALL.withTag("INFRA"))).containsExactly(b, a);
        assertThat(store.find(ShardFilter.ALL.withRange(T0, T0.plus(Duration.ofHours(1))))).containsExactly(a);
        assertThat(store.find(ShardFilter.ALL.withRange(T0.plus(Duration.ofHours(1)), null))).containsExactly(d, c, b);
        assertThat(store.find(ShardFilter.ALL.withKind(Shard.Kind.NOTE).withTag("infra"))).containsExactly(a);
        assertThat(store.find(ShardFilter.ALL.withLimit(2))).containsExactly(d, c);
        assertThat(store.count(ShardFilter.ALL.withLimit(2))).isEqualTo(4);
        assertThat(store.count(ShardFilter.ALL.withKeyword("nothing like this"))).isZero();
    }

    @Test
    void pluginDiscoveryFindsProvidersByName() {
        assertThat(PluginDiscovery.find(ToolProvider.class, "word-count")).isInstanceOf(WordCountToolProvider.class);
        assertThat(PluginDiscovery.find(PolicyProvider.class, "mean")).isInstanceOf(MeanPolicy.Provider.class);
        assertThat(PluginDiscovery.names(RewardFunctionProvider.class)).containsExactly("scaled");
        assertThatThrownBy(() -> PluginDiscovery.find(ToolProvider.class, "nope")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("known names [word-count]");
    }

    @Test
    void spacetimesAreWhatTheLoomRecords() {
        assertThat(Spacetimes.spread()).hasSize(3 * 4 * 4 + 1);
        assertThat(Spacetimes.failed().isError()).isTrue();
        assertThat(Spacetimes.of("calc", io.hololoom.api.ToolResult.Status.ERROR, 0.9, 0.5).confidence()).isZero();
        assertThat(Spacetimes.of("calc", io.hololoom.api.ToolResult.Status.OK, 0.9, 0.5).trace().probabilities())
                .containsOnlyKeys(Spacetimes.TOOLS).containsEntry("calc", 0.6);
        Embedder e = new FixedEmbedder();
        assertThat(e.dimension()).isEqualTo(64);
    }
}
