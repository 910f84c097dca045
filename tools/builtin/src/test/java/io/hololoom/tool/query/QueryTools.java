package io.hololoom.tool.query;

import io.hololoom.api.Tool;
import io.hololoom.api.memory.MemoryStore;
import java.time.Clock;

/** Lets tests in other packages build a {@link QueryTool} on a fixed clock. */
public final class QueryTools {
    private QueryTools() {
    }

    public static Tool withClock(QueryConfig config, MemoryStore memory, Clock clock) {
        return new QueryTool(config, memory, clock);
    }
}
