package io.hololoom.core.memory;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

/**
 * The embedded H2 database in the data directory that holds memory shards, their vectors, Spacetimes and
 * the reflection buffer. One connection, used only by one dedicated thread: callers hand their work to it and
 * wait. That keeps a caller's interrupt (the loom interrupts tools that overrun their budget) away from H2's
 * file channel, which an interrupt would close. Every write commits before it returns, and the database is
 * opened with {@code WRITE_DELAY=0} so a committed write survives {@code kill -9}.
 *
 * <p>Why H2: pure Java (no native library to extract), embedded (no server to start), transactional and
 * crash-safe on one file, with SQL for the structured questions of the {@code query} tool.
 */
public final class Database implements AutoCloseable {
    /** Work done with the connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final Connection connection;
    private final ExecutorService worker;
    private volatile Thread workerThread;

    private Database(Path file, Connection connection, ExecutorService worker) {
        this.file = file;
        this.connection = connection;
        this.worker = worker;
    }

    /**
     * Opens (creating if needed) {@code directory/hololoom.mv.db}.
     *
     * @throws HololoomException (STORAGE) if the directory cannot be created or the database is locked by
     *     another process or corrupt
     */
    public static Database open(Path directory) {
        requireNonNull(directory, "directory is null");
        try {
            Files.createDirectories(directory);
        } catch (Exception e) {
            throw new HololoomException(Category.STORAGE, "Cannot create the data directory [" + directory + "]: "
                    + e.getMessage() + ". Check permissions or choose another with --home / HOLOLOOM_HOME.", e);
        }
        Path base = directory.resolve("hololoom").toAbsolutePath();
        String url = "jdbc:h2:file:" + base + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hololoom-database");
            t.setDaemon(true);
            return t;
        });
        try {
            Connection c = worker.submit(() -> {
                Connection conn = DriverManager.getConnection(url, "sa", "");
                conn.setAutoCommit(true);
                return conn;
            }).get();
            Database db = new Database(base, c, worker);
            worker.submit(() -> db.workerThread = Thread.currentThread()).get();
            return db;
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
            throw new HololoomException(Category.STORAGE, "Interrupted while opening the database [" + base + "]", e);
        } catch (ExecutionException ee) {
            worker.shutdownNow();
            if (!(ee.getCause() instanceof SQLException e)) {
                throw new HololoomException(Category.STORAGE, "Cannot open the HoloLoom database [" + base + ".mv.db]: "
                        + ee.getCause(), ee.getCause());
            }
            String hint = e.getMessage() != null && e.getMessage().contains("already in use")
                    ? "Another hololoom process is using this data directory; wait for it to finish or use another --home."
                    : "If the file is corrupt, move it away and run again (memory and experiences will start empty).";
            throw new HololoomException(Category.STORAGE, "Cannot open the HoloLoom database [" + base
                    + ".mv.db]: " + firstLine(e.getMessage()) + ". " + hint, e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * Runs {@code work} on the database thread and waits for it; SQL failures become STORAGE errors naming
     * {@code what}. An interrupt of the caller does not stop the work: it completes (so the database stays
     * consistent) and the caller's interrupt flag is set again afterwards.
     */
    public <T> T with(String what, Work<T> work) {
        if (Thread.currentThread() == workerThread) {
            return run(what, work);
        }
        Future<T> f;
        try {
            f = worker.submit(() -> run(what, work));
        } catch (RejectedExecutionException e) {
            throw new HololoomException(Category.STORAGE, "The database is closed (while " + what + ")", e);
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new HololoomException(Category.STORAGE, "Database failure while " + what + ": " + e.getCause(),
                            e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private <T> T run(String what, Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new HololoomException(Category.STORAGE, "Database failure while " + what + ": "
                    + firstLine(e.getMessage()), e);
        }
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none. */
    public <T> T transaction(String what, Work<T> work) {
        return with(what, c -> {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    /** Executes DDL statements. */
    public void execute(String what, String... statements) {
        with(what, c -> {
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
            return null;
        });
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        if (worker.isShutdown()) {
            return;
        }
        try {
            with("closing the database", c -> {
                if (!c.isClosed()) {
                    c.close();
                }
                return null;
            });
        } finally {
            worker.shutdown();
        }
    }
}
