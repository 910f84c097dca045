package io.hololoom.tool.testkit;

import io.hololoom.api.HololoomException;
import io.hololoom.api.memory.MemoryStore;
import io.hololoom.api.memory.ScoredShard;
import io.hololoom.api.memory.Shard;
import io.hololoom.api.memory.ShardFilter;
import java.util.List;

/** A store whose every call fails like a broken disk (STORAGE), for the tools' error paths. */
public final class FailingMemoryStore implements MemoryStore {
    private static HololoomException failure() {
        return new HololoomException(HololoomException.Category.STORAGE, "disk on fire");
    }

    @Override
    public Shard add(String text, Shard.Kind kind, String source, List<String> tags) {
        throw failure();
    }

    @Override
    public List<ScoredShard> search(float[] queryEmbedding, int k) {
        throw failure();
    }

    @Override
    public List<Shard> find(ShardFilter filter) {
        throw failure();
    }

    @Override
    public long count(ShardFilter filter) {
        throw failure();
    }
}
