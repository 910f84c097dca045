package io.hololoom.core.memory;

import io.hololoom.api.Embedder;
import io.hololoom.core.retrieval.MatryoshkaGate;
import io.hololoom.core.retrieval.ScaleTransforms;
import io.hololoom.core.retrieval.VectorIndex;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

/** Opens a memory store on a directory; closes its database. */
final class MemoryFixture implements AutoCloseable {
    final Database db;
    final H2MemoryStore store;

    MemoryFixture(Path dir, Embedder embedder, Clock clock) {
        this(dir, embedder, clock, "prefix", message -> {
            throw new AssertionError("unexpected warning: " + message);
        });
    }

    /** A store whose index uses the scale transform {@code transform}; warnings of opening go to {@code warnings}. */
    MemoryFixture(Path dir, Embedder embedder, Clock clock, String transform, Consumer<String> warnings) {
        this.db = Database.open(dir);
        try {
            this.store = new H2MemoryStore(db, embedder, new VectorIndex(embedder.dimension(),
                    ScaleTransforms.create(transform, embedder.dimension(), 1), MatryoshkaGate.defaults()), clock,
                    warnings);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
