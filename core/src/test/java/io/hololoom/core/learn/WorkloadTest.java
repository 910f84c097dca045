package io.hololoom.core.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.core.testing.FastTempDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadTest {
    private static final Set<String> BUILTIN_TOOLS = Set.of("answer", "search", "calc", "note", "query");

    @TempDir(factory = FastTempDir.class)
    Path dir;

    private String file(String content) throws IOException {
        return Files.writeString(dir.resolve("w.jsonl"), content).toString();
    }

    private static void assertBadLine(String location, int line, String what) {
        assertThatThrownBy(() -> Workload.read(location)).isInstanceOfSatisfying(HololoomException.class, e -> {
            assertThat(e.category()).isEqualTo(Category.INPUT);
            assertThat(e.getMessage()).startsWith("Bad workload line [" + location + ":" + line + "]: " + what + ".")
                    .contains("{\"query\": \"what is 2+2?\", \"tool\": \"calc\", \"answer\": \"4\"}");
        });
    }

    @Test
    void readsQueriesToolsAndOptionalAnswers() throws IOException {
        String f = file("{\"query\": \"what is 2+2?\", \"tool\": \" calc \", \"answer\": 4}\n\n"
                + "{\"query\": \"remember milk\", \"tool\": \"note\", \"answer\": null, \"extra\": true}\n");
        assertThat(Workload.read(f)).containsExactly(new Workload.Example("what is 2+2?", "calc", Optional.of("4")),
                new Workload.Example("remember milk", "note", Optional.empty()));
    }

    @Test
    void badLinesNameTheFileAndLine() throws IOException {
        assertBadLine(file("{\"query\": \"ok\", \"tool\": \"calc\"}\n{oops\n"), 2, "malformed JSON");
        assertBadLine(file("{\"tool\": \"calc\"}\n"), 1, "missing or blank \"query\"");
        assertBadLine(file("\n{\"query\": \"  \", \"tool\": \"calc\"}\n"), 2, "missing or blank \"query\"");
        assertBadLine(file("{\"query\": \"q\"}\n"), 1, "missing or blank \"tool\"");
        assertBadLine(file("{\"query\": \"q\", \"tool\": 3}\n"), 1, "missing or blank \"tool\"");
        assertBadLine(file("[\"query\", \"tool\"]\n"), 1, "missing or blank \"query\"");
    }

    @Test
    void emptyMissingAndUnknownWorkloadsAreInputErrors() throws IOException {
        String empty = file("\n\n");
        assertThatThrownBy(() -> Workload.read(empty)).isInstanceOf(HololoomException.class)
                .hasMessage("Workload [" + empty + "] has no examples");
        String missing = dir.resolve("nope.jsonl").toString();
        assertThatThrownBy(() -> Workload.read(missing)).isInstanceOfSatisfying(HololoomException.class, e -> {
            assertThat(e.category()).isEqualTo(Category.INPUT);
            assertThat(e.getMessage()).startsWith("Workload file [" + missing + "] does not exist");
        });
        assertThatThrownBy(() -> Workload.read("builtin:nope")).isInstanceOfSatisfying(HololoomException.class,
                e -> assertThat(e.getMessage()).startsWith("Unknown built-in workload [builtin:nope]; known:")
                        .contains("builtin:train").contains("builtin:test"));
    }

    @Test
    void theBuiltInWorkloadsCoverEveryBuiltInTool() {
        List<Workload.Example> train = Workload.read("builtin:train");
        List<Workload.Example> test = Workload.read("builtin:test");
        assertThat(train).hasSizeGreaterThan(500);
        assertThat(test).hasSizeGreaterThan(100);
        for (List<Workload.Example> w : List.of(train, test)) {
            assertThat(w).extracting(Workload.Example::tool).containsOnlyElementsOf(BUILTIN_TOOLS)
                    .containsAll(BUILTIN_TOOLS);
        }
        Set<String> trainQueries = new java.util.HashSet<>();
        train.forEach(e -> trainQueries.add(e.query()));
        assertThat(test).as("no test query is also a training query")
                .noneMatch(e -> trainQueries.contains(e.query()));
    }
}
