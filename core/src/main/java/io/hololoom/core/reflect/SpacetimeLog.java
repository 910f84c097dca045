package io.hololoom.core.reflect;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Spacetime;
import io.hololoom.core.json.SpacetimeJson;
import io.hololoom.core.memory.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The recent Spacetimes, persisted so that {@code hololoom feedback ID} works in a later run.
 *
 * <p>Writing is asynchronous, off the weaving path: {@link #record} puts the Spacetime into a pending map (where
 * {@link #find} sees it at once) and one background writer drains that map in batches, one transaction per
 * batch. The table keeps only the newest {@code capacity} Spacetimes, so the pending map never holds more than
 * that either: when weaves outpace the disk (a flood of cached weaves does ~10^5 a second), the oldest pending
 * ones are dropped ({@link #dropped()}) exactly as the table would have evicted them. So memory stays bounded and
 * {@link #flush} (called on close) waits for at most {@code capacity} writes. A Spacetime is a record of what
 * happened, not an acknowledged input: a crash may lose the last few (experiences, which are acknowledged, are
 * written synchronously by the buffer).
 */
public final class SpacetimeLog implements AutoCloseable {
    /** Spacetimes per write transaction. */
    static final int BATCH = 32;

    private final Database db;
    private final int capacity;
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final Object lock = new Object();
    /** Awaiting their write, oldest first; guarded by {@link #lock}. */
    private final LinkedHashMap<String, Spacetime> pending = new LinkedHashMap<>();
    /** A drain task is queued or running; guarded by {@link #lock}. */
    private boolean draining;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hololoom-spacetime-log");
        t.setDaemon(true);
        return t;
    });

    /** @param capacity how many of the newest Spacetimes the table keeps, at least 1 */
    public SpacetimeLog(Database db, int capacity) {
        this.db = requireNonNull(db, "db is null");
        if (capacity < 1) {
            throw new IllegalArgumentException("spacetime log capacity must be at least 1, was [" + capacity + "]");
        }
        this.capacity = capacity;
        db.execute("creating the spacetime table",
                "CREATE TABLE IF NOT EXISTS spacetime (seq BIGINT AUTO_INCREMENT PRIMARY KEY, id VARCHAR(64) NOT NULL UNIQUE,"
                        + " created_at TIMESTAMP WITH TIME ZONE NOT NULL, json CLOB NOT NULL)");
    }

    /** Queues the Spacetime for writing; returns at once. */
    public void record(Spacetime s) {
        requireNonNull(s, "spacetime is null");
        boolean schedule;
        synchronized (lock) {
            pending.remove(s.id()); // re-recorded: it moves to the newest end
            pending.put(s.id(), s);
            for (Iterator<String> it = pending.keySet().iterator(); pending.size() > capacity; ) {
                it.next();
                it.remove();
                dropped.incrementAndGet();
            }
            schedule = !draining;
            draining = true;
        }
        if (schedule) {
            try {
                writer.execute(this::drain);
            } catch (RejectedExecutionException e) {
                // closed: write on the caller's thread rather than lose it
                drain();
            }
        }
    }

    /** Writes pending Spacetimes, a batch per transaction, until none is left. */
    private void drain() {
        while (true) {
            List<Spacetime> batch = new ArrayList<>(BATCH);
            synchronized (lock) {
                for (Spacetime s : pending.values()) {
                    batch.add(s);
                    if (batch.size() == BATCH) {
                        break;
                    }
                }
                if (batch.isEmpty()) {
                    draining = false;
                    return;
                }
            }
            try {
                write(batch);
            } catch (RuntimeException e) {
                failures.addAndGet(batch.size());
            }
            synchronized (lock) {
                for (Spacetime s : batch) {
                    pending.remove(s.id(), s); // a newer Spacetime with the same id stays pending
                }
            }
        }
    }

    /** Waits until every Spacetime recorded before this call is written (or has failed). */
    public void flush() {
        try {
            writer.submit(() -> { }).get();
        } catch (RejectedExecutionException e) {
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        flush();
        writer.shutdown();
    }

    private void write(List<Spacetime> batch) {
        List<String> json = batch.stream().map(s -> SpacetimeJson.toJson(s, false)).toList();
        db.transaction("recording " + batch.size() + " spacetime(s)", c -> {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO spacetime (id, created_at, json) KEY (id) VALUES (?, ?, ?)")) {
                for (int i = 0; i < batch.size(); i++) {
                    ps.setString(1, batch.get(i).id());
                    ps.setTimestamp(2, Timestamp.from(batch.get(i).trace().startedAt()));
                    ps.setString(3, json.get(i));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM spacetime WHERE seq <= (SELECT MAX(seq) FROM spacetime) - ?")) {
                ps.setLong(1, capacity);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** How many Spacetimes could not be written (e.g. the database was closed under them). */
    public long failures() {
        return failures.get();
    }

    /**
     * How many Spacetimes were dropped before being written because more than {@code capacity} newer ones were
     * pending (the table would have evicted them on arrival).
     */
    public long dropped() {
        return dropped.get();
    }

    /** The Spacetime with this id, after every queued write has landed. */
    public Optional<Spacetime> find(String id) {
        flush();
        synchronized (lock) {
            Spacetime unwritten = pending.get(id);
            if (unwritten != null) {
                return Optional.of(unwritten);
            }
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

    /** Spacetimes recorded but not yet written (for tests and statistics). */
    int pendingCount() {
        synchronized (lock) {
            return pending.size();
        }
    }
}
