package io.hololoom.tool.testkit;

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
 * A faithful in-memory {@link MemoryStore} for tests: vectors come from an {@link Embedder}, {@link #search} ranks
 * by cosine similarity (best first, ties by id), {@link #find} returns newest first, keyword matching is a
 * case-insensitive substring test, tags are lower-cased, {@code from} is inclusive and {@code to} exclusive.
 * Thread-safe (every method is synchronized).
 */
public final class InMemoryMemoryStore implements MemoryStore {

    private record Entry(Shard shard, float[] vector) {
    }

    private final Embedder embedder;
    private final Supplier<Instant> clock;
    private final List<Entry> entries = new ArrayList<>();
    private long sequence;
    private int searches;

    public InMemoryMemoryStore(Embedder embedder, Supplier<Instant> clock) {
        this.embedder = requireNonNull(embedder, "embedder is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public InMemoryMemoryStore(Embedder embedder, Clock clock) {
        this(embedder, clock::instant);
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
        entries.add(new Entry(shard, embedder.embed(text)));
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
        scored.sort(Comparator.comparingDouble(ScoredShard::score).reversed()
                .thenComparing(s -> s.shard().id()));
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

    /** How many times {@link #search} ran; lets tests see whether a tool used the loom's context instead. */
    public synchronized int searches() {
        return searches;
    }

    private List<Shard> matching(ShardFilter f) {
        return entries.stream().map(Entry::shard)
                .filter(s -> f.kind().map(k -> k == s.kind()).orElse(true))
                .filter(s -> f.keyword().map(w -> s.text().toLowerCase(Locale.ROOT)
                        .contains(w.toLowerCase(Locale.ROOT))).orElse(true))
                .filter(s -> f.tag().map(t -> s.tags().contains(t.toLowerCase(Locale.ROOT))).orElse(true))
                .filter(s -> f.from().map(from -> !s.createdAt().isBefore(from)).orElse(true))
                .filter(s -> f.to().map(to -> s.createdAt().isBefore(to)).orElse(true))
                .sorted(Comparator.comparing(Shard::createdAt).thenComparing(s -> sequenceOf(s.id())).reversed())
                .toList();
    }

    private static long sequenceOf(String id) {
        return Long.parseLong(id.substring(id.lastIndexOf('-') + 1));
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        if (na == 0 || nb == 0) {
            return 0;
        }
        return Math.max(-1, Math.min(1, dot / Math.sqrt(na * nb)));
    }
}
