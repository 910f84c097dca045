package io.hololoom.core.reflect;

import static io.hololoom.core.testing.Spacetimes.spacetime;
import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.Spacetime;
import io.hololoom.core.memory.Database;
import io.hololoom.core.testing.FastTempDir;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpacetimeLogTest {
    @TempDir(factory = FastTempDir.class)
    Path dir;

    @Test
    void recordedSpacetimesAreFoundByIdAcrossReopening() {
        Spacetime s = spacetime().id("abc").quality(Double.NaN).value(0.3).warning("w").error("tool_execution", "boom")
                .contextIds("d-1", "n-2").build();
        try (Database db = Database.open(dir)) {
            SpacetimeLog log = new SpacetimeLog(db, 100);
            log.record(s);
            assertThat(log.find("abc")).contains(s);
            assertThat(log.find("nope")).isEmpty();
        }
        try (Database db = Database.open(dir)) {
            Spacetime found = new SpacetimeLog(db, 100).find("abc").orElseThrow();
            assertThat(found).isEqualTo(s);
            assertThat(found.quality()).isNaN();
            assertThat(found.trace().observation()).containsExactly(s.trace().observation());
        }
    }

    @Test
    void recordingTheSameIdAgainReplacesIt() {
        try (Database db = Database.open(dir)) {
            SpacetimeLog log = new SpacetimeLog(db, 100);
            log.record(spacetime().id("x").query("first").build());
            log.record(spacetime().id("x").query("second").build());
            assertThat(log.find("x").orElseThrow().query()).isEqualTo("second");
        }
    }

    @Test
    void onlyTheNewestCapacitySpacetimesAreKept() {
        try (Database db = Database.open(dir)) {
            SpacetimeLog log = new SpacetimeLog(db, 3);
            for (int i = 0; i < 5; i++) {
                log.record(spacetime().id("s" + i).build());
            }
            assertThat(log.find("s0")).isEmpty();
            assertThat(log.find("s1")).isEmpty();
            assertThat(log.find("s2")).isPresent();
            assertThat(log.find("s4")).isPresent();
        }
    }

    @Test
    void aFloodKeepsMemoryBoundedAndTheNewestSpacetimesLand() {
        try (Database db = Database.open(dir)) {
            SpacetimeLog log = new SpacetimeLog(db, 50);
            int maxPending = 0;
            for (int i = 0; i < 5_000; i++) {
                log.record(spacetime().id("f" + i).build());
                maxPending = Math.max(maxPending, log.pendingCount());
            }
            log.flush();
            assertThat(maxPending).isLessThanOrEqualTo(50);
            assertThat(log.pendingCount()).isZero();
            for (int i = 4_950; i < 5_000; i++) {
                assertThat(log.find("f" + i)).as("f" + i).isPresent();
            }
            assertThat(log.find("f0")).isEmpty();
            assertThat(log.find("f4949")).isEmpty();
            assertThat(log.failures()).isZero();
            // every Spacetime was either written (and later evicted by the ring) or dropped while pending
            assertThat(log.dropped()).isBetween(0L, 4_950L);
        }
    }

    @Test
    void manyBatchesAreAllWrittenInOrder() {
        try (Database db = Database.open(dir)) {
            SpacetimeLog log = new SpacetimeLog(db, 10_000);
            for (int i = 0; i < 3 * SpacetimeLog.BATCH + 7; i++) {
                log.record(spacetime().id("b" + i).query("q" + i).build());
            }
            log.close();
            assertThat(log.dropped()).isZero();
        }
        try (Database db = Database.open(dir)) {
            SpacetimeLog reopened = new SpacetimeLog(db, 10_000);
            for (int i = 0; i < 3 * SpacetimeLog.BATCH + 7; i++) {
                assertThat(reopened.find("b" + i).orElseThrow().query()).isEqualTo("q" + i);
            }
        }
    }
}
