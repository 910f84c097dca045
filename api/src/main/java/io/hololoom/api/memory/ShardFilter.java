package io.hololoom.api.memory;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A structured selection of shards; every present condition must hold.
 *
 * @param kind only shards of this kind
 * @param keyword only shards whose text contains this word as a whole word, optionally plural (case-insensitive)
 * @param tag only shards with this tag (case-insensitive)
 * @param from only shards created at or after this instant
 * @param to only shards created before this instant
 * @param limit at most this many results (1..10000)
 */
public record ShardFilter(Optional<Shard.Kind> kind, Optional<String> keyword, Optional<String> tag,
        Optional<Instant> from, Optional<Instant> to, int limit) {
    public static final ShardFilter ALL = new ShardFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), 10_000);

    public ShardFilter {
        requireNonNull(kind, "kind is null");
        requireNonNull(keyword, "keyword is null");
        requireNonNull(tag, "tag is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be in [1, 10000], was [" + limit + "]");
        }
    }

    public ShardFilter withKind(Shard.Kind k) {
        return new ShardFilter(Optional.of(k), keyword, tag, from, to, limit);
    }

    public ShardFilter withKeyword(String k) {
        return new ShardFilter(kind, Optional.of(k), tag, from, to, limit);
    }

    public ShardFilter withTag(String t) {
        return new ShardFilter(kind, keyword, Optional.of(t), from, to, limit);
    }

    public ShardFilter withRange(Instant f, Instant t) {
        return new ShardFilter(kind, keyword, tag, Optional.ofNullable(f), Optional.ofNullable(t), limit);
    }

    public ShardFilter withLimit(int l) {
        return new ShardFilter(kind, keyword, tag, from, to, l);
    }
}
