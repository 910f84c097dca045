package io.hololoom.tool.query;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.memory.Shard;
import io.hololoom.api.memory.ShardFilter;
import java.time.Instant;
import java.util.Optional;

/**
 * A structured question about the memory store.
 *
 * @param mode count or list
 * @param kind the kind of shard asked about, empty for every kind
 * @param keyword a word or phrase the text must contain
 * @param tag a tag the shard must carry
 * @param tagMayBeTopic the tag was said as an adjective ("security notes"): when no shard carries that tag at
 *     all, the word is a topic and the question is answered as a keyword instead (see {@link #asTopic()})
 * @param from created at or after, if bounded
 * @param to created before, if bounded
 * @param period how the time range was said ("today", "in the last 7 days"), empty without one
 */
record Question(Mode mode, Optional<Shard.Kind> kind, Optional<String> keyword, Optional<String> tag,
        boolean tagMayBeTopic, Optional<Instant> from, Optional<Instant> to, Optional<String> period) {

    enum Mode {
        COUNT, LIST
    }

    Question {
        requireNonNull(mode, "mode is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(keyword, "keyword is null");
        requireNonNull(tag, "tag is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(period, "period is null");
        if (tagMayBeTopic && (tag.isEmpty() || keyword.isPresent())) {
            throw new IllegalArgumentException("tagMayBeTopic needs a tag and no keyword");
        }
    }

    /** "kubernetes notes" when nothing is tagged kubernetes: notes mentioning "kubernetes". */
    Question asTopic() {
        if (!tagMayBeTopic) {
            return this;
        }
        return new Question(mode, kind, tag, Optional.empty(), false, from, to, period);
    }

    /** The store filter for this question, with the given result limit. */
    ShardFilter filter(int limit) {
        ShardFilter f = ShardFilter.ALL.withLimit(limit);
        if (kind.isPresent()) {
            f = f.withKind(kind.get());
        }
        if (keyword.isPresent()) {
            f = f.withKeyword(keyword.get());
        }
        if (tag.isPresent()) {
            f = f.withTag(tag.get());
        }
        if (from.isPresent() || to.isPresent()) {
            f = f.withRange(from.orElse(null), to.orElse(null));
        }
        return f;
    }

    /** "3 notes mentioning "ppo" tagged infra from today". */
    String describe(long count) {
        String noun = kind.map(k -> switch (k) {
            case NOTE -> count == 1 ? "note" : "notes";
            case DOCUMENT -> count == 1 ? "document" : "documents";
        }).orElse(count == 1 ? "item" : "items");
        StringBuilder sb = new StringBuilder().append(count).append(' ').append(noun);
        keyword.ifPresent(k -> sb.append(" mentioning \"").append(k).append('"'));
        tag.ifPresent(t -> sb.append(" tagged ").append(t));
        period.ifPresent(p -> sb.append(' ').append(p));
        return sb.toString();
    }
}
