package io.hololoom.tool.workload;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the labelled workload that ships with hololoom-core (see docs/workload.md) straight from the source tree,
 * so this module's tests need no dependency on core: the splits, the seed notes and the corpus paragraphs.
 */
final class WorkloadFiles {

    /** Relative to this module's directory, which is the working directory of its tests. */
    static final Path RESOURCES = Path.of("..", "..", "core", "src", "main", "resources", "io", "hololoom", "core");
    static final Path WORKLOAD = RESOURCES.resolve("workload");
    static final Path CORPUS = RESOURCES.resolve("corpus");

    /** One labelled query; {@code answer} is present only on some calc and answer lines. */
    record Line(String query, String tool, Optional<String> answer) {
        Line {
            requireNonNull(query, "query is null");
            requireNonNull(tool, "tool is null");
            requireNonNull(answer, "answer is null");
        }
    }

    /** One seed note, dated {@code daysAgo} days before the load time. */
    record Note(String text, List<String> tags, int daysAgo) {
        Note {
            requireNonNull(text, "text is null");
            tags = List.copyOf(tags);
        }
    }

    /** A corpus paragraph and the document it came from. */
    record Paragraph(String source, String text) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private WorkloadFiles() {
    }

    static boolean present() {
        return Files.isRegularFile(WORKLOAD.resolve("train.jsonl")) && Files.isRegularFile(WORKLOAD.resolve("test.jsonl"))
                && Files.isRegularFile(WORKLOAD.resolve("notes.jsonl")) && Files.isRegularFile(CORPUS.resolve("index.txt"));
    }

    /** Train and test lines, in file order. */
    static List<Line> lines() {
        List<Line> out = new ArrayList<>();
        for (String split : List.of("train.jsonl", "test.jsonl")) {
            for (JsonNode n : jsonl(WORKLOAD.resolve(split))) {
                JsonNode answer = n.get("answer");
                out.add(new Line(n.get("query").asText(), n.get("tool").asText(),
                        answer == null || answer.isNull() ? Optional.empty() : Optional.of(answer.asText())));
            }
        }
        return out;
    }

    static List<Note> notes() {
        List<Note> out = new ArrayList<>();
        for (JsonNode n : jsonl(WORKLOAD.resolve("notes.jsonl"))) {
            List<String> tags = new ArrayList<>();
            n.path("tags").forEach(t -> tags.add(t.asText()));
            out.add(new Note(n.get("text").asText(), tags, n.path("daysAgo").asInt(0)));
        }
        return out;
    }

    /**
     * The corpus split into paragraphs the way core's ingestor does it: blank-line separated, inner line breaks
     * joined, and a piece shorter than 60 characters (the {@code # Title}) joined to the next.
     */
    static List<Paragraph> paragraphs() {
        List<Paragraph> out = new ArrayList<>();
        for (String file : read(CORPUS.resolve("index.txt")).split("\\R")) {
            String name = file.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            StringBuilder pending = new StringBuilder();
            for (String raw : read(CORPUS.resolve(name)).split("\\n\\s*\\n")) {
                String p = raw.strip().replaceAll("\\s*\\n\\s*", " ");
                if (p.isEmpty()) {
                    continue;
                }
                if (pending.length() > 0) {
                    pending.append(' ');
                }
                pending.append(p);
                if (pending.length() >= 60) {
                    out.add(new Paragraph("builtin:" + name, pending.toString()));
                    pending.setLength(0);
                }
            }
            if (pending.length() > 0) {
                out.add(new Paragraph("builtin:" + name, pending.toString()));
            }
        }
        return out;
    }

    private static List<JsonNode> jsonl(Path file) {
        List<JsonNode> out = new ArrayList<>();
        for (String line : read(file).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(JSON.readTree(line));
            } catch (IOException e) {
                throw new UncheckedIOException("Malformed JSON line in [" + file + "]", e);
            }
        }
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read [" + file + "]", e);
        }
    }
}
