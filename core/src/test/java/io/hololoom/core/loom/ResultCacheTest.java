package io.hololoom.core.loom;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.Feedback;
import io.hololoom.api.Policy;
import io.hololoom.api.Query;
import io.hololoom.api.Spacetime;
import io.hololoom.api.memory.Shard.Kind;
import io.hololoom.core.Hololoom;
import io.hololoom.core.testing.FastTempDir;
import io.hololoom.core.testing.FixedPolicy;
import io.hololoom.core.testing.TestHololoom;
import io.hololoom.core.testing.TestTools;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {
    @TempDir(factory = FastTempDir.class)
    Path home;

    @Test
    void aRepeatedQueryIsServedFromTheCache() {
        try (Hololoom h = TestHololoom.open(home)) {
            Spacetime first = h.loom().weave("What is   2+2?");
            assertThat(first.trace().cached()).isFalse();
            assertThat(TestTools.echoRuns(home)).isEqualTo(1);

            Spacetime second = h.loom().weave("  what IS 2+2?");
            assertThat(second.trace().cached()).as("same text after normalising case and spaces").isTrue();
            assertThat(TestTools.echoRuns(home)).as("the tool did not run again").isEqualTo(1);
            assertThat(second.id()).isNotEqualTo(first.id());
            assertThat(second.response()).isEqualTo(first.response());
            assertThat(second.tool()).isEqualTo(first.tool());
            assertThat(second.confidence()).isEqualTo(first.confidence());
            assertThat(second.trace().stages()).containsOnlyKeys("cache_lookup");
            assertThat(second.trace().observation()).containsExactly(first.trace().observation());
            assertThat(second.trace().startedAt()).isAfterOrEqualTo(first.trace().startedAt());
            assertThat(second.trace().caches().get("result").hits()).isEqualTo(1);
            assertThat(h.loom().find(second.id())).map(s -> s.trace().cached()).contains(true);
            assertThat(h.loom().cacheStats().get("result").hits()).isEqualTo(1);
        }
    }

    @Test
    void greedyWeavesAndUncachedWeavesNeitherReadNorWriteTheCache() {
        try (Hololoom h = TestHololoom.open(home)) {
            assertThat(h.loom().weave(Query.of("q one"), Policy.Mode.GREEDY).trace().cached()).isFalse();
            assertThat(h.loom().weave(Query.of("q one"), Policy.Mode.GREEDY).trace().cached()).isFalse();
            assertThat(h.loom().weave(Query.of("q one"), Policy.Mode.EXPLORE, false).trace().cached()).isFalse();
            assertThat(h.loom().weave("q one").trace().cached()).as("nothing was cached so far").isFalse();
            assertThat(h.loom().weave("q one").trace().cached()).isTrue();
            assertThat(h.loom().weave(Query.of("q one"), Policy.Mode.EXPLORE, false).trace().cached()).isFalse();
            assertThat(TestTools.echoRuns(home)).isEqualTo(5);
        }
    }

    @Test
    void aNewPolicyVersionIsACacheMiss() {
        try (Hololoom h = TestHololoom.open(home)) {
            Spacetime first = h.loom().weave("route me");
            long version = first.trace().policyVersion();
            h.loom().reflect(first, Feedback.rating(5));
            assertThat(h.loom().learner().policy().version()).isGreaterThan(version);
            Spacetime after = h.loom().weave("route me");
            assertThat(after.trace().cached()).isFalse();
            assertThat(after.trace().policyVersion()).isGreaterThan(version);
            assertThat(h.loom().weave("route me").trace().cached()).isTrue();
        }
    }

    @Test
    void aMemoryWriteIsACacheMiss() {
        try (Hololoom h = TestHololoom.open(home)) {
            h.loom().weave("what do I know about pods");
            assertThat(h.loom().weave("what do I know about pods").trace().cached()).isTrue();
            h.memory().add("pods are groups of containers", Kind.NOTE, "note", List.of());
            Spacetime after = h.loom().weave("what do I know about pods");
            assertThat(after.trace().cached()).isFalse();
            assertThat(after.trace().contextIds()).hasSize(1);
        }
    }

    @Test
    void nonCacheableToolsAreNeverCached() {
        try (Hololoom h = TestHololoom.open(home, Map.of("hololoom.tool.test-echo.cacheable", "false"))) {
            h.loom().weave("same question");
            assertThat(h.loom().weave("same question").trace().cached()).isFalse();
            assertThat(TestTools.echoRuns(home)).isEqualTo(2);
        }
    }

    @Test
    void aToolThatWritesMemoryRunsEveryTime() {
        try (Hololoom h = TestHololoom.open(home, Map.of("hololoom.tools", "test-note"))) {
            Spacetime a = h.loom().weave("remember to water the plants");
            Spacetime b = h.loom().weave("remember to water the plants");
            assertThat(a.trace().cached()).isFalse();
            assertThat(b.trace().cached()).isFalse();
            assertThat(a.response()).startsWith("noted n-");
            assertThat(b.response()).isNotEqualTo(a.response());
            assertThat(h.memory().size()).isEqualTo(2);
            assertThat(h.memory().get(a.sources().get(0)).tags()).containsExactly("test");
            assertThat(b.trace().contextIds()).as("the first note is context for the second")
                    .contains(a.sources().get(0));
        }
    }

    @Test
    void failuresAreNeverCached() {
        try (Hololoom h = TestHololoom.open(home, Map.of("hololoom.tools", "test-throw"))) {
            h.loom().weave("fail please");
            assertThat(h.loom().weave("fail please").trace().cached()).isFalse();
        }
    }

    @Test
    void theNoneCacheNeverServes() {
        try (Hololoom h = TestHololoom.open(home, Map.of("hololoom.cache", "none"))) {
            h.loom().weave("again");
            Spacetime s = h.loom().weave("again");
            assertThat(s.trace().cached()).isFalse();
            assertThat(s.trace().caches().get("result").misses()).isEqualTo(2);
            assertThat(TestTools.echoRuns(home)).isEqualTo(2);
        }
    }

    @Test
    void aForcedCardIsPartOfTheKey() {
        try (Hololoom h = TestHololoom.open(home)) {
            h.loom().weave("carded");
            Spacetime fused = h.loom().weave(Query.of("carded", io.hololoom.api.PatternCard.FUSED),
                    Policy.Mode.EXPLORE);
            assertThat(fused.trace().cached()).isFalse();
            assertThat(fused.card()).isEqualTo(io.hololoom.api.PatternCard.FUSED);
        }
    }

    @Test
    void theEmbeddingCacheServesRepeatedTexts() {
        try (Hololoom h = TestHololoom.open(home, Map.of("hololoom.cache", "lru-ttl"))) {
            FixedPolicy policy = (FixedPolicy) h.loom().learner().policy();
            h.loom().weave(Query.of("embed me"), Policy.Mode.GREEDY);
            h.loom().weave(Query.of("embed me"), Policy.Mode.GREEDY);
            assertThat(h.loom().cacheStats().get("embedding").hits()).isGreaterThanOrEqualTo(1);
            assertThat(policy.version()).isEqualTo(1);
        }
    }

    @Test
    void aCachedServeDescribesTheQueryItServed() {
        try (Hololoom h = TestHololoom.open(home)) {
            Spacetime clean = h.loom().weave("hello world");
            Spacetime dirty = h.loom().weave("hello\u0007 world");
            assertThat(dirty.trace().cached()).isTrue();
            assertThat(dirty.query()).isEqualTo(clean.query());
            assertThat(dirty.trace().warnings()).containsExactly("removed 1 control character(s) from the query");
        }
    }
}
