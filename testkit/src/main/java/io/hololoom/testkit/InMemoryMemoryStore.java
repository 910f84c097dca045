package io.hololoom.testkit;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Embedder;
import io.hololoom.api.memory.MemoryStore;
import io.hololoom.api.memory.ScoredShard;
import io.hololoom.api.memory.Shard;
import io.hololoom.api.memory.ShardFilter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A {@link MemoryStore} in memory, faithful to the contract the loom's H2 store keeps, for testing tools that
 * read or write memory:
 * <ul>
 *   <li>{@link #add} embeds the text with the store's embedder, lower-cases the tags and gives ids
 *       {@code document-1}, {@code note-2}, ...; blank text is an {@link IllegalArgumentException};</li>
 *   <li>{@link #search} ranks by cosine similarity, best first (ties by id), at most {@code k} results; a
 *       non-positive {@code k} or an embedding of another dimension is an {@link IllegalArgumentException};</li>
 *   <li>{@link #find} and {@link #count} apply every present condition of the filter: kind, keyword
 *       (case-insensitive substring of the text), tag (case-insensitive), {@code from} inclusive, {@code to}
 *       exclusive; {@code find} returns newest first and honours the limit, {@code count} ignores it.</li>
 * </ul>
 * Thread-safe (every method is synchronized).
 */
public final class InMemoryMemoryStore implements MemoryStore {
    private record Entry(long sequence, Shard shard, float[] vector) {
    }

    private final Embedder embedder;
    private final Supplier<Instant> clock;
    private final List<Entry> entries = new ArrayList<>();
    private long sequence;
    private int searches;

    /** A store whose shards are stamped by {@code clock} (use a fixed clock for reproducible tests). */
    public InMemoryMemoryStore(Embedder embedder, Clock clock) {
        this.embedder = requireNonNull(embedder, "embedder is null");
        requireNonNull(clock, "clock is null");
        this.clock = clock::instant;
    }

    /** A store on the system clock. */
    public InMemoryMemoryStore(Embedder embedder) {
        this(embedder, Clock.systemUTC());
    }

    @Override
    public synchronized Shard add(String text, Shard.Kind kind, String source, List<String> tags) {
        requireNonNull(text, "text is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(source, "source is null");
        requireNonNull(tags, "tags is null");
        if (text.isBlank()) {
            throw new IllegalArgumentException("shard text is blank");
        }
        List<String> lower = tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        sequence++;
        Shard shard = new Shard(kind.name().toLowerCase(Locale.ROOT) + "-" + sequence, text, kind, source, lower,
                clock.get());
        entries.add(new Entry(sequence, shard, embedder.embed(text)));
        return shard;
    }

    @Override
    public synchronized List<ScoredShard> search(float[] queryEmbedding, int k) {
        requireNonNull(queryEmbedding, "queryEmbedding is null");
        if (k < 1) {
            throw new IllegalArgumentException("k must be positive, was [" + k + "]");
        }
        if (queryEmbedding.length != embedder.dimension()) {
            throw new IllegalArgumentException("query embedding has dimension [" + queryEmbedding.length
                    + "], the store uses [" + embedder.dimension() + "]");
        }
        searches++;
        List<ScoredShard> scored = new ArrayList<>();
        for (Entry e : entries) {
            scored.add(new ScoredShard(e.shard(), cosine(queryEmbedding, e.vector())));
        }
        scored.sort(Comparator.comparingDouble(ScoredShard::score).reversed().thenComparing(s -> s.shard().id()));
        return List.copyOf(scored.subList(0, Math.min(k, scored.size())));
    }

    @Override
    public synchronized List<Shard> find(ShardFilter filter) {
        requireNonNull(filter, "filter is null");
        return matching(filter).stream().limit(filter.limit()).toList();
    }

    @Override
    public synchronized long count(ShardFilter filter) {
        requireNonNull(filter, "filter is null");
        return matching(filter).size();
    }

    /** How many times {@link #search} ran, so a test can tell whether a tool used the loom's context instead. */
    public synchronized int searches() {
        return searches;
    }

    private List<Shard> matching(ShardFilter f) {
        return entries.stream()
                .filter(e -> f.kind().map(k -> k == e.shard().kind()).orElse(true))
                .filter(e -> f.keyword().map(w -> e.shard().text().toLowerCase(Locale.ROOT)
                        .contains(w.toLowerCase(Locale.ROOT))).orElse(true))
                .filter(e -> f.tag().map(t -> e.shard().tags().contains(t.toLowerCase(Locale.ROOT))).orElse(true))
                .filter(e -> f.from().map(from -> !e.shard().createdAt().isBefore(from)).orElse(true))
                .filter(e -> f.to().map(to -> e.shard().createdAt().isBefore(to)).orElse(true))
                .sorted(Comparator.comparing((Entry e) -> e.shard().createdAt()).thenComparingLong(Entry::sequence)
                        .reversed())
                .map(Entry::shard)
                .toList();
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        if (na == 0 || nb == 0) {
            return 0;
        }
        return Math.max(-1, Math.min(1, dot / Math.sqrt(na * nb)));
    }
}
