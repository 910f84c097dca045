package io.hololoom.core.inject;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.core.Hololoom;
import io.hololoom.core.retrieval.TransformCodec;
import io.hololoom.core.retrieval.VectorIndex;
import io.hololoom.core.testing.FastTempDir;
import io.hololoom.core.testing.TestHololoom;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wired application fits the PCA rotation once, on the built-in corpus, and reuses it on later starts. */
class MemoryStartupTest {
    @TempDir(factory = FastTempDir.class)
    Path home;

    private Hololoom open() {
        return TestHololoom.open(home, Map.of("hololoom.memory.builtin-corpus", "true",
                "hololoom.retrieval.transform", "pca"));
    }

    @Test
    void theFirstStartFitsOnTheBuiltInCorpusAndLaterStartsDoNotRefit() {
        byte[] fit;
        int size;
        try (Hololoom loom = open()) {
            VectorIndex index = loom.memory().index();
            size = index.size();
            assertThat(size).isGreaterThan(1);
            assertThat(index.fitCount()).as("one fit, on all of the corpus, none part-way").isEqualTo(1);
            assertThat(index.fittedSize()).isEqualTo(size);
            fit = TransformCodec.encode(index.transform());
        }
        try (Hololoom loom = open()) {
            VectorIndex index = loom.memory().index();
            assertThat(index.size()).isEqualTo(size);
            assertThat(index.fitCount()).isZero();
            assertThat(TransformCodec.encode(index.transform())).isEqualTo(fit);
        }
    }
}
