package io.hololoom.api;

/**
 * Something the loom can route a query to: a calculator, a search, a note taker, a third-party jar.
 *
 * <p><b>Contract:</b> {@link #run} returns a {@link ToolResult} for every input, using
 * {@link ToolResult.Status#REFUSED} (with a reason) for a query the tool cannot handle and
 * {@link ToolResult.Status#ERROR} for a failure. It should respect {@link ToolCall#budget()} and stop
 * when its thread is interrupted; the loom interrupts it when the budget runs out and records a
 * time-out. Never evaluate user text as code. <b>Thread safety:</b> safe for concurrent use.
 */
public interface Tool {
    /** Runs the tool. */
    ToolResult run(ToolCall call);

    /**
     * Whether the loom may serve this tool's result for a repeated query from its result cache. True only
     * for tools without side effects whose output depends on nothing but the query and the memory store
     * (the cache key includes the store's write generation). Defaults to false, the safe choice.
     */
    default boolean cacheable() {
        return false;
    }

    /** One line saying what the tool does, shown by {@code hololoom plugins}. */
    default String description() {
        return "";
    }
}
