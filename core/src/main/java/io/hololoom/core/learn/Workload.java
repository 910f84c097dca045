package io.hololoom.core.learn;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A labelled tool-routing workload: JSONL, one {@code {"query": "...", "tool": "calc", "answer": "391"}} per
 * line ({@code answer} optional). The built-in one ships in the core jar ({@code builtin:train},
 * {@code builtin:test}).
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
