package io.hololoom.benchmarks.embedder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fixed benchmark texts (class-path resources under {@code embedder/}) and where benchmarks keep files. */
final class Texts {
    private Texts() {
    }

    /** 256 short tool-routing queries (43 characters on average). */
    static List<String> sentences() {
        return lines("embedder/sentences.txt");
    }

    /** 64 paragraphs of 200 to 630 characters (346 on average). */
    static List<String> paragraphs() {
        return lines("embedder/paragraphs.txt");
    }

    static List<String> lines(String resource) {
        InputStream in = Texts.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Resource [" + resource + "] not found; run from the benchmarks class path");
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    /** {@code benchmarks/target/<name>} when run from the repository root, else {@code target/<name>}. */
    static Path workDirectory(String name) {
        Path base = Files.isRegularFile(Path.of("benchmarks", "pom.xml")) ? Path.of("benchmarks", "target")
                : Path.of("target");
        return base.resolve(name).toAbsolutePath();
    }
}
