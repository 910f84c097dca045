package io.hololoom.core.reflect;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Spacetime;
import io.hololoom.core.json.SpacetimeJson;
import io.hololoom.core.memory.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Optional;

/**
 * The recent Spacetimes, persisted so that {@code hololoom feedback ID} works in a later run.
 *
 * <p>Writing is asynchronous, off the weaving path: {@link #record} hands the Spacetime to a background writer
 * and keeps it in memory until it is written, so {@link #find} sees it at once. {@link #flush} (called on close)
 * waits for every pending write. A Spacetime is a record of what happened, not an acknowledged input: a crash
 * may lose the last few (experiences, which are acknowledged, are written synchronously by the buffer).
 */
public final class SpacetimeLog implements AutoCloseable {
    private final Database db;
    private final int capacity;
    private final java.util.concurrent.atomic.AtomicLong failures = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.ConcurrentHashMap<String, Spacetime> pending =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ExecutorService writer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hololoom-spacetime-log");
        t.setDaemon(true);
        return t;
    });

    public SpacetimeLog(Database db, int capacity) {
        this.db = requireNonNull(db, "db is null");
        this.capacity = capacity;
        db.execute("creating the spacetime table",
                "CREATE TABLE IF NOT EXISTS spacetime (seq BIGINT AUTO_INCREMENT PRIMARY KEY, id VARCHAR(64) NOT NULL UNIQUE,"
                        + " created_at TIMESTAMP WITH TIME ZONE NOT NULL, json CLOB NOT NULL)");
    }

    /** Queues the Spacetime for writing; returns at once. */
    public void record(Spacetime s) {
        pending.put(s.id(), s);
        try {
            writer.execute(() -> {
                try {
                    write(s);
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                } finally {
                    pending.remove(s.id());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            pending.remove(s.id());
            write(s);
        }
    }

    /** Waits until every queued Spacetime is written. */
    public void flush() {
        try {
            writer.submit(() -> { }).get();
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        flush();
        writer.shutdown();
    }

    private void write(Spacetime s) {
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

    /** How many background writes failed (e.g. the database was closed under them). */
    public long failures() {
        return failures.get();
    }

    /** The Spacetime with this id, after every queued write has landed. */
    public Optional<Spacetime> find(String id) {
        flush();
        Spacetime unwritten = pending.get(id);
        if (unwritten != null) {
            return Optional.of(unwritten);
        }
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
