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
}
