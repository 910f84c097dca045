package io.hololoom.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.memory.Shard;
import io.hololoom.api.memory.Shard.Kind;
import io.hololoom.api.memory.ShardFilter;
import io.hololoom.core.testing.FastTempDir;
import io.hololoom.core.testing.MutableClock;
import io.hololoom.core.testing.TestEmbedder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
    private static final String LONG_A = "Kubernetes runs containers in pods and schedules them onto the nodes of a"
            + " cluster.";
    private static final String LONG_B = "Git records snapshots of a tree of files and links them into a history of"
            + " commits.";

    @TempDir(factory = FastTempDir.class)
    Path dir;

    private MemoryFixture fixture;
    private H2MemoryStore store;
    private Ingestor ingestor;

    @BeforeEach
    void open() {
        fixture = new MemoryFixture(dir.resolve("home"), new TestEmbedder(), new MutableClock(Instant.EPOCH));
        store = fixture.store;
        ingestor = new Ingestor(store);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve("docs").resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private static List<H2MemoryStore.NewShard> parse(String name, String content) throws IOException {
        InputStream in = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
        return Ingestor.parse(name, "src/" + name, in);
    }

    private static List<String> texts(List<H2MemoryStore.NewShard> shards) {
        return shards.stream().map(H2MemoryStore.NewShard::text).toList();
    }

    @Test
    void textIsSplitIntoParagraphsWithHeadingsMergedIntoTheNextOne() throws IOException {
        List<H2MemoryStore.NewShard> shards = parse("k.md", "# Kubernetes\n\n" + LONG_A + "\nIt has a control\n"
                + "plane.\n\n\n   \n" + LONG_B + "\n\nShort tail.\n");
        assertThat(texts(shards)).containsExactly("# Kubernetes " + LONG_A + " It has a control plane.", LONG_B,
                "Short tail.");
        assertThat(shards).allSatisfy(s -> {
            assertThat(s.kind()).isEqualTo(Kind.DOCUMENT);
            assertThat(s.source()).isEqualTo("src/k.md");
            assertThat(s.tags()).isEmpty();
        });
        assertThat(texts(parse("k.txt", "\r\n" + LONG_A + "\r\n\r\n" + LONG_B))).containsExactly(LONG_A, LONG_B);
        assertThat(parse("empty.txt", "\n\n  \n")).isEmpty();
    }

    @Test
    void longParagraphsAreCutAtSentencesAndOverlongSentencesHard() throws IOException {
        StringBuilder p = new StringBuilder();
        while (p.length() < 4000) {
            p.append("This sentence is about caching and eviction policies. ");
        }
        List<String> pieces = texts(parse("long.txt", p.toString()));
        assertThat(pieces).hasSizeGreaterThanOrEqualTo(3).allSatisfy(s -> {
            assertThat(s.length()).isLessThanOrEqualTo(Ingestor.MAX_SHARD_CHARS);
            assertThat(s).endsWith(".");
        });
        assertThat(String.join(" ", pieces)).isEqualTo(p.toString().strip());

        String word = "x".repeat(3200);
        List<String> hard = texts(parse("word.txt", word));
        assertThat(hard).containsExactly("x".repeat(1500), "x".repeat(1500), "x".repeat(200));
    }

    @Test
    void jsonlLinesBecomeShardsWithTagsKindAndSource() throws IOException {
        List<H2MemoryStore.NewShard> shards = parse("notes.jsonl", """
                {"text": "remember the standup", "tags": ["Work", "daily"], "kind": "NOTE", "source": "slack"}

                {"text": "  a plain document  "}
                {"text": "explicit doc", "kind": "document", "tags": "not-a-list"}
                """);
        assertThat(shards).hasSize(3);
        assertThat(shards.get(0)).isEqualTo(new H2MemoryStore.NewShard("remember the standup", Kind.NOTE, "slack",
                List.of("Work", "daily")));
        assertThat(shards.get(1)).isEqualTo(new H2MemoryStore.NewShard("a plain document", Kind.DOCUMENT,
                "src/notes.jsonl:3", List.of()));
        assertThat(shards.get(2).tags()).isEmpty();
        assertThat(shards.get(2).source()).isEqualTo("src/notes.jsonl:4");
    }

    @Test
    void aMalformedJsonlLineIsAnInputErrorNamingFileAndLineAndStoresNothingOfThatFile() throws IOException {
        Path file = write("bad.jsonl", "{\"text\": \"fine\"}\n{\"text\": \"also fine\"}\n{\"text\": oops}\n");
        assertThatThrownBy(() -> ingestor.ingest(file)).isInstanceOfSatisfying(HololoomException.class, e -> {
            assertThat(e.category()).isEqualTo(Category.INPUT);
            assertThat(e.getMessage()).startsWith("Malformed JSON at [" + file + ":3]: ")
                    .endsWith("Each line must be an object like {\"text\": \"...\"}");
        });
        assertThat(store.size()).isZero();
    }

    @Test
    void aJsonlLineWithoutTextIsAnInputError() {
        for (String line : new String[] {"{\"body\": \"x\"}", "{\"text\": \"  \"}", "{\"text\": 5}", "[1, 2]", "\"s\"",
                "null"}) {
            assertThatThrownBy(() -> parse("x.jsonl", "{\"text\": \"ok\"}\n" + line + "\n"))
                    .as(line)
                    .isInstanceOfSatisfying(HololoomException.class, e -> {
                        assertThat(e.category()).isEqualTo(Category.INPUT);
                        assertThat(e.getMessage()).startsWith("Missing or blank \"text\" at [src/x.jsonl:2]");
                    });
        }
    }

    @Test
    void ingestStoresAFileAndIngestingItAgainAddsNothing() throws IOException {
        Path file = write("k.md", "# K\n\n" + LONG_A + "\n\n" + LONG_B + "\n");
        Ingestor.Report report = ingestor.ingest(file);
        assertThat(report.files()).isEqualTo(1);
        assertThat(report.shards()).isEqualTo(2);
        assertThat(report.skippedFiles()).isZero();
        assertThat(store.size()).isEqualTo(2);
        assertThat(store.find(ShardFilter.ALL)).extracting(Shard::source).containsOnly(file.toString());
        ingestor.ingest(file);
        assertThat(store.size()).as("documents are stored once").isEqualTo(2);
    }

    @Test
    void directoriesAreWalkedRecursivelySkippingUnsupportedFiles() throws IOException {
        write("a.txt", LONG_A);
        write("b.MD", LONG_B);
        write("sub/c.jsonl", "{\"text\": \"from jsonl\", \"tags\": [\"x\"]}\n");
        Path pdf = write("d.pdf", "%PDF");
        Path bin = write("sub/e.bin", "\u0000");
        Ingestor.Report report = ingestor.ingest(dir.resolve("docs"));
        assertThat(report.files()).isEqualTo(3);
        assertThat(report.shards()).isEqualTo(3);
        assertThat(report.skippedFiles()).isEqualTo(2);
        assertThat(report.skipped()).containsExactlyInAnyOrder(pdf.toString(), bin.toString());
        assertThat(store.count(ShardFilter.ALL.withTag("x"))).isEqualTo(1);
    }

    @Test
    void missingPathsAndUnsupportedFilesAreInputErrors() throws IOException {
        Path missing = dir.resolve("nope.txt");
        assertThatThrownBy(() -> ingestor.ingest(missing)).isInstanceOfSatisfying(HololoomException.class, e -> {
            assertThat(e.category()).isEqualTo(Category.INPUT);
            assertThat(e.getMessage()).isEqualTo("Cannot ingest [" + missing + "]: no such file or directory");
        });
        Path pdf = write("paper.pdf", "%PDF");
        assertThatThrownBy(() -> ingestor.ingest(pdf)).isInstanceOfSatisfying(HololoomException.class, e -> {
            assertThat(e.category()).isEqualTo(Category.INPUT);
            assertThat(e.getMessage()).isEqualTo("Cannot ingest [" + pdf + "]: unsupported file type; supported types"
                    + " are .txt, .md and .jsonl");
        });
        assertThat(Ingestor.supported(Path.of("A.JSONL"))).isTrue();
        assertThat(Ingestor.supported(Path.of("a.json"))).isFalse();
    }

    @Test
    void theBuiltInCorpusLoadsEveryListedDocumentOnce() throws IOException {
        int added = ingestor.ingestBuiltinCorpus();
        assertThat(added).isGreaterThanOrEqualTo(25);
        assertThat(store.size()).isEqualTo(added);
        List<String> listed;
        try (InputStream in = Ingestor.class.getResourceAsStream("/io/hololoom/core/corpus/index.txt")) {
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
        List<String> sources = store.find(ShardFilter.ALL).stream().map(Shard::source).distinct().toList();
        assertThat(sources).allMatch(s -> s.startsWith("builtin:"))
                .containsExactlyInAnyOrderElementsOf(listed.stream().map(n -> "builtin:" + n).toList());
        assertThat(store.find(ShardFilter.ALL)).allSatisfy(s -> {
            assertThat(s.kind()).isEqualTo(Kind.DOCUMENT);
            assertThat(s.text().length()).isBetween(1, Ingestor.MAX_SHARD_CHARS);
        });
        ingestor.ingestBuiltinCorpus();
        assertThat(store.size()).isEqualTo(added);
    }
}
