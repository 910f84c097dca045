package io.hololoom.tool.query;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Tool;
import io.hololoom.api.ToolCall;
import io.hololoom.api.ToolResult;
import io.hololoom.api.memory.MemoryStore;
import io.hololoom.api.memory.Shard;
import io.hololoom.api.memory.ShardFilter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code query} tool: structured questions over the memory store, answered with
 * {@link MemoryStore#count} and {@link MemoryStore#find} (see {@link QuestionParser} for the phrasing).
 *
 * <p>Counts give one sentence ("You have 3 notes mentioning "PPO"."); lists give a header and one numbered line
 * per shard, newest first ({@code 1. [id] 2024-05-15 first 100 chars…}), at most {@code list-limit} lines and a
 * "… and N more" line. Data {@code count} is the full number of matches; sources are the listed ids; quality is
 * 1.0 (the answer is exact, including zero). An adjective before the noun ("security notes") is a tag when some
 * shard carries that tag and otherwise a keyword ("kubernetes notes" = notes mentioning "kubernetes"), which
 * costs one extra count. Unrecognised questions are REFUSED with a short description of what is understood. Time phrases use the injected {@link Clock}'s instant and zone. Thread-safe: immutable.
 */
public final class QueryTool implements Tool {

    static final String UNDERSTOOD = "not a question about stored notes; try: how many notes mention X, "
            + "how many notes do I have, list notes tagged X, list notes about X, "
            + "list notes from today / yesterday / this week / the last N days";

    private final QueryConfig config;
    private final MemoryStore memory;
    private final Clock clock;

    /** A tool on the system clock in the configured zone. */
    public QueryTool(QueryConfig config, MemoryStore memory) {
        this(config, memory, Clock.system(requireNonNull(config, "config is null").zone()));
    }

    /** For tests: a fixed or movable clock; its zone decides where days and weeks begin. */
    QueryTool(QueryConfig config, MemoryStore memory, Clock clock) {
        this.config = requireNonNull(config, "config is null");
        this.memory = requireNonNull(memory, "memory is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public String description() {
        return "Answers counting and listing questions about stored notes, e.g. \"how many notes mention PPO?\".";
    }

    @Override
    public ToolResult run(ToolCall call) {
        requireNonNull(call, "call is null");
        if (Thread.currentThread().isInterrupted()) {
            return ToolResult.timeout("interrupted before querying");
        }
        String text = call.query();
        if (text.isBlank()) {
            return ToolResult.refused("query is blank");
        }
        if (text.length() > config.maxQueryChars()) {
            return ToolResult.refused("question too long (limit " + config.maxQueryChars() + " characters)");
        }
        Optional<Question> parsed = QuestionParser.parse(text, clock);
        if (parsed.isEmpty()) {
            return ToolResult.refused(UNDERSTOOD);
        }
        Question q = parsed.get();
        if (Thread.currentThread().isInterrupted()) {
            return ToolResult.timeout("interrupted before querying");
        }
        long count;
        List<Shard> shards = List.of();
        try {
            // "kubernetes notes" is a tag only if something carries that tag; otherwise it names a topic
            if (q.tagMayBeTopic() && memory.count(ShardFilter.ALL.withTag(q.tag().orElseThrow()).withLimit(1)) == 0) {
                q = q.asTopic();
            }
            if (q.mode() == Question.Mode.LIST) {
                // one scan when everything fits the list; the count only when there is more than it shows
                shards = memory.find(q.filter(config.listLimit()));
                count = shards.size() < config.listLimit() ? shards.size()
                        : memory.count(q.filter(ShardFilter.ALL.limit()));
            } else {
                count = memory.count(q.filter(ShardFilter.ALL.limit()));
            }
        } catch (RuntimeException e) {
            return ToolResult.error("memory query failed");
        }
        Map<String, String> data = Map.of("count", Long.toString(count), "mode",
                q.mode().name().toLowerCase(java.util.Locale.ROOT));
        if (q.mode() == Question.Mode.COUNT || shards.isEmpty()) {
            return ToolResult.ok("You have " + q.describe(count) + ".", 1.0, List.of(), data);
        }
        StringBuilder out = new StringBuilder("You have ").append(q.describe(count)).append(':');
        List<String> ids = new ArrayList<>(shards.size());
        for (int i = 0; i < shards.size(); i++) {
            Shard s = shards.get(i);
            ids.add(s.id());
            out.append('\n').append(i + 1).append(". [").append(s.id()).append("] ")
                    .append(LocalDate.ofInstant(s.createdAt(), clock.getZone())).append(' ')
                    .append(Snippet.of(s.text(), config.snippetChars()));
        }
        if (count > shards.size()) {
            out.append("\n… and ").append(count - shards.size()).append(" more");
        }
        return ToolResult.ok(out.toString(), 1.0, ids, data);
    }
}
