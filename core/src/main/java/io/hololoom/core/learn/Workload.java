package io.hololoom.core.learn;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.memory.Shard;
import io.hololoom.core.memory.H2MemoryStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A labelled tool-routing workload: JSONL, one {@code {"query": "...", "tool": "calc", "answer": "391"}} per
 * line ({@code answer} optional). The built-in one ships in the core jar ({@code builtin:train},
 * {@code builtin:test}) with the notes its {@code query} questions count ({@link #seedNotes}).
 */
public final class Workload {
    /** One labelled query. */
    public record Example(String query, String tool, Optional<String> answer) {
        public Example {
            requireNonNull(query, "query is null");
            requireNonNull(tool, "tool is null");
            requireNonNull(answer, "answer is null");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUILTIN = "/io/hololoom/core/workload/";
    private static final String NOTES = BUILTIN + "notes.jsonl";
    /** The memory meta key, and the source of the notes, that mark a store holding the workload notes. */
    static final String NOTES_SOURCE = "workload-notes";

    private Workload() {
    }

    /**
     * Reads a workload from a file, or {@code builtin:train} / {@code builtin:test}.
     *
     * @throws HololoomException (INPUT) naming the file and line of any problem
     */
    public static List<Example> read(String location) {
        requireNonNull(location, "location is null");
        if (location.startsWith("builtin:")) {
            String name = location.substring("builtin:".length());
            InputStream in = Workload.class.getResourceAsStream(BUILTIN + name + ".jsonl");
            if (in == null) {
                throw new HololoomException(Category.INPUT, "Unknown built-in workload [" + location
                        + "]; known: builtin:train, builtin:test");
            }
            return parse(location, in);
        }
        Path p = Path.of(location);
        if (!Files.isRegularFile(p)) {
            throw new HololoomException(Category.INPUT, "Workload file [" + location + "] does not exist; give a JSONL"
                    + " file or builtin:train / builtin:test");
        }
        try {
            return parse(location, Files.newInputStream(p));
        } catch (IOException e) {
            throw new HololoomException(Category.INPUT, "Cannot read workload [" + location + "]: " + e.getMessage(), e);
        }
    }

    /**
     * Loads the built-in workload's notes into {@code memory}, once per data directory, so that its {@code query}
     * questions have notes to count: every line of {@code notes.jsonl} in the core jar
     * ({@code {"text": "...", "tags": ["infra"], "daysAgo": 3}}) becomes a {@link Shard.Kind#NOTE NOTE} with
     * source {@code workload-notes}, those tags and dated {@code daysAgo} days before now, added in file order.
     * Afterwards the meta key {@code workload-notes} is set; if it already is, nothing is added. The CLI's
     * experiment commands and the routing benchmarks both seed their data directories with it.
     *
     * @throws IllegalStateException if the notes are not on the class path (a broken core jar)
     * @throws UncheckedIOException if they cannot be read
     */
    public static void seedNotes(H2MemoryStore memory) {
        requireNonNull(memory, "memory is null");
        if (memory.meta(NOTES_SOURCE) != null) {
            return;
        }
        memory.addAll(notes(Instant.now()));
        memory.setMeta(NOTES_SOURCE, "1");
    }

    /** The built-in workload's notes in file order, dated relative to {@code now}. */
    static List<H2MemoryStore.NewShard> notes(Instant now) {
        try (InputStream in = Workload.class.getResourceAsStream(NOTES)) {
            if (in == null) {
                throw new IllegalStateException("the workload notes " + NOTES + " are not on the class path");
            }
            List<H2MemoryStore.NewShard> notes = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o = JSON.readTree(line);
                List<String> tags = new ArrayList<>();
                o.path("tags").forEach(t -> tags.add(t.asText()));
                notes.add(new H2MemoryStore.NewShard(o.get("text").asText(), Shard.Kind.NOTE, NOTES_SOURCE, tags,
                        now.minus(Duration.ofDays(o.path("daysAgo").asLong(0)))));
            }
            return notes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the workload notes", e);
        }
    }

    static List<Example> parse(String source, InputStream input) {
        List<Example> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o;
                try {
                    o = JSON.readTree(line);
                } catch (IOException e) {
                    throw bad(source, n, "malformed JSON");
                }
                if (o == null || !o.isObject() || !o.path("query").isTextual() || o.get("query").asText().isBlank()) {
                    throw bad(source, n, "missing or blank \"query\"");
                }
                if (!o.path("tool").isTextual() || o.get("tool").asText().isBlank()) {
                    throw bad(source, n, "missing or blank \"tool\"");
                }
                Optional<String> answer = o.hasNonNull("answer") ? Optional.of(o.get("answer").asText()) : Optional.empty();
                out.add(new Example(o.get("query").asText(), o.get("tool").asText().trim(), answer));
            }
        } catch (IOException e) {
            throw new HololoomException(Category.INPUT, "Cannot read workload [" + source + "]: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new HololoomException(Category.INPUT, "Workload [" + source + "] has no examples");
        }
        return out;
    }

    private static HololoomException bad(String source, int line, String what) {
        return new HololoomException(Category.INPUT, "Bad workload line [" + source + ":" + line + "]: " + what
                + ". Each line must look like {\"query\": \"what is 2+2?\", \"tool\": \"calc\", \"answer\": \"4\"}");
    }
}
