package io.hololoom.core.reflect;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hololoom.api.Feedback;
import io.hololoom.api.PatternCard;
import io.hololoom.api.learn.Experience;
import io.hololoom.api.learn.ExperienceBatch;
import io.hololoom.core.json.SpacetimeJson;
import io.hololoom.core.memory.Database;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The persistent reflection buffer: a ring of the last {@code capacity} experiences in the H2 database.
 *
 * <p>{@link #append} commits before it returns, and the database writes without delay, so an acknowledged
 * experience survives {@code kill -9}. Success means a normalised reward {@code (r + 1) / 2 ≥ 0.6}. Thread-safe.
 */
public final class ReflectionBuffer {
    /** Normalised reward at or above which an experience counts as a success. */
    public static final double SUCCESS_THRESHOLD = 0.6;
    /** The learning window of {@link BufferStats}. */
    public static final int WINDOW = 100;

    private final Database db;
    private final int capacity;

    public ReflectionBuffer(Database db, int capacity) {
        this.db = requireNonNull(db, "db is null");
        if (capacity < 1) {
            throw new IllegalArgumentException("buffer capacity must be at least 1, was [" + capacity + "]");
        }
        this.capacity = capacity;
        db.execute("creating the experience table",
                "CREATE TABLE IF NOT EXISTS experience (seq BIGINT AUTO_INCREMENT PRIMARY KEY, spacetime_id VARCHAR(64) NOT NULL,"
                        + " at TIMESTAMP WITH TIME ZONE NOT NULL, observation VARBINARY NOT NULL, actions VARCHAR(4096) NOT NULL,"
                        + " action INT NOT NULL, probability DOUBLE PRECISION NOT NULL, reward DOUBLE PRECISION NOT NULL,"
                        + " policy_version BIGINT NOT NULL, card VARCHAR(16) NOT NULL, feedback VARCHAR(4096) NOT NULL)");
    }

    public static boolean isSuccess(double reward) {
        return (reward + 1) / 2 >= SUCCESS_THRESHOLD;
    }

    public int capacity() {
        return capacity;
    }

    /** Stores an experience (its sequence is assigned here) and drops the oldest beyond capacity. */
    public Experience append(Experience e) {
        requireNonNull(e, "experience is null");
        long seq = db.transaction("storing an experience", c -> {
            long s;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO experience (spacetime_id, at, observation, actions,"
                    + " action, probability, reward, policy_version, card, feedback) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"SEQ"})) {
                ps.setString(1, e.spacetimeId());
                ps.setTimestamp(2, Timestamp.from(e.at()));
                ps.setBytes(3, encode(e.observation()));
                ps.setString(4, String.join(",", e.actions()));
                ps.setInt(5, e.action());
                ps.setDouble(6, e.probability());
                ps.setDouble(7, e.reward());
                ps.setLong(8, e.policyVersion());
                ps.setString(9, e.card().name());
                ps.setString(10, SpacetimeJson.compact(SpacetimeJson.feedback(e.feedback())));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    s = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM experience WHERE seq <= ?")) {
                ps.setLong(1, s - capacity);
                ps.executeUpdate();
            }
            return s;
        });
        return new Experience(seq, e.spacetimeId(), e.at(), e.observation(), e.actions(), e.action(), e.probability(),
                e.reward(), e.policyVersion(), e.card(), e.feedback());
    }

    public long size() {
        return db.with("counting experiences", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM experience");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The newest {@code n} experiences, oldest first. */
    public List<Experience> recent(int n) {
        return db.with("reading experiences", c -> {
            List<Experience> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, spacetime_id, at, observation, actions, action,"
                    + " probability, reward, policy_version, card, feedback FROM experience ORDER BY seq DESC LIMIT ?")) {
                ps.setInt(1, n);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
            }
            Collections.reverse(out);
            return out;
        });
    }

    /** Every experience in the buffer, oldest first. */
    public List<Experience> all() {
        return recent(capacity);
    }

    /** The newest {@code n} experiences as a trainer batch (one-step, terminated transitions). */
    public ExperienceBatch batch(int n) {
        return new ExperienceBatch(recent(n).stream().map(Experience::toTransition).toList());
    }

    public BufferStats stats() {
        return BufferStats.of(all());
    }

    /** Writes every experience as one JSON object per line. */
    public int exportJsonl(Writer out) throws IOException {
        int n = 0;
        for (Experience e : all()) {
            ObjectNode o = SpacetimeJson.MAPPER.createObjectNode();
            o.put("sequence", e.sequence());
            o.put("spacetime_id", e.spacetimeId());
            o.put("at", e.at().toString());
            o.put("tool", e.tool());
            o.put("action", e.action());
            ArrayNode actions = o.putArray("actions");
            e.actions().forEach(actions::add);
            o.put("probability", e.probability());
            o.put("reward", e.reward());
            o.put("success", isSuccess(e.reward()));
            o.put("policy_version", e.policyVersion());
            o.put("card", e.card().name());
            o.set("feedback", SpacetimeJson.feedback(e.feedback()));
            ArrayNode obs = o.putArray("observation");
            for (float f : e.observation()) {
                obs.add(f);
            }
            out.write(SpacetimeJson.compact(o));
            out.write('\n');
            n++;
        }
        out.flush();
        return n;
    }

    private static Experience read(ResultSet rs) throws SQLException {
        Feedback f = SpacetimeJson.feedback(SpacetimeJson.parse(rs.getString(11)));
        return new Experience(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), decode(rs.getBytes(4)),
                Arrays.asList(rs.getString(5).split(",")), rs.getInt(6), rs.getDouble(7), rs.getDouble(8), rs.getLong(9),
                PatternCard.valueOf(rs.getString(10)), f);
    }

    private static byte[] encode(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return b.array();
    }

    private static float[] decode(byte[] bytes) {
        float[] v = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }
}
