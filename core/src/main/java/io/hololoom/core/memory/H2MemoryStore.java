package io.hololoom.core.memory;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Embedder;
import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.memory.MemoryStore;
import io.hololoom.api.memory.ScoredShard;
import io.hololoom.api.memory.Shard;
import io.hololoom.api.memory.ShardFilter;
import io.hololoom.core.retrieval.ScaleTransform;
import io.hololoom.core.retrieval.TransformCodec;
import io.hololoom.core.retrieval.VectorIndex;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The memory store: shards and their vectors in the H2 {@link Database}, searched through an in-memory
 * {@link VectorIndex} (Matryoshka coarse-to-fine).
 *
 * <p>Vectors are stored per embedder fingerprint; when the embedder changes, the missing vectors are computed
 * on open. Documents get content-derived ids, so ingesting the same file twice stores it once. A fitted retrieval
 * transform (PCA) is kept in the database too, so opening a large store does not refit it (see the constructor).
 * Thread-safe.
 */
public final class H2MemoryStore implements MemoryStore {
    /** A document or note to add in bulk; {@code createdAt} null means now. */
    public record NewShard(String text, Shard.Kind kind, String source, List<String> tags, Instant createdAt) {
        public NewShard {
            requireNonNull(text, "text is null");
            requireNonNull(kind, "kind is null");
            requireNonNull(source, "source is null");
            tags = List.copyOf(requireNonNull(tags, "tags is null"));
        }

        public NewShard(String text, Shard.Kind kind, String source, List<String> tags) {
            this(text, kind, source, tags, null);
        }
    }

    private static final int EMBED_BATCH = 64;

    private final Database db;
    private final Embedder embedder;
    private final VectorIndex index;
    private final Clock clock;
    private final Consumer<String> warnings;
    private final TransformTable transforms;
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    /** Recently read shards and vectors, so a warm weave does not go to the database (shards are immutable). */
    private final com.github.benmanes.caffeine.cache.Cache<String, Shard> shardCache =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(10_000).executor(Runnable::run).build();
    private final com.github.benmanes.caffeine.cache.Cache<String, float[]> vectorCache =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(10_000).executor(Runnable::run).build();

    /**
     * Opens the store on {@code db}: creates the tables if needed and loads every stored vector of {@code embedder}
     * into {@code index} (normally empty: a persisted fit can only be restored into an empty index), embedding the
     * shards that have none under this embedder.
     *
     * <p>With a fittable transform ({@code pca}) the fit is kept in the table {@code retrieval_transform}: if a
     * fit for this embedder fingerprint, transform and dimension is stored, the vectors are loaded straight into
     * its space and nothing is refitted (the index's automatic refit policy goes on from the vector count of
     * that fit, so a store that has grown refits at the next doubling as usual). Otherwise (a new or older
     * database, another embedder, the transform changed in the configuration, or a damaged row: the last is
     * logged as a warning) the transform is fitted once after loading. Every later fit is written back.
     */
    public H2MemoryStore(Database db, Embedder embedder, VectorIndex index, Clock clock) {
        this(db, embedder, index, clock, H2MemoryStore::logWarning);
    }

    /** As the public constructor, with the warnings of opening sent to {@code warnings} (for tests). */
    H2MemoryStore(Database db, Embedder embedder, VectorIndex index, Clock clock, Consumer<String> warnings) {
        this.db = requireNonNull(db, "db is null");
        this.embedder = requireNonNull(embedder, "embedder is null");
        this.index = requireNonNull(index, "index is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.warnings = requireNonNull(warnings, "warnings is null");
        db.execute("creating the memory tables",
                "CREATE TABLE IF NOT EXISTS shard (seq BIGINT AUTO_INCREMENT PRIMARY KEY, id VARCHAR(64) NOT NULL UNIQUE,"
                        + " text CLOB NOT NULL, lower_text CLOB NOT NULL, kind VARCHAR(16) NOT NULL,"
                        + " source VARCHAR(2048) NOT NULL, tags VARCHAR(2048) NOT NULL,"
                        + " created_at TIMESTAMP WITH TIME ZONE NOT NULL)",
                "CREATE TABLE IF NOT EXISTS shard_vector (shard_id VARCHAR(64) NOT NULL, fingerprint VARCHAR(256) NOT NULL,"
                        + " vec VARBINARY NOT NULL, PRIMARY KEY (shard_id, fingerprint))",
                "CREATE TABLE IF NOT EXISTS meta (k VARCHAR(256) PRIMARY KEY, v VARCHAR(4096) NOT NULL)");
        this.transforms = new TransformTable(db);
        index.fitListener(this::persistFit);
        loadVectors();
    }

    /**
     * Loads the stored vectors in bulk (one {@link VectorIndex#addAll}), into the persisted fit's space when
     * there is a usable one, then embeds what is missing; fits once at the end if no fit was restored and none
     * happened while loading.
     */
    private void loadVectors() {
        String fp = embedder.fingerprint();
        int bytes = embedder.dimension() * Float.BYTES;
        Map<String, float[]> stored = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        // only ids and vectors: reading every text (a CLOB) would cost more than the vectors themselves
        db.with("loading vectors", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT s.id, v.vec FROM shard s LEFT JOIN shard_vector v"
                    + " ON v.shard_id = s.id AND v.fingerprint = ? ORDER BY s.seq")) {
                ps.setString(1, fp);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byte[] vec = rs.getBytes(2);
                        if (vec == null || vec.length != bytes) {
                            missing.add(rs.getString(1));
                        } else {
                            float[] v = VectorCodec.decode(vec);
                            if (nonZero(v)) {
                                stored.put(rs.getString(1), v);
                            }
                        }
                    }
                }
            }
            return null;
        });
        int fitsBefore = index.fitCount();
        boolean restored = restoreFit(stored.size());
        index.addAll(stored);
        stored.clear();
        embedMissing(missing);
        if (!restored && index.fitCount() == fitsBefore && index.transform().fittable() && index.size() >= 2) {
            index.refit();
        }
    }

    /** Embeds and stores the vectors of these shards, and indexes them in one bulk add. */
    private void embedMissing(List<String> ids) {
        String fp = embedder.fingerprint();
        Map<String, float[]> added = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += EMBED_BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + EMBED_BATCH));
            List<String> texts = db.with("reading shard texts", c -> {
                List<String> out = new ArrayList<>(batch.size());
                try (PreparedStatement ps = c.prepareStatement("SELECT text FROM shard WHERE id = ?")) {
                    for (String id : batch) {
                        ps.setString(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            out.add(rs.getString(1));
                        }
                    }
                }
                return out;
            });
            List<float[]> vectors = embedder.embedAll(texts);
            db.transaction("storing vectors", c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "MERGE INTO shard_vector (shard_id, fingerprint, vec) KEY (shard_id, fingerprint) VALUES (?, ?, ?)")) {
                    for (int i = 0; i < batch.size(); i++) {
                        ps.setString(1, batch.get(i));
                        ps.setString(2, fp);
                        ps.setBytes(3, VectorCodec.encode(vectors.get(i)));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return null;
            });
            for (int i = 0; i < batch.size(); i++) {
                if (nonZero(vectors.get(i))) {
                    added.put(batch.get(i), vectors.get(i));
                }
            }
        }
        index.addAll(added);
    }

    /**
     * Gives the (empty) index the persisted fit for this embedder, transform and dimension, if there is a usable
     * one; false if it needs fitting. A fit made on more vectors than the store now holds (e.g. a database put
     * back from an older copy) is not used.
     */
    private boolean restoreFit(int vectorCount) {
        ScaleTransform current = index.transform();
        if (!current.fittable() || index.size() != 0) {
            return false;
        }
        String what = "the persisted [" + current.name() + "] retrieval transform in table [" + TransformTable.TABLE
                + "] (embedder [" + embedder.fingerprint() + "], dimension [" + embedder.dimension() + "])";
        String action = "; refitting it on the " + vectorCount + " stored vectors and storing the new fit";
        TransformTable.Stored row;
        try {
            row = transforms.read(embedder.fingerprint(), current.name(), embedder.dimension());
        } catch (HololoomException e) {
            warnings.accept("Cannot read " + what + ": " + e.getMessage() + action);
            return false;
        }
        if (row == null || row.vectorCount() > vectorCount) {
            return false;
        }
        try {
            index.restoreFit(TransformCodec.decode(row.state()), row.vectorCount());
            return true;
        } catch (IllegalArgumentException e) {
            warnings.accept("Ignoring " + what + ", it is unreadable: " + e.getMessage() + action);
            return false;
        }
    }

    /** The index's fit listener: keeps every fit, so the next start need not refit. */
    private void persistFit(ScaleTransform fitted, int vectorCount) {
        try {
            transforms.write(embedder.fingerprint(), fitted, vectorCount, clock.instant());
        } catch (RuntimeException e) {
            // the fit is in use in memory all the same; only the next start pays for it
            warnings.accept("Cannot persist the fitted [" + fitted.name() + "] retrieval transform to table ["
                    + TransformTable.TABLE + "]: " + e.getMessage() + "; the next start will refit it");
        }
    }

    private static void logWarning(String message) {
        System.getLogger(H2MemoryStore.class.getName()).log(System.Logger.Level.WARNING, message);
    }

    private static boolean nonZero(float[] v) {
        for (float x : v) {
            if (x != 0f) {
                return true;
            }
        }
        return false;
    }

    /**
     * A text without features (e.g. only punctuation) embeds to the zero vector: it is stored, and found by
     * {@link #find}, but has no direction to be searched by.
     */
    private void indexIfNonZero(String id, float[] v) {
        if (nonZero(v)) {
            index.add(id, v);
        }
    }

    @Override
    public Shard add(String text, Shard.Kind kind, String source, List<String> tags) {
        return addAll(List.of(new NewShard(text, kind, source, tags))).get(0);
    }

    /**
     * Adds shards in one transaction, embedding them in batches. Documents already stored (same source and
     * text) are returned as they are, not stored twice.
     *
     * @throws IllegalArgumentException if a text is blank
     */
    public List<Shard> addAll(List<NewShard> shards) {
        requireNonNull(shards, "shards is null");
        for (NewShard s : shards) {
            if (s.text().isBlank()) {
                throw new IllegalArgumentException("cannot store a blank " + s.kind().name().toLowerCase(Locale.ROOT));
            }
        }
        List<Shard> out = new ArrayList<>(shards.size());
        for (int from = 0; from < shards.size(); from += EMBED_BATCH) {
            List<NewShard> batch = shards.subList(from, Math.min(shards.size(), from + EMBED_BATCH));
            List<float[]> vectors = embedder.embedAll(batch.stream().map(NewShard::text).toList());
            Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            Map<Shard, float[]> added = new LinkedHashMap<>();
            List<Shard> stored = db.transaction("storing shards", c -> {
                List<Shard> result = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    NewShard n = batch.get(i);
                    String id = idFor(n);
                    Shard existing = n.kind() == Shard.Kind.DOCUMENT ? byId(c, id) : null;
                    if (existing != null) {
                        result.add(existing);
                        continue;
                    }
                    List<String> tags = n.tags().stream().map(t -> t.replace(',', ' ').trim().toLowerCase(Locale.ROOT))
                            .filter(t -> !t.isEmpty()).distinct().toList();
                    Shard shard = new Shard(id, n.text(), n.kind(), n.source(), tags, n.createdAt() == null ? now
                            : n.createdAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
                    insert(c, shard, vectors.get(i));
                    added.put(shard, vectors.get(i));
                    result.add(shard);
                }
                return result;
            });
            added.forEach((shard, v) -> indexIfNonZero(shard.id(), v));
            if (!added.isEmpty()) {
                generation.incrementAndGet();
            }
            out.addAll(stored);
        }
        return out;
    }

    private void insert(Connection c, Shard s, float[] vector) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO shard (id, text, lower_text, kind, source, tags,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, s.id());
            ps.setString(2, s.text());
            ps.setString(3, s.text().toLowerCase(Locale.ROOT));
            ps.setString(4, s.kind().name());
            ps.setString(5, s.source());
            ps.setString(6, "," + String.join(",", s.tags()) + ",");
            ps.setTimestamp(7, Timestamp.from(s.createdAt()));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "MERGE INTO shard_vector (shard_id, fingerprint, vec) KEY (shard_id, fingerprint) VALUES (?, ?, ?)")) {
            ps.setString(1, s.id());
            ps.setString(2, embedder.fingerprint());
            ps.setBytes(3, VectorCodec.encode(vector));
            ps.executeUpdate();
        }
    }

    private static String idFor(NewShard n) {
        if (n.kind() == Shard.Kind.NOTE) {
            return "n-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(n.source().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(n.text().getBytes(StandardCharsets.UTF_8));
            return "d-" + HexFormat.of().formatHex(md.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shard with this id, or null. */
    public Shard get(String id) {
        return db.with("reading a shard", c -> byId(c, id));
    }

    private static Shard byId(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, text, kind, source, tags, created_at FROM shard WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs) : null;
            }
        }
    }

    private static Shard read(ResultSet rs) throws SQLException {
        List<String> tags = Arrays.stream(rs.getString(5).split(",")).filter(t -> !t.isEmpty()).toList();
        return new Shard(rs.getString(1), rs.getString(2), Shard.Kind.valueOf(rs.getString(3)), rs.getString(4), tags,
                rs.getTimestamp(6).toInstant());
    }

    @Override
    public List<ScoredShard> search(float[] queryEmbedding, int k) {
        return search(queryEmbedding, k, new int[] {embedder.dimension()});
    }

    /** Coarse-to-fine search through the given ascending scales (the last one is re-ranked at full dimension). */
    public List<ScoredShard> search(float[] queryEmbedding, int k, int[] scales) {
        requireNonNull(queryEmbedding, "queryEmbedding is null");
        if (k < 1) {
            throw new IllegalArgumentException("k must be positive, was [" + k + "]");
        }
        if (queryEmbedding.length != embedder.dimension()) {
            throw new IllegalArgumentException("query embedding has " + queryEmbedding.length
                    + " dimensions; the store's embedder has " + embedder.dimension());
        }
        List<VectorIndex.Hit> hits = index.search(queryEmbedding, k, scales);
        if (hits.isEmpty()) {
            return List.of();
        }
        Map<String, Shard> shards = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (VectorIndex.Hit h : hits) {
            Shard cached = shardCache.getIfPresent(h.id());
            if (cached != null) {
                shards.put(h.id(), cached);
            } else {
                missing.add(h.id());
            }
        }
        if (!missing.isEmpty()) {
            db.with("reading search results", c -> {
                for (String id : missing) {
                    Shard s = byId(c, id);
                    if (s != null) {
                        shards.put(id, s);
                        shardCache.put(id, s);
                    }
                }
                return null;
            });
        }
        List<ScoredShard> out = new ArrayList<>(hits.size());
        for (VectorIndex.Hit h : hits) {
            Shard s = shards.get(h.id());
            if (s != null) {
                out.add(new ScoredShard(s, Math.max(-1, Math.min(1, h.score()))));
            }
        }
        return out;
    }

    @Override
    public List<Shard> find(ShardFilter filter) {
        requireNonNull(filter, "filter is null");
        return db.with("finding shards", c -> {
            List<Object> args = new ArrayList<>();
            String where = where(filter, args);
            try (PreparedStatement ps = c.prepareStatement("SELECT id, text, kind, source, tags, created_at FROM shard"
                    + where + " ORDER BY created_at DESC, seq DESC LIMIT " + filter.limit())) {
                bind(ps, args);
                List<Shard> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public long count(ShardFilter filter) {
        requireNonNull(filter, "filter is null");
        return db.with("counting shards", c -> {
            List<Object> args = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM shard" + where(filter, args))) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static String where(ShardFilter f, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        f.kind().ifPresent(k -> {
            conditions.add("kind = ?");
            args.add(k.name());
        });
        f.keyword().ifPresent(k -> {
            // whole words (with an optional plural ending), so "PPO" does not match "opposite"
            conditions.add("REGEXP_LIKE(lower_text, ?)");
            args.add("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(k.trim().toLowerCase(Locale.ROOT))
                    + "(?:s|es)?(?![\\p{L}\\p{N}])");
        });
        f.tag().ifPresent(t -> {
            conditions.add("tags LIKE ? ESCAPE '\\'");
            args.add("%," + escapeLike(t.replace(',', ' ').trim().toLowerCase(Locale.ROOT)) + ",%");
        });
        f.from().ifPresent(t -> {
            conditions.add("created_at >= ?");
            args.add(Timestamp.from(t));
        });
        f.to().ifPresent(t -> {
            conditions.add("created_at < ?");
            args.add(Timestamp.from(t));
        });
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    /** A value from the meta table. */
    public String meta(String key) {
        return db.with("reading metadata", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT v FROM meta WHERE k = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    public void setMeta(String key, String value) {
        db.with("writing metadata", c -> {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO meta (k, v) KEY (k) VALUES (?, ?)")) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Increases whenever a shard is added; part of the result-cache key so cached answers never go stale. */
    public long generation() {
        return generation.get();
    }

    /**
     * The stored vectors of these shards under the current embedder, in order (missing ids are skipped). The
     * arrays are shared with a cache: callers must not modify them.
     */
    public List<float[]> vectors(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<float[]> out = new ArrayList<>(ids.size());
        boolean allCached = true;
        for (String id : ids) {
            float[] v = vectorCache.getIfPresent(id);
            if (v == null) {
                allCached = false;
                break;
            }
            out.add(v);
        }
        if (allCached) {
            return out;
        }
        return db.with("reading vectors", c -> {
            List<float[]> read = new ArrayList<>(ids.size());
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT vec FROM shard_vector WHERE shard_id = ? AND fingerprint = ?")) {
                for (String id : ids) {
                    ps.setString(1, id);
                    ps.setString(2, embedder.fingerprint());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            float[] v = VectorCodec.decode(rs.getBytes(1));
                            vectorCache.put(id, v);
                            read.add(v);
                        }
                    }
                }
            }
            return read;
        });
    }

    public Embedder embedder() {
        return embedder;
    }

    public VectorIndex index() {
        return index;
    }

    static HololoomException storage(String message, Exception e) {
        return new HololoomException(Category.STORAGE, message, e);
    }
}
