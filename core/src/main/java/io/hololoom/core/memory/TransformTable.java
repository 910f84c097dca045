package io.hololoom.core.memory;

import static java.util.Objects.requireNonNull;

import io.hololoom.core.retrieval.ScaleTransform;
import io.hololoom.core.retrieval.TransformCodec;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The table {@value #TABLE}: the fitted retrieval transform (the PCA rotation) of the memory store, one row per
 * embedder fingerprint, transform name and dimension, so that opening the store does not refit it.
 *
 * <p>Each row also says what the fit was made on: {@code vector_count} (the index size at the fit, from which
 * the index's automatic refit policy continues) and {@code shard_seq} (the largest shard sequence number when
 * the row was written, a marker of how far the store had grown). Rows are written in one statement in one
 * transaction on the {@link Database} thread: a reader sees the old fit or the new one, never a mix.
 */
final class TransformTable {
    static final String TABLE = "retrieval_transform";

    /** A stored row; {@code state} is what {@link TransformCodec#encode} wrote (possibly damaged). */
    record Stored(byte[] state, int vectorCount, long shardSeq, Instant fittedAt) {
        Stored {
            requireNonNull(state, "state is null");
            requireNonNull(fittedAt, "fittedAt is null");
        }
    }

    private final Database db;

    TransformTable(Database db) {
        this.db = requireNonNull(db, "db is null");
        // BLOB, not VARBINARY: a 768-d rotation is 2.4 MB, over H2's VARBINARY limit
        db.execute("creating the table " + TABLE,
                "CREATE TABLE IF NOT EXISTS " + TABLE + " (fingerprint VARCHAR(256) NOT NULL,"
                        + " transform VARCHAR(64) NOT NULL, dimension INT NOT NULL, vector_count INT NOT NULL,"
                        + " shard_seq BIGINT NOT NULL, fitted_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                        + " state BLOB NOT NULL, PRIMARY KEY (fingerprint, transform, dimension))");
    }

    /** The row for this key, or null if there is none. */
    Stored read(String fingerprint, String transform, int dimension) {
        return db.with("reading the persisted retrieval transform from " + TABLE, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT state, vector_count, shard_seq, fitted_at FROM "
                    + TABLE + " WHERE fingerprint = ? AND transform = ? AND dimension = ?")) {
                ps.setString(1, fingerprint);
                ps.setString(2, transform);
                ps.setInt(3, dimension);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    return new Stored(rs.getBytes(1), rs.getInt(2), rs.getLong(3), rs.getTimestamp(4).toInstant());
                }
            }
        });
    }

    /** Replaces the row for {@code fitted}'s key with it, in one transaction; a no-op if it is not persistable. */
    void write(String fingerprint, ScaleTransform fitted, int vectorCount, Instant now) {
        if (!TransformCodec.persistable(fitted)) {
            return;
        }
        byte[] state = TransformCodec.encode(fitted);
        db.transaction("persisting the fitted retrieval transform to " + TABLE, c -> {
            long seq;
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM shard");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                seq = rs.getLong(1);
            }
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO " + TABLE + " (fingerprint, transform,"
                    + " dimension, vector_count, shard_seq, fitted_at, state) KEY (fingerprint, transform, dimension)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, fingerprint);
                ps.setString(2, fitted.name());
                ps.setInt(3, fitted.dimension());
                ps.setInt(4, vectorCount);
                ps.setLong(5, seq);
                ps.setTimestamp(6, Timestamp.from(now));
                ps.setBytes(7, state);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
