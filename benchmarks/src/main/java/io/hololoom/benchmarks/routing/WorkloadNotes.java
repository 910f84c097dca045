package io.hololoom.benchmarks.routing;

import com.fasterxml.jackson.databind.JsonNode;
import io.hololoom.api.memory.Shard;
import io.hololoom.core.Hololoom;
import io.hololoom.core.json.SpacetimeJson;
import io.hololoom.core.memory.H2MemoryStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the built-in workload's seed notes into a data directory, exactly as the CLI's experiment commands do
 * ({@code cli} {@code Experiments.seedNotes}, copied because the CLI class is package-private): once per
 * directory, dated {@code daysAgo} days before now, so {@code query} questions have notes to count.
 */
final class WorkloadNotes {
    private static final String NOTES = "/io/hololoom/core/workload/notes.jsonl";

    private WorkloadNotes() {
    }

    static void seed(Hololoom h) {
        H2MemoryStore memory = h.memory();
        if (memory.meta("workload-notes") != null) {
            return;
        }
        try (InputStream in = Hololoom.class.getResourceAsStream(NOTES)) {
            if (in == null) {
                throw new IllegalStateException("the workload notes " + NOTES + " are not on the class path");
            }
            List<H2MemoryStore.NewShard> notes = new ArrayList<>();
            Instant now = Instant.now();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o = SpacetimeJson.parse(line);
                List<String> tags = new ArrayList<>();
                o.path("tags").forEach(t -> tags.add(t.asText()));
                notes.add(new H2MemoryStore.NewShard(o.get("text").asText(), Shard.Kind.NOTE, "workload-notes", tags,
                        now.minus(Duration.ofDays(o.path("daysAgo").asLong(0)))));
            }
            memory.addAll(notes);
            memory.setMeta("workload-notes", "1");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the workload notes", e);
        }
    }
}
