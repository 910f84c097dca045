package io.hololoom.core.memory;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.memory.Shard;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns files into memory shards: {@code .txt} and {@code .md} split into paragraphs, {@code .jsonl} one
 * shard per line ({@code {"text": "...", "tags": ["..."], "kind": "document|note", "source": "..."}}).
 * Directories are read recursively (other file types are skipped and counted).
 */
public final class Ingestor {
    /** What an ingest did. */
    public record Report(int files, int shards, int skippedFiles, List<String> skipped) {
        public Report {
            skipped = List.copyOf(skipped);
        }
    }

    static final int MAX_SHARD_CHARS = 1500;
    private static final int MIN_PARAGRAPH_CHARS = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final H2MemoryStore store;

    public Ingestor(H2MemoryStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    /**
     * Ingests a file or directory.
     *
     * @throws HololoomException (INPUT) if the path does not exist, has an unsupported extension (for a
     *     single file), or a JSONL line is malformed (naming the file and line)
     */
    public Report ingest(Path path) {
        requireNonNull(path, "path is null");
        if (!Files.exists(path)) {
            throw new HololoomException(Category.INPUT, "Cannot ingest [" + path + "]: no such file or directory");
        }
        List<Path> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).sorted().forEach(p -> {
                    if (supported(p)) {
                        files.add(p);
                    } else {
                        skipped.add(p.toString());
                    }
                });
            } catch (IOException e) {
                throw new HololoomException(Category.INPUT, "Cannot read directory [" + path + "]: " + e.getMessage(), e);
            }
        } else if (supported(path)) {
            files.add(path);
        } else {
            throw new HololoomException(Category.INPUT, "Cannot ingest [" + path + "]: unsupported file type; supported"
                    + " types are .txt, .md and .jsonl");
        }
        int shards = 0;
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                shards += store.addAll(parse(file.getFileName().toString(), file.toString(), in)).size();
            } catch (IOException e) {
                throw new HololoomException(Category.INPUT, "Cannot read [" + file + "]: " + e.getMessage(), e);
            }
        }
        return new Report(files.size(), shards, skipped.size(), skipped);
    }

    static boolean supported(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".jsonl");
    }

    /** Parses one document into shards. */
    public static List<H2MemoryStore.NewShard> parse(String fileName, String source, InputStream in) throws IOException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (lower.endsWith(".jsonl")) {
            return parseJsonl(source, reader);
        }
        StringBuilder all = new StringBuilder();
        String line;
        while ((line = reader.readLine()) != null) {
            all.append(line).append('\n');
        }
        return paragraphs(all.toString()).stream()
                .map(p -> new H2MemoryStore.NewShard(p, Shard.Kind.DOCUMENT, source, List.of())).toList();
    }

    private static List<H2MemoryStore.NewShard> parseJsonl(String source, BufferedReader reader) throws IOException {
        List<H2MemoryStore.NewShard> out = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new HololoomException(Category.INPUT, "Malformed JSON at [" + source + ":" + n + "]: "
                        + e.getOriginalMessage() + ". Each line must be an object like {\"text\": \"...\"}");
            }
            JsonNode text = node.get("text");
            if (text == null || !text.isTextual() || text.asText().isBlank()) {
                throw new HololoomException(Category.INPUT, "Missing or blank \"text\" at [" + source + ":" + n
                        + "]. Each line must be an object like {\"text\": \"...\", \"tags\": [\"...\"]}");
            }
            List<String> tags = new ArrayList<>();
            JsonNode t = node.get("tags");
            if (t != null && t.isArray()) {
                t.forEach(x -> tags.add(x.asText()));
            }
            Shard.Kind kind = node.path("kind").asText("document").equalsIgnoreCase("note") ? Shard.Kind.NOTE
                    : Shard.Kind.DOCUMENT;
            String src = node.hasNonNull("source") ? node.get("source").asText() : source + ":" + n;
            for (String piece : split(text.asText().strip())) {
                out.add(new H2MemoryStore.NewShard(piece, kind, src, tags));
            }
        }
        return out;
    }

    /** Splits text into paragraphs; short ones (headings) join the next; long ones are cut at sentences. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String raw : text.split("\\n\\s*\\n")) {
            String p = raw.strip().replaceAll("\\s*\\n\\s*", " ");
            if (p.isEmpty()) {
                continue;
            }
            if (pending.length() > 0) {
                pending.append(' ');
            }
            pending.append(p);
            if (pending.length() >= MIN_PARAGRAPH_CHARS) {
                out.addAll(split(pending.toString()));
                pending.setLength(0);
            }
        }
        if (pending.length() > 0) {
            out.addAll(split(pending.toString()));
        }
        return out;
    }

    private static List<String> split(String p) {
        if (p.length() <= MAX_SHARD_CHARS) {
            return List.of(p);
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String sentence : p.split("(?<=[.!?])\\s+")) {
            if (cur.length() > 0 && cur.length() + sentence.length() + 1 > MAX_SHARD_CHARS) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            while (sentence.length() > MAX_SHARD_CHARS) {
                out.add(sentence.substring(0, MAX_SHARD_CHARS));
                sentence = sentence.substring(MAX_SHARD_CHARS);
            }
            if (cur.length() > 0) {
                cur.append(' ');
            }
            cur.append(sentence);
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    /**
     * Loads the built-in knowledge documents (listed in {@code /io/hololoom/core/corpus/index.txt}).
     *
     * @return how many shards were added
     */
    public int ingestBuiltinCorpus() {
        List<H2MemoryStore.NewShard> all = new ArrayList<>();
        try (InputStream index = Ingestor.class.getResourceAsStream("/io/hololoom/core/corpus/index.txt")) {
            if (index == null) {
                return 0;
            }
            for (String name : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                name = name.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try (InputStream doc = Ingestor.class.getResourceAsStream("/io/hololoom/core/corpus/" + name)) {
                    if (doc != null) {
                        all.addAll(parse(name, "builtin:" + name, doc));
                    }
                }
            }
        } catch (IOException e) {
            throw new HololoomException(Category.INTERNAL, "cannot read the built-in corpus", e);
        }
        return store.addAll(all).size();
    }
}
