package io.hololoom.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.Embedder;
import io.hololoom.api.Feedback;
import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.RewardFunction;
import io.hololoom.api.Spacetime;
import io.hololoom.api.ToolResult.Status;
import io.hololoom.core.config.HololoomConfig;
import io.hololoom.core.plugin.Family;
import io.hololoom.core.plugin.PluginRegistry;
import io.hololoom.core.reward.OutcomeReward;
import io.hololoom.core.testing.FastTempDir;
import io.hololoom.core.testing.FixedPolicy;
import io.hololoom.core.testing.TestEmbedder;
import io.hololoom.core.testing.TestHololoom;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade: wiring errors surface as categorised HololoomExceptions, plugins are created by name. */
class HololoomTest {
    @TempDir(factory = FastTempDir.class)
    Path home;

    private static void assertFails(ThrowingCallable call, Category category, String messageStart) {
        assertThatThrownBy(call).isInstanceOfSatisfying(HololoomException.class, e -> {
            assertThat(e.category()).isEqualTo(category);
            assertThat(e.getMessage()).startsWith(messageStart);
        });
    }

    private void assertLoomFails(Map<String, String> flags, Category category, String messageStart) {
        try (Hololoom h = TestHololoom.open(home, flags)) {
            assertFails(h::loom, category, messageStart);
        }
    }

    @Test
    void unknownPluginNamesAreReportedWithTheKnownOnes() {
        assertLoomFails(Map.of("hololoom.policy", "nope"), Category.PLUGIN, "Unknown policy [nope]; known policies [");
        assertLoomFails(Map.of("hololoom.embedder", "minlm"), Category.PLUGIN,
                "Unknown embedder [minlm]; known embedders [test-embedder]");
        assertLoomFails(Map.of("hololoom.tools", "test-echo,nope"), Category.PLUGIN, "Unknown tool [nope]; known tools [");
        assertLoomFails(Map.of("hololoom.reward", "nope"), Category.PLUGIN, "Unknown reward [nope]");
        assertLoomFails(Map.of("hololoom.cache", "redis"), Category.PLUGIN,
                "Unknown cache [redis]; known caches [caffeine, lru-ttl, none]");
        assertLoomFails(Map.of("hololoom.trainer", "ppo"), Category.PLUGIN, "Unknown trainer [ppo]; known trainers"
                + " [test-trainer]");
    }

    @Test
    void missingOrMalformedChoicesAreConfigurationErrors() {
        assertLoomFails(Map.of("hololoom.policy", ""), Category.CONFIGURATION, "No policy configured; set"
                + " hololoom.policy to one of [");
        assertLoomFails(Map.of("hololoom.tools", " , "), Category.CONFIGURATION, "No tools configured; set"
                + " hololoom.tools to a comma-separated list of [");
        assertLoomFails(Map.of("hololoom.tools", "test-echo,test-echo"), Category.CONFIGURATION,
                "Invalid value [test-echo,test-echo] for [hololoom.tools]: expected a list without duplicates");
        assertLoomFails(Map.of("hololoom.retrieval.transform", "fancy"), Category.CONFIGURATION,
                "Invalid value [fancy] for [hololoom.retrieval.transform]: expected one of [");
        assertLoomFails(Map.of("hololoom.embedder.test-embedder.dimension", "2"), Category.CONFIGURATION,
                "Invalid value [2] for [hololoom.embedder.test-embedder.dimension]: expected an integer in [4, 1024]");
        assertLoomFails(Map.of("hololoom.cache.result.ttl", "forever"), Category.CONFIGURATION,
                "Invalid value [forever] for [hololoom.cache.result.ttl]");
    }

    @Test
    void aHomeThatIsARegularFileIsAStorageError() throws Exception {
        Path file = Files.writeString(home.resolve("file"), "not a directory");
        try (Hololoom h = TestHololoom.open(file, Map.of())) {
            assertFails(h::memory, Category.STORAGE, "Cannot create the data directory [" + file + "]");
            assertFails(h::loom, Category.STORAGE, "Cannot create the data directory [" + file + "]");
        }
    }

    @Test
    void pluginsAreCreatedByNameWithTheirOwnSettings() {
        try (Hololoom h = TestHololoom.open(home, Map.of("hololoom.reward.outcome.ok", "0.7",
                "hololoom.embedder.test-embedder.variant", "v9"))) {
            RewardFunction outcome = h.create(Family.REWARD, "outcome");
            assertThat(outcome).isInstanceOf(OutcomeReward.class);
            Spacetime ok = io.hololoom.core.testing.Spacetimes.spacetime().status(Status.OK).build();
            assertThat(outcome.reward(ok, Feedback.NONE)).isEqualTo(0.7);
            Embedder raw = h.embedder("test-embedder");
            assertThat(raw).isInstanceOf(TestEmbedder.class);
            assertThat(raw.fingerprint()).isEqualTo("test-embedder/d32/v9");
            assertThat(h.embedder().fingerprint()).isEqualTo("test-embedder/d32/v9");
            assertThat(h.embedder().delegate()).isNotSameAs(raw);
            assertFails(() -> h.create(Family.POLICY, "nope"), Category.PLUGIN, "Unknown policy [nope]");
        }
    }

    @Test
    void aProviderThatFailsOrCreatesNothingIsAPluginError() {
        try (Hololoom h = TestHololoom.open(home)) {
            assertThatThrownBy(() -> h.create(Family.POLICY, "test-throwing"))
                    .isInstanceOfSatisfying(HololoomException.class, e -> {
                        assertThat(e.category()).isEqualTo(Category.PLUGIN);
                        assertThat(e.getMessage()).startsWith("The policy plugin [test-throwing] from [")
                                .endsWith("failed to start: java.lang.IllegalStateException: cannot start");
                    });
            assertFails(() -> h.create(Family.POLICY, "test-nothing"), Category.PLUGIN,
                    "The policy plugin [test-nothing] created nothing; its provider must return an instance");
        }
        assertLoomFails(Map.of("hololoom.policy", "test-throwing"), Category.PLUGIN,
                "The policy plugin [test-throwing] from [");
    }

    @Test
    void theColdLoomNeitherRestoresNorWarmStarts() {
        Map<String, String> flags = Map.of("hololoom.tools", "answer,search,calc,note,query",
                "hololoom.policy.warm-start", "true");
        try (Hololoom h = TestHololoom.open(home, flags)) {
            FixedPolicy cold = (FixedPolicy) h.coldLoom().learner().policy();
            assertThat(cold.updates()).isEmpty();
            assertThat(h.loom()).as("the same loom afterwards").isSameAs(h.coldLoom());
            assertThat(cold.updates()).isEmpty();
        }
    }

    @Test
    void accessorsAndIngestorShareOneStore() throws Exception {
        HololoomConfig config = TestHololoom.config(home, Map.of());
        PluginRegistry registry = TestHololoom.registry();
        try (Hololoom h = Hololoom.open(config, registry, java.time.Clock.systemUTC())) {
            assertThat(h.config()).isSameAs(config);
            assertThat(h.registry()).isSameAs(registry);
            Path doc = Files.writeString(home.resolve("doc.md"), "A paragraph that is long enough to stand on its"
                    + " own as a shard of memory.");
            assertThat(h.ingestor().ingest(doc).shards()).isEqualTo(1);
            assertThat(h.memory().size()).isEqualTo(1);
            assertThat(h.memory()).isSameAs(h.memory());
            assertThat(h.buffer()).isSameAs(h.loom().learner().buffer());
            assertThat(h.loom()).isSameAs(h.loom());
        }
    }

    @Test
    void openWithTheClassPathFindsTheTestPlugins() {
        Map<String, String> flags = new HashMap<>(TestHololoom.flags(Map.of()));
        try (Hololoom h = Hololoom.open(HololoomConfig.load(home, flags, Map.of()))) {
            assertThat(h.registry().names(Family.EMBEDDER)).contains("test-embedder");
            assertThat(h.loom().weave("hello").status()).isEqualTo(Status.OK);
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        Hololoom h = TestHololoom.open(home);
        h.loom().weave("something");
        h.close();
        assertThatCode(h::close).doesNotThrowAnyException();
    }
}
