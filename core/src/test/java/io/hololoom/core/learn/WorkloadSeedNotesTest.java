package io.hololoom.core.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hololoom.api.memory.Shard;
import io.hololoom.api.memory.ShardFilter;
import io.hololoom.core.Hololoom;
import io.hololoom.core.memory.H2MemoryStore;
import io.hololoom.core.testing.FastTempDir;
import io.hololoom.core.testing.TestHololoom;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in workload's notes: what {@link Workload#seedNotes} stores, in which order, and only once. */
class WorkloadSeedNotesTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    @TempDir(factory = FastTempDir.class)
    Path home;

    /** The lines of notes.jsonl as written, read here without the code under test. */
    private static List<JsonNode> fileLines() throws IOException {
        try (InputStream in = Workload.class.getResourceAsStream("/io/hololoom/core/workload/notes.jsonl")) {
            assertThat(in).as("notes.jsonl on the class path").isNotNull();
            List<JsonNode> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank()) {
                    out.add(new ObjectMapper().readTree(line));
                }
            }
            return out;
        }
    }

    @Test
    void everyLineBecomesANoteInFileOrderWithItsTagsAndAge() throws IOException {
        List<JsonNode> lines = fileLines();
        List<H2MemoryStore.NewShard> notes = Workload.notes(NOW);

        assertThat(lines).hasSize(40);
        assertThat(notes).hasSize(lines.size());
        assertThat(notes.get(0)).isEqualTo(new H2MemoryStore.NewShard(
                "The staging server is db-7, the production primary is db-2.", Shard.Kind.NOTE, "workload-notes",
                List.of("infra"), NOW));
        assertThat(notes.get(1)).isEqualTo(new H2MemoryStore.NewShard(
                "Renew the TLS certificate for api.example.com before Friday.", Shard.Kind.NOTE, "workload-notes",
                List.of("infra", "security"), NOW.minus(Duration.ofDays(1))));
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            H2MemoryStore.NewShard note = notes.get(i);
            List<String> tags = new ArrayList<>();
            line.path("tags").forEach(t -> tags.add(t.asText()));
            assertThat(note.text()).as("note %d", i).isEqualTo(line.get("text").asText());
            assertThat(note.tags()).as("note %d", i).isEqualTo(tags);
            assertThat(note.createdAt()).as("note %d", i)
                    .isEqualTo(NOW.minus(Duration.ofDays(line.path("daysAgo").asLong(0))));
            assertThat(note.kind()).isEqualTo(Shard.Kind.NOTE);
            assertThat(note.source()).isEqualTo("workload-notes");
        }
    }

    @Test
    void seedingStoresTheNotesOncePerDataDirectory() {
        int expected = Workload.notes(NOW).size();
        Instant before = Instant.now();
        try (Hololoom h = TestHololoom.open(home)) {
            H2MemoryStore memory = h.memory();
            assertThat(memory.count(ShardFilter.ALL)).isZero();
            assertThat(memory.meta("workload-notes")).isNull();

            Workload.seedNotes(memory);
            assertThat(memory.meta("workload-notes")).isEqualTo("1");
            List<Shard> stored = memory.find(ShardFilter.ALL);
            assertThat(stored).hasSize(expected).allSatisfy(s -> {
                assertThat(s.kind()).isEqualTo(Shard.Kind.NOTE);
                assertThat(s.source()).isEqualTo("workload-notes");
            });
            assertThat(stored).extracting(Shard::text)
                    .containsExactlyInAnyOrderElementsOf(Workload.notes(NOW).stream().map(n -> n.text()).toList());
            assertThat(stored).as("dated by daysAgo before the time of seeding").anySatisfy(
                    s -> assertThat(s.createdAt()).isBefore(before.minus(Duration.ofDays(1))));

            Workload.seedNotes(memory);
            assertThat(memory.count(ShardFilter.ALL)).as("a second call adds nothing").isEqualTo(expected);
        }
        try (Hololoom h = TestHololoom.open(home)) {
            Workload.seedNotes(h.memory());
            assertThat(h.memory().count(ShardFilter.ALL)).as("nor does one after reopening").isEqualTo(expected);
        }
    }

    @Test
    void aMissingStoreIsRejected() {
        assertThatThrownBy(() -> Workload.seedNotes(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("memory is null");
    }
}
