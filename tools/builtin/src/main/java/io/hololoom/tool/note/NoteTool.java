package io.hololoom.tool.note;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Tool;
import io.hololoom.api.ToolCall;
import io.hololoom.api.ToolResult;
import io.hololoom.api.memory.MemoryStore;
import io.hololoom.api.memory.Shard;
import java.util.List;
import java.util.Map;

/**
 * The {@code note} tool: stores the query's content as a {@link Shard.Kind#NOTE} in the memory store.
 *
 * <p>"remember that the staging server is db-7 #infra" stores "the staging server is db-7" tagged
 * {@code infra} (see {@link NoteParser} for the phrasing understood). The store stamps the time. Output
 * {@code Noted: <text>}; sources and data {@code id} carry the new shard's id, data also has {@code tags} and
 * {@code created_at}; quality 1.0. A blank note or one over {@code max-length} is REFUSED; a storage failure is
 * an ERROR. Thread-safe: immutable, the store is thread-safe.
 */
public final class NoteTool implements Tool {

    private final NoteConfig config;
    private final MemoryStore memory;

    public NoteTool(NoteConfig config, MemoryStore memory) {
        this.config = requireNonNull(config, "config is null");
        this.memory = requireNonNull(memory, "memory is null");
    }

    @Override
    public String description() {
        return "Saves a note to memory, e.g. \"remember that the staging server is db-7 #infra\".";
    }

    @Override
    public ToolResult run(ToolCall call) {
        requireNonNull(call, "call is null");
        if (Thread.currentThread().isInterrupted()) {
            return ToolResult.timeout("interrupted before saving the note");
        }
        String query = call.query();
        if (query.isBlank()) {
            return ToolResult.refused("nothing to note: the query is blank");
        }
        if (query.length() > config.maxLength()) {
            return ToolResult.refused("note too long (limit " + config.maxLength() + " characters)");
        }
        NoteParser.ParsedNote note = NoteParser.parse(query, config.maxTags());
        if (note.text().isBlank()) {
            return ToolResult.refused("nothing to note: the note text is blank");
        }
        // checked again just before the write: a store write on an interrupted thread may be torn down midway
        if (Thread.currentThread().isInterrupted()) {
            return ToolResult.timeout("interrupted before saving the note");
        }
        Shard shard;
        try {
            shard = memory.add(note.text(), Shard.Kind.NOTE, config.source(), note.tags());
        } catch (RuntimeException e) {
            return ToolResult.error("could not save the note to the memory store");
        }
        String output = "Noted: " + shard.text()
                + (shard.tags().isEmpty() ? "" : " (tags: " + String.join(", ", shard.tags()) + ")");
        return ToolResult.ok(output, 1.0, List.of(shard.id()), Map.of(
                "id", shard.id(),
                "tags", String.join(",", shard.tags()),
                "created_at", shard.createdAt().toString()));
    }
}
