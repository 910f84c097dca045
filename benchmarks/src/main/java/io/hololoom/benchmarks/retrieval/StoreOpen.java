package io.hololoom.benchmarks.retrieval;

import io.hololoom.api.Embedder;
import io.hololoom.core.memory.Database;
import io.hololoom.core.memory.H2MemoryStore;
import io.hololoom.core.retrieval.MatryoshkaGate;
import io.hololoom.core.retrieval.ScaleTransforms;
import io.hololoom.core.retrieval.VectorIndex;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How long opening a memory store of N shards takes with the default {@code pca} transform: the
 * {@link Database}, the {@link H2MemoryStore} (which loads every stored vector into its {@link VectorIndex}) and
 * what {@code HololoomModule} does right after.
 *
 * <p>Data: the first N of {@link RetrievalAtScale}'s 100,000 spliced shards with their cached MiniLM fp32
 * vectors ({@code shards-100000-seed1-fp32.emb}, see {@link EmbeddingCache}; nothing is embedded here: the
 * embedder given to the store refuses to embed), written straight into a fresh data directory with SQL, as
 * {@code H2MemoryStore} stores them.
 *
 * <p>Modes, timed interleaved rep by rep (median reported):
 * <ul>
 *   <li>{@code persisted}: the store restores the fit kept in {@code retrieval_transform}; no refit.</li>
 *   <li>{@code no-fit}: the table is dropped first (a database from before persistence, or another embedder):
 *       bulk load, then one fit, which is persisted.</li>
 *   <li>{@code legacy}: {@code index.refit()} after opening when the index holds more than one vector, as
 *       {@code HololoomModule} did before the fit was persisted. Run this mode against a build of the code
 *       before the change (the harness uses only API both have) to time the old behaviour.</li>
 * </ul>
 *
 * <p>Usage: {@code StoreOpen [--shards 20000,100000] [--reps 5] [--modes persisted,no-fit] [--dir
 * target/store-open]}; {@code -Dhololoom.bench.cache-dir=DIR} locates the embedding cache.
 */
public final class StoreOpen {
    private static final String CACHE_LABEL = "shards-100000-seed1-fp32";
    private static final long SEED = 42;

    private StoreOpen() {
    }

    private static final List<String> MODES = List.of("persisted", "no-fit", "legacy");

    public static void main(String[] args) throws Exception {
        Map<String, String> options;
        int[] sizes;
        int reps;
        List<String> modes;
        try {
            options = options(args);
            sizes = Arrays.stream(options.getOrDefault("shards", "20000,100000").split(","))
                    .mapToInt(s -> positive("--shards", s)).toArray();
            reps = positive("--reps", options.getOrDefault("reps", "5"));
            modes = List.of(options.getOrDefault("modes", "persisted,no-fit").split(","));
            for (String m : modes) {
                if (!MODES.contains(m)) {
                    throw new IllegalArgumentException("unknown mode [" + m + "] in --modes; known " + MODES);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("StoreOpen: " + e.getMessage() + "\nusage: StoreOpen [--shards N,N] [--reps N]"
                    + " [--modes persisted,no-fit,legacy] [--dir DIR]");
            System.exit(2);
            return;
        }
        Path root = Path.of(options.getOrDefault("dir", "target/store-open"));

        Path cacheFile = EmbeddingCache.defaultLocation().directory().resolve(CACHE_LABEL + ".emb");
        String fingerprint = fingerprintOf(cacheFile);
        List<String> texts = SyntheticShards.generate(Corpus.load(), 100_000, 1, Set.of());
        List<float[]> vectors = EmbeddingCache.defaultLocation().embed(CACHE_LABEL, texts,
                new CachedOnly(fingerprint, 384), 1024);
        int d = vectors.get(0).length;
        Embedder embedder = new CachedOnly(fingerprint, d);
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB, cache %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, cacheFile);

        for (int n : sizes) {
            Path dir = root.resolve("shards-" + n);
            prepare(dir, embedder, texts.subList(0, n), vectors.subList(0, n));
            // untimed: the first opening of a fresh directory fits and persists (with the new code), and warms the JIT
            double[] prime = openOnce(dir, embedder, "prime");
            System.out.printf(Locale.ROOT, "N=%d priming open %.2f s, fits %s%n", n, prime[0],
                    prime[4] < 0 ? "n/a" : String.valueOf((int) prime[4]));
            Map<String, List<double[]>> times = new LinkedHashMap<>();
            for (int rep = 0; rep < reps; rep++) {
                for (String mode : modes) {
                    double[] t = openOnce(dir, embedder, mode);
                    times.computeIfAbsent(mode, m -> new ArrayList<>()).add(t);
                    System.out.printf(Locale.ROOT, "N=%d rep %d %-9s total %6.2f s (database %.2f, store %.2f,"
                            + " module refit %.2f), fits at open %s%n", n, rep + 1, mode, t[0], t[1], t[2], t[3],
                            t[4] < 0 ? "n/a" : String.valueOf((int) t[4]));
                }
            }
            for (Map.Entry<String, List<double[]>> e : times.entrySet()) {
                System.out.printf(Locale.ROOT, "SUMMARY N=%d %-9s median %6.2f s  (min %.2f, max %.2f, %d reps;"
                        + " all: %s)%n", n, e.getKey(), median(e.getValue(), 0), stat(e.getValue(), true),
                        stat(e.getValue(), false), e.getValue().size(), all(e.getValue()));
            }
        }
    }

    /** One timed opening: {total, database, store, module refit} seconds and the index's fit count (-1: n/a). */
    private static double[] openOnce(Path dir, Embedder embedder, String mode) {
        if (mode.equals("no-fit")) {
            try (Database db = Database.open(dir)) {
                db.execute("dropping the persisted fit", "DROP TABLE IF EXISTS retrieval_transform");
            }
        }
        System.gc();
        long t0 = System.nanoTime();
        Database db = Database.open(dir);
        try {
            long t1 = System.nanoTime();
            VectorIndex index = new VectorIndex(embedder.dimension(), ScaleTransforms.create("pca",
                    embedder.dimension(), SEED), MatryoshkaGate.defaults());
            new H2MemoryStore(db, embedder, index, Clock.systemUTC());
            long t2 = System.nanoTime();
            if (mode.equals("legacy") && index.size() > 1) {
                index.refit();
            }
            long t3 = System.nanoTime();
            if (index.size() != countShards(db)) {
                throw new IllegalStateException("index holds " + index.size() + " vectors, expected all shards");
            }
            return new double[] {(t3 - t0) / 1e9, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
                fitCount(index)};
        } finally {
            db.close();
        }
    }

    /** {@code VectorIndex.fitCount()} where it exists (read reflectively: the legacy build lacks it). */
    private static double fitCount(VectorIndex index) {
        try {
            return ((Number) VectorIndex.class.getMethod("fitCount").invoke(index)).doubleValue();
        } catch (ReflectiveOperationException e) {
            return -1;
        }
    }

    private static long countShards(Database db) {
        return db.with("counting shards", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM shard");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** A data directory holding exactly these shards and vectors; reused if it already holds as many shards. */
    private static void prepare(Path dir, Embedder embedder, List<String> texts, List<float[]> vectors)
            throws IOException {
        if (Files.isRegularFile(dir.resolve("hololoom.mv.db"))) {
            try (Database db = Database.open(dir)) {
                if (countShards(db) == texts.size()) {
                    System.out.printf("reusing %s (%d shards)%n", dir, texts.size());
                    return;
                }
            }
        }
        delete(dir);
        long start = System.nanoTime();
        try (Database db = Database.open(dir)) {
            // creates the tables; the prefix transform fits nothing
            new H2MemoryStore(db, embedder, new VectorIndex(embedder.dimension(),
                    ScaleTransforms.create("prefix", embedder.dimension(), SEED), MatryoshkaGate.defaults()),
                    Clock.systemUTC());
            Timestamp now = Timestamp.from(Instant.parse("2026-11-24T00:00:00Z"));
            for (int from = 0; from < texts.size(); from += 2000) {
                int to = Math.min(texts.size(), from + 2000);
                int first = from;
                db.transaction("writing shards", c -> {
                    try (PreparedStatement shard = c.prepareStatement("INSERT INTO shard (id, text, lower_text, kind,"
                            + " source, tags, created_at) VALUES (?, ?, ?, 'DOCUMENT', 'bench', ',', ?)");
                            PreparedStatement vec = c.prepareStatement("INSERT INTO shard_vector (shard_id,"
                                    + " fingerprint, vec) VALUES (?, ?, ?)")) {
                        for (int i = first; i < to; i++) {
                            String id = String.format(Locale.ROOT, "d-%012x", i);
                            shard.setString(1, id);
                            shard.setString(2, texts.get(i));
                            shard.setString(3, texts.get(i).toLowerCase(Locale.ROOT));
                            shard.setTimestamp(4, now);
                            shard.addBatch();
                            vec.setString(1, id);
                            vec.setString(2, embedder.fingerprint());
                            vec.setBytes(3, encode(vectors.get(i)));
                            vec.addBatch();
                        }
                        shard.executeBatch();
                        vec.executeBatch();
                    }
                    return null;
                });
            }
        }
        System.out.printf(Locale.ROOT, "wrote %d shards into %s in %.1f s%n", texts.size(), dir,
                (System.nanoTime() - start) / 1e9);
    }

    /** As {@code VectorCodec}: little-endian floats. */
    private static byte[] encode(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return b.array();
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The embedder fingerprint in the cache file's header (the cache's own format: magic, then UTF). */
    private static String fingerprintOf(Path cacheFile) {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(cacheFile))) {
            in.readInt();
            return in.readUTF();
        } catch (IOException e) {
            throw new UncheckedIOException("No cached MiniLM vectors at " + cacheFile + "; run RetrievalAtScale"
                    + " first or point -Dhololoom.bench.cache-dir at its cache", e);
        }
    }

    private static double median(List<double[]> runs, int column) {
        double[] v = runs.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double stat(List<double[]> runs, boolean min) {
        return min ? runs.stream().mapToDouble(r -> r[0]).min().orElse(0)
                : runs.stream().mapToDouble(r -> r[0]).max().orElse(0);
    }

    private static String all(List<double[]> runs) {
        return runs.stream().map(r -> String.format(Locale.ROOT, "%.2f", r[0])).toList().toString();
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " wants whole numbers of at least 1, got [" + value + "]");
    }

    private static Map<String, String> options(String[] args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("option [" + args[args.length - 1] + "] has no value");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got [" + args[i] + "]");
            }
            out.put(args[i].substring(2), args[i + 1]);
        }
        return out;
    }

    /** Serves the stored vectors only: embedding anything here would be a bug in the benchmark. */
    private record CachedOnly(String fingerprint, int dimension) implements Embedder {
        @Override
        public float[] embed(String text) {
            throw new IllegalStateException("StoreOpen embeds nothing; the vectors must come from the cache");
        }
    }
}
