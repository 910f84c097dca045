package io.hololoom.core.reflect;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Spacetime;
import io.hololoom.core.json.SpacetimeJson;
import io.hololoom.core.memory.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Optional;

/** The recent Spacetimes, persisted so that {@code hololoom feedback ID} works in a later run. */
public final class SpacetimeLog {
    private final Database db;
    private final int capacity;

    public SpacetimeLog(Database db, int capacity) {
        this.db = requireNonNull(db, "db is null");
        this.capacity = capacity;
        db.execute("creating the spacetime table",
                "CREATE TABLE IF NOT EXISTS spacetime (seq BIGINT AUTO_INCREMENT PRIMARY KEY, id VARCHAR(64) NOT NULL UNIQUE,"
                        + " created_at TIMESTAMP WITH TIME ZONE NOT NULL, json CLOB NOT NULL)");
    }

    public void record(Spacetime s) {
        String json = SpacetimeJson.toJson(s, false);
        db.transaction("recording a spacetime", c -> {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO spacetime (id, created_at, json) KEY (id) VALUES (?, ?, ?)")) {
                ps.setString(1, s.id());
                ps.setTimestamp(2, Timestamp.from(s.trace().startedAt()));
                ps.setString(3, json);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM spacetime WHERE seq <= (SELECT MAX(seq) FROM spacetime) - ?")) {
                ps.setLong(1, capacity);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<Spacetime> find(String id) {
        return db.with("reading a spacetime", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT json FROM spacetime WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(SpacetimeJson.fromJson(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }
}
