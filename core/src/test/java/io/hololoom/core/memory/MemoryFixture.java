package io.hololoom.core.memory;

import io.hololoom.api.Embedder;
import io.hololoom.core.retrieval.MatryoshkaGate;
import io.hololoom.core.retrieval.ScaleTransforms;
import io.hololoom.core.retrieval.VectorIndex;
import java.nio.file.Path;
import java.time.Clock;

/** Opens a memory store on a directory; closes its database. */
final class MemoryFixture implements AutoCloseable {
    final Database db;
    final H2MemoryStore store;

    MemoryFixture(Path dir, Embedder embedder, Clock clock) {
        this.db = Database.open(dir);
        try {
            this.store = new H2MemoryStore(db, embedder, new VectorIndex(embedder.dimension(),
                    ScaleTransforms.create("prefix", embedder.dimension(), 1), MatryoshkaGate.defaults()), clock);
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
