package io.hololoom.api.memory;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * One unit of memory: a paragraph of a document or a note.
 *
 * @param id stable id, unique in the store
 * @param text the content
 * @param kind document or note
 * @param source where it came from (file path, {@code builtin:README.md}, {@code note})
 * @param tags lower-case tags, e.g. {@code infra}
 * @param createdAt when it was stored
 */
public record Shard(String id, String text, Kind kind, String source, List<String> tags, Instant createdAt) {
    /** What a shard is. */
    public enum Kind {
        DOCUMENT, NOTE
    }

    public Shard {
        requireNonNull(id, "id is null");
        requireNonNull(text, "text is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(source, "source is null");
        tags = List.copyOf(requireNonNull(tags, "tags is null"));
        requireNonNull(createdAt, "createdAt is null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("shard id is blank");
        }
    }
}
