package io.hololoom.benchmarks.retrieval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The shipped study corpus: technical sentences, one per line, no duplicates. */
final class Corpus {
    static final String RESOURCE = "/retrieval/corpus.txt";

    private Corpus() {
    }

    /**
     * The sentences of {@link #RESOURCE}, in file order.
     *
     * @throws IllegalStateException if the resource is missing or holds a duplicate line
     */
    static List<String> load() {
        try (InputStream in = Corpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("corpus resource [" + RESOURCE + "] is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            String line;
            while ((line = reader.readLine()) != null) {
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (!seen.add(text)) {
                    throw new IllegalStateException("corpus [" + RESOURCE + "] repeats the line [" + text + "]");
                }
                lines.add(text);
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus [" + RESOURCE + "]", e);
        }
    }
}
