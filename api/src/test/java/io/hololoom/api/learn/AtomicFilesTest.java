package io.hololoom.api.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesReplacesCreatesParentsAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("a/b/checkpoint.bin");
        AtomicFiles.write(file, "first".getBytes(StandardCharsets.UTF_8));
        assertThat(file).hasContent("first");
        AtomicFiles.write(file, "second".getBytes(StandardCharsets.UTF_8));
        assertThat(file).hasContent("second");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }
}
