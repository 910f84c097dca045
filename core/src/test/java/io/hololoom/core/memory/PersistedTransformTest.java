package io.hololoom.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.memory.ScoredShard;
import io.hololoom.api.memory.Shard.Kind;
import io.hololoom.core.retrieval.ScaleTransform;
import io.hololoom.core.retrieval.TransformCodec;
import io.hololoom.core.retrieval.VectorIndex;
import io.hololoom.core.testing.FastTempDir;
import io.hololoom.core.testing.MutableClock;
import io.hololoom.core.testing.TestEmbedder;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fitted PCA rotation is kept in the table retrieval_transform, so reopening the store does not refit. */
class PersistedTransformTest {
    private static final String[] WORDS = {"kubernetes", "pods", "nodes", "git", "branch", "merge", "tls", "cipher",
        "cache", "eviction", "bandit", "reward", "policy", "vector", "index", "shard", "query", "latency", "disk",
        "memory", "thread", "lock", "commit", "schema", "table", "router", "tool", "embedding", "model", "token"};

    @TempDir(factory = FastTempDir.class)
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    private final TestEmbedder embedder = new TestEmbedder();
    private final List<String> warnings = new ArrayList<>();

    private MemoryFixture open(String transform, TestEmbedder e) {
        return new MemoryFixture(dir, e, clock, transform, warnings::add);
    }

    private MemoryFixture open() {
        return open("pca", embedder);
    }

    /** {@code count} distinct documents of four to seven words each, seeded. */
    private static List<H2MemoryStore.NewShard> documents(long seed, int count) {
        Random random = new Random(seed);
        List<H2MemoryStore.NewShard> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder("doc" + seed + "x" + i);
            int words = 4 + random.nextInt(4);
            for (int w = 0; w < words; w++) {
                text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            out.add(new H2MemoryStore.NewShard(text.toString(), Kind.DOCUMENT, "s" + seed, List.of()));
        }
        return out;
    }

    /** A store of {@code count} documents whose last fit (persisted) was made on all of them. */
    private void populate(int count) {
        try (MemoryFixture f = open()) {
            f.store.addAll(documents(1, count));
            f.store.index().refit();
        }
    }

    private static List<String> results(H2MemoryStore store) {
        List<String> out = new ArrayList<>();
        for (String q : List.of("kubernetes pods", "git merge branch", "cache eviction latency", "bandit reward",
                "vector index shard query")) {
            for (ScoredShard s : store.search(store.embedder().embed(q), 5, new int[] {4, 8, 16})) {
                out.add(s.shard().id() + "=" + s.score());
            }
        }
        return out;
    }

    private static byte[] state(VectorIndex index) {
        return TransformCodec.encode(index.transform());
    }

    private static Object[] row(MemoryFixture f, String fingerprint) {
        return f.db.with("test", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT vector_count, shard_seq, state FROM "
                    + "retrieval_transform WHERE fingerprint = ? AND transform = 'pca' AND dimension = 32")) {
                ps.setString(1, fingerprint);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new Object[] {rs.getInt(1), rs.getLong(2), rs.getBytes(3)} : null;
                }
            }
        });
    }

    private static void sql(MemoryFixture f, String statement) {
        f.db.execute("test", statement);
    }

    @Test
    void aFitIsPersistedAndReopeningUsesItWithoutRefittingAndFindsTheSameAsAFreshFit() {
        populate(300);
        try (MemoryFixture f = open()) {
            assertThat(f.store.index().fitCount()).isZero();
            assertThat(f.store.index().size()).isEqualTo(300);
            assertThat(f.store.index().fittedSize()).isEqualTo(300);
            sql(f, "DELETE FROM retrieval_transform");
        }
        byte[] fresh;
        List<String> withFreshFit;
        try (MemoryFixture f = open()) {
            // no persisted fit: one fit after the bulk load, persisted with what it was made on
            assertThat(f.store.index().fitCount()).isEqualTo(1);
            fresh = state(f.store.index());
            withFreshFit = results(f.store);
            Object[] row = row(f, embedder.fingerprint());
            assertThat(row[0]).isEqualTo(300);
            assertThat((long) row[1]).isEqualTo(300L);
            assertThat((byte[]) row[2]).isEqualTo(fresh);
        }
        try (MemoryFixture f = open()) {
            // the persisted fit: no refit, bit-exactly the same transform, the same hits with the same scores
            assertThat(f.store.index().fitCount()).isZero();
            assertThat(f.store.index().fittedSize()).isEqualTo(300);
            assertThat(state(f.store.index())).isEqualTo(fresh);
            assertThat(results(f.store)).isEqualTo(withFreshFit).hasSize(25);
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void anOldDatabaseWithoutTheTableIsFittedOnceAndThenOpensWithoutRefitting() {
        try (MemoryFixture f = open("prefix", embedder)) {
            f.store.addAll(documents(2, 120));
            sql(f, "DROP TABLE retrieval_transform");
        }
        try (MemoryFixture f = open()) {
            assertThat(f.store.index().fitCount()).isEqualTo(1);
            assertThat(row(f, embedder.fingerprint())[0]).isEqualTo(120);
        }
        try (MemoryFixture f = open()) {
            assertThat(f.store.index().fitCount()).isZero();
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void anotherEmbedderFingerprintRefitsAndKeepsItsOwnRow() {
        populate(100);
        TestEmbedder other = new TestEmbedder(32, "v2");
        byte[] first;
        try (MemoryFixture f = open()) {
            first = state(f.store.index());
        }
        try (MemoryFixture f = open("pca", other)) {
            assertThat(f.store.index().fitCount()).isEqualTo(1);
            assertThat(row(f, other.fingerprint())).isNotNull();
            assertThat((byte[]) row(f, embedder.fingerprint())[2]).isEqualTo(first);
        }
        try (MemoryFixture f = open("pca", other)) {
            assertThat(f.store.index().fitCount()).isZero();
        }
        try (MemoryFixture f = open()) {
            assertThat(f.store.index().fitCount()).isZero();
            assertThat(state(f.store.index())).isEqualTo(first);
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void switchingTheTransformInTheConfigurationRefitsOnlyWhenThereIsNoFitForIt() {
        try (MemoryFixture f = open("prefix", embedder)) {
            f.store.addAll(documents(7, 90));
            assertThat(row(f, embedder.fingerprint())).isNull();
        }
        byte[] fit;
        try (MemoryFixture f = open()) {
            // prefix before, pca now: no fit for pca yet
            assertThat(f.store.index().fitCount()).isEqualTo(1);
            fit = state(f.store.index());
        }
        try (MemoryFixture f = open("random-rotation", embedder)) {
            assertThat(f.store.index().fitCount()).isZero();
            assertThat(f.store.index().transform().name()).isEqualTo("random-rotation");
        }
        try (MemoryFixture f = open()) {
            // back to pca: the fit kept for it still applies
            assertThat(f.store.index().fitCount()).isZero();
            assertThat(state(f.store.index())).isEqualTo(fit);
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void fixedTransformsPersistNothing() {
        try (MemoryFixture f = open("random-rotation", embedder)) {
            f.store.addAll(documents(3, 300));
            f.store.index().refit();
            assertThat(f.store.index().fitCount()).isZero();
            assertThat(row(f, embedder.fingerprint())).isNull();
        }
    }

    @Test
    void aCorruptRowIsReportedAndRefittedAndReplaced() {
        populate(100);
        try (MemoryFixture f = open()) {
            // flip one bit in the middle of the rotation: only the checksum can tell
            byte[] state = (byte[]) row(f, embedder.fingerprint())[2];
            state[2000] ^= 1;
            f.db.with("test", c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE retrieval_transform SET state = ?")) {
                    ps.setBytes(1, state);
                    return ps.executeUpdate();
                }
            });
        }
        try (MemoryFixture f = open()) {
            assertThat(f.store.index().fitCount()).isEqualTo(1);
            assertThat(warnings).singleElement().asString()
                    .contains("retrieval_transform", "test-embedder/d32/v1", "checksum", "refitting it on the 100");
        }
        warnings.clear();
        try (MemoryFixture f = open()) {
            sql(f, "UPDATE retrieval_transform SET state = X'0102'");
        }
        try (MemoryFixture f = open()) {
            assertThat(f.store.index().fitCount()).isEqualTo(1);
            assertThat(warnings).singleElement().asString().contains("retrieval_transform", "refitting");
        }
        warnings.clear();
        try (MemoryFixture f = open()) {
            assertThat(f.store.index().fitCount()).isZero();
            assertThat(f.store.search(embedder.embed("kubernetes pods"), 3)).hasSize(3);
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void growthPastTheNextDoublingOfThePersistedFitStillRefits() {
        populate(150);
        try (MemoryFixture f = open()) {
            VectorIndex index = f.store.index();
            assertThat(index.fitCount()).isZero();
            f.store.addAll(documents(4, 149));
            assertThat(index.size()).isEqualTo(299);
            assertThat(index.fitCount()).isZero();
            f.store.addAll(documents(5, 1));
            assertThat(index.fitCount()).isEqualTo(1);
            Object[] row = row(f, embedder.fingerprint());
            assertThat(row[0]).isEqualTo(300);
            assertThat((byte[]) row[2]).isEqualTo(state(index));
        }
        try (MemoryFixture f = open()) {
            assertThat(f.store.index().fitCount()).isZero();
            assertThat(f.store.index().fittedSize()).isEqualTo(300);
            // a fit recorded on fewer vectors than twice the store (a crash before it was written): refit at open
            sql(f, "UPDATE retrieval_transform SET vector_count = 140");
        }
        try (MemoryFixture f = open()) {
            assertThat(f.store.index().fitCount()).isEqualTo(1);
            assertThat(row(f, embedder.fingerprint())[0]).isEqualTo(300);
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void aFitMadeOnMoreVectorsThanTheStoreHoldsIsNotUsed() {
        populate(100);
        try (MemoryFixture f = open()) {
            sql(f, "UPDATE retrieval_transform SET vector_count = 5000");
        }
        try (MemoryFixture f = open()) {
            assertThat(f.store.index().fitCount()).isEqualTo(1);
            assertThat(row(f, embedder.fingerprint())[0]).isEqualTo(100);
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void theTransformInUseAfterReopeningIsTheOneThatWasFitted() {
        ScaleTransform fitted;
        try (MemoryFixture f = open()) {
            f.store.addAll(documents(6, 80));
            f.store.index().refit();
            fitted = f.store.index().transform();
        }
        try (MemoryFixture f = open()) {
            ScaleTransform restored = f.store.index().transform();
            assertThat(restored).isNotSameAs(fitted);
            float[] v = embedder.embed("kubernetes pods git merge");
            assertThat(restored.apply(v)).isEqualTo(fitted.apply(v));
        }
    }
}
